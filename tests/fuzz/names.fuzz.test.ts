import { isAbsolute, join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseFolderBaseName, sanitizeFolderName, uniqueFolderName } from '../../src/core/cases/case-folder-name';
import { storedEvidenceName } from '../../src/core/evidence/stored-name';
import { parseEvidencePath } from '../../src/hosts/evidence/evidence-response';
import { resolveStaticPath } from '../../src/hosts/static/static-path';
import { sampleFacts } from '../core/sample-case';
import { fuzzRuns, reportFuzz } from './fuzz-size';

/** The pieces hostile or merely unlucky names are made of. */
const PIECES = [
  // Separators, traversal, drive letters, Windows' forbidden characters.
  '/', '\\', '..', '.', ':', 'C:', '<', '>', '"', '|', '?', '*', '%2e%2e', '%2f', '%5c', '%00',
  // Reserved device names, alone and with extensions.
  'CON', 'prn', 'AUX', 'nul', 'COM1', 'com9', 'LPT1', 'lpt¹', 'CON.txt', 'nul.tar.gz',
  // Control characters: NUL, tab, line breaks, ESC sequences, DEL, C1.
  '\u0000', '\t', '\n', '\r', '\u001b[2J', '\u001b]0;x\u0007', '\u007f', '\u0085', '\u009b',
  // Text direction and invisible format characters.
  '\u202e', '\u202d', '\u202a', '\u202b', '\u202c', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c',
  '\u200b', '\u200d', '\ufeff', '\u2028', '\u2029', '\u00ad',
  // Unicode that must survive: NFD and NFC, CJK, emoji, and lone surrogates that no file system stores as given.
  'e\u0301', 'é', '星耀卡盟', '订单', '😀', '👨\u200d👩\u200d👧', '\ud800', '\udfff',
  // Dots, spaces and extensions that pose as others.
  ' ', '  ', '...', 'exe', '.exe', '.png', 'gpj', 'x'.repeat(120),
];
const hostileName = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
);

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Everything a stored name must never hold: separators, Windows' forbidden set, controls, format characters, lone surrogates. */
const UNSAFE = /[<>:"/\\|?*\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

/** Why `name` is not one safe path segment inside `root`, or undefined when it is. */
function escapeOf(name: string, root: string): string | undefined {
  if (name === '' || name === '.' || name === '..') return 'empty or dot';
  if (UNSAFE.test(name)) return 'unsafe character';
  if (/^[. ]|[. ]$/.test(name)) return 'leading or trailing dot or space';
  if (RESERVED.test(name)) return 'reserved device name';
  if (name !== name.normalize('NFC')) return 'not NFC';
  if (Buffer.byteLength(name) > 255) return 'longer than 255 bytes';
  if (Buffer.from(name, 'utf8').toString('utf8') !== name) return 'not stored as written';
  const inside = relative(root, join(root, name));
  if (inside !== name || isAbsolute(inside) || inside.split(sep).includes('..')) return 'leaves its folder';
  return undefined;
}

const ROOT = join(sep, 'workspace', 'cases', 'c', 'evidence');
const ID = '01J0ABCDEFGHJKMNPQRSTVWXYZ';
const FACTS = sampleFacts();

describe('name sanitising and path containment (fuzz)', () => {
  it('turns every generated name into one safe segment: folder names, stored evidence names, case folder names', () => {
    const runs = fuzzRuns(100_000);
    let escapes = 0;
    fc.assert(
      fc.property(hostileName, hostileName, fc.option(fc.string({ maxLength: 10 })), (a, b, sniffed) => {
        const facts = { ...FACTS, platform: { ...FACTS.platform, name: a }, order: { ...FACTS.order, number: b } };
        const names = [sanitizeFolderName(a), storedEvidenceName(ID, a, sniffed ?? undefined), caseFolderBaseName(facts), uniqueFolderName(sanitizeFolderName(b), [sanitizeFolderName(b)])];
        const problems = names.map((name) => escapeOf(name, ROOT)).filter(Boolean);
        if (problems.length > 0) escapes++;
        expect(problems).toEqual([]);
        expect(names[1]!.startsWith(`${ID}-`)).toBe(true);
      }),
      { numRuns: runs },
    );
    // Each run sanitises two generated names (a and b) four ways.
    reportFuzz('generated names sanitised (folder, stored evidence, case folder, unique suffix)', runs * 2, escapes);
  });

  it('keeps every request path inside the renderer folder, and every evidence route to a plain case reference', () => {
    const runs = fuzzRuns(50_000);
    // encodeURIComponent refuses lone surrogates; such a segment is sent as it is.
    const encoded = hostileName.map((name) => {
      try {
        return encodeURIComponent(name);
      } catch {
        return name;
      }
    });
    const segment = fc.oneof(hostileName, encoded, fc.constantFrom('..', '%2e%2e', '%2F', 'assets', 'index.html'));
    const urlPath = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => `/${parts.join('/')}`);
    const renderer = join(sep, 'app', 'out', 'renderer');
    let escapes = 0;
    fc.assert(
      fc.property(urlPath, (path) => {
        const target = resolveStaticPath(renderer, path);
        const leaves = target !== null && (!target.startsWith(renderer + sep) || relative(renderer, target).split(sep).includes('..'));
        const route = parseEvidencePath(`/evidence${path}`);
        const badRoute = route !== null && (route.caseId === '..' || route.caseId === '.' || /[/\\:\p{Cc}]/u.test(route.caseId));
        if (leaves || badRoute) escapes++;
        expect({ leaves, badRoute }).toEqual({ leaves: false, badRoute: false });
      }),
      { numRuns: runs },
    );
    reportFuzz('request paths resolved (static files, evidence routes)', runs, escapes);
  });
});
