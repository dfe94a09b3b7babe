import type { AllowedFinding } from './electronegativity-allow-list';

/** One finding as Electronegativity reports it (the fields the gate reads). */
export interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  description: string;
}

export interface Verdict {
  passed: boolean;
  /** The report, one line per finding: every MEDIUM with the reason it is accepted, or why it fails. */
  lines: string[];
}

/**
 * Decides the gate: any HIGH fails; a MEDIUM passes only with an allow-list entry (check and file);
 * an entry matching nothing fails too, so the list cannot keep reasons for findings long gone; so does
 * a file the tool could not parse (an unscanned file is not a clean one).
 */
export function verdict(findings: readonly Finding[], allowed: readonly AllowedFinding[], unparsed: readonly string[] = []): Verdict {
  const where = (f: Finding) => `${f.file}:${f.location.line}`;
  const allowance = (f: Finding) => allowed.find((a) => a.check === f.id && a.file === f.file);
  const of = (name: string) => findings.filter((f) => f.severity.name === name);
  const high = of('HIGH');
  const medium = of('MEDIUM');
  const lower = findings.filter((f) => !high.includes(f) && !medium.includes(f));
  const stale = allowed.filter((a) => !medium.some((f) => f.id === a.check && f.file === a.file));
  const lines = [
    `${high.length} HIGH, ${medium.length} MEDIUM, ${lower.length} LOW/INFORMATIONAL`,
    ...high.map((f) => `  HIGH    ${f.id} ${where(f)} — ${f.description}`),
    ...medium.map((f) => {
      const allowedBy = allowance(f);
      return `  MEDIUM  ${f.id} ${where(f)} — ${allowedBy ? `accepted: ${allowedBy.reason}` : `NOT ACCEPTED: ${f.description}`}`;
    }),
    ...lower.map((f) => `  ${f.severity.name.padEnd(7)} ${f.id} ${where(f)} — ${f.description}`),
    ...stale.map((a) => `  allow-list entry ${a.check} in ${a.file} matches no finding any more: remove it`),
    ...unparsed.map((file) => `  could not scan ${file}`),
  ];
  const passed = high.length === 0 && medium.every((f) => allowance(f) !== undefined) && stale.length === 0 && unparsed.length === 0;
  return { passed, lines };
}
