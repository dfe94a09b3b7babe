import { describe, expect, it } from 'vitest';
import type { AllowedFinding } from './electronegativity-allow-list';
import { verdict, type Finding } from './electronegativity-verdict';

const finding = (id: string, severity: string, file = 'main/index.js'): Finding => ({
  id,
  file,
  location: { line: 12, column: 4 },
  severity: { name: severity },
  description: `Review ${id}`,
});
const allowed: AllowedFinding[] = [{ check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/index.js', reason: 'only vetted URLs' }];

describe('Electronegativity verdict', () => {
  it('passes allowed MEDIUM findings and lists each with its reason', () => {
    const result = verdict([finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM'), finding('CSP_GLOBAL_CHECK', 'LOW', 'renderer/index.html')], allowed);
    expect(result.passed).toBe(true);
    expect(result.lines).toContain('  MEDIUM  OPEN_EXTERNAL_JS_CHECK main/index.js:12 — accepted: only vetted URLs');
  });

  it('fails on any HIGH, on a MEDIUM without a reason, on a stale allow-list entry and on an unscanned file', () => {
    expect(verdict([finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM'), finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH')], allowed).passed).toBe(false);
    const unexplained = verdict([finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM'), finding('SANDBOX_JS_CHECK', 'MEDIUM')], allowed);
    expect(unexplained.passed).toBe(false);
    expect(unexplained.lines.some((line) => line.includes('SANDBOX_JS_CHECK') && line.includes('NOT ACCEPTED'))).toBe(true);
    // The same check in another file is another finding: it needs its own reason.
    expect(verdict([finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'main/cli.js')], allowed).passed).toBe(false);
    expect(verdict([], allowed).passed).toBe(false);
    expect(verdict([finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM')], allowed, ['main/index.js: Unexpected token']).passed).toBe(false);
  });
});
