import { describe, expect, it } from 'vitest';
import { servedType } from '../../../src/hosts/evidence/served-type';
import { previewKind } from '../../../src/shared/evidence/preview-kind';

describe('previewKind', () => {
  it.each([
    ['image/png', 'image'],
    ['IMAGE/JPEG', 'image'],
    ['audio/x-m4a', 'audio'],
    ['video/mp4', 'video'],
    ['application/pdf', 'pdf'],
    ['image/svg+xml', 'text'],
    ['application/json', 'text'],
    ['message/rfc822', 'text'],
    ['text/html; charset=gbk', 'text'],
    ['image/x-unknown-future', 'other'],
    ['application/zip', 'other'],
  ])('%s → %s', (type, kind) => {
    expect(previewKind(type)).toBe(kind);
  });

  it.each(['image/svg+xml', 'application/json', 'message/rfc822'])('previews %s as the text the host serves it as', (type) => {
    expect(servedType(type).contentType).toBe('text/plain; charset=utf-8');
    expect(previewKind(type)).toBe('text');
  });
});
