import { describe, expect, it } from 'vitest';
import { collisionKey, entryKind, entryNameProblem } from '../../../src/core/archive/entry-rules';

const UNIX = 3 << 8;

describe('entry names', () => {
  it('accepts what a case folder holds', () => {
    for (const name of ['case.json', 'evidence/01J0ABCDEFGHJKMNPQRSTVWXYZ-订单支付截图.png', 'letters/01J0-cs-email/v2.pdf', 'evidence/', '证据01-订单截图.png']) {
      expect(entryNameProblem(name)).toBeUndefined();
    }
  });

  it.each(['../evil', 'a/../../evil', '/etc/passwd', 'C:/Windows/x', 'c:evil', 'a\\b', 'a//b', './a', 'a/./b', '', `${'长'.repeat(90)}.png`])('refuses the path %j', (name) => {
    expect(entryNameProblem(name)).toBe('unsafe-path');
  });

  it.each(['CON', 'evidence/nul.png', 'aux.tar.gz', 'COM1', 'lpt9.txt', 'com¹', 'a<b', 'ab:c', 'a|b', 'what?', 'x*', 'tab\there', 'esc\u001b', 'gpj\u202e.exe', 'trailing.', 'trailing ', 'folder./x'])(
    'refuses the name %j',
    (name) => {
      expect(entryNameProblem(name)).toBe('reserved-name');
    },
  );

  it('folds case and Unicode normalisation together', () => {
    expect(collisionKey('Case.JSON')).toBe(collisionKey('case.json'));
    expect(collisionKey('e\u0301.png')).toBe(collisionKey('\u00e9.png'));
  });
});

describe('entry kinds', () => {
  it('reads the Unix file type from the external attributes', () => {
    expect(entryKind('a', UNIX | 63, 0o100644 << 16)).toBe('file');
    expect(entryKind('a/', UNIX | 63, 0o040755 << 16)).toBe('directory');
    expect(entryKind('a', UNIX | 63, 0o120777 << 16)).toBe('link');
    for (const device of [0o020644, 0o060644, 0o010644, 0o140644]) expect(entryKind('a', UNIX | 63, device << 16)).toBe('special-file');
  });

  it('treats a Windows reparse point as a link and an archive without modes by its name', () => {
    expect(entryKind('a', 20, 0x400)).toBe('link');
    expect(entryKind('a/', 20, 0x10)).toBe('directory');
    expect(entryKind('a', 20, 0x20)).toBe('file');
    // A mode-less entry from a Unix archiver.
    expect(entryKind('a', UNIX | 20, 0)).toBe('file');
  });
});
