import { describe, expect, it } from 'vitest';
import { toIoFailure } from '../../../src/core/fs/io-failure';
import { ApiFailure } from '../../../src/shared/api/dispatch';

const places = { file: '/ws', indexFile: '/ws/.casebook/index.sqlite' };
const errno = (code: string, path?: string) => Object.assign(new Error(code), { code, ...(path ? { path } : {}) });

describe('toIoFailure', () => {
  it.each([
    ['ENOSPC', '磁盘空间不足'],
    ['EROFS', '只读'],
    ['EACCES', '没有权限'],
    ['EIO', 'EIO'],
  ])('turns %s into an io failure naming the file', (code, words) => {
    const failure = toIoFailure(errno(code, '/ws/cases/星耀/case.json'), places);
    expect(failure).toBeInstanceOf(ApiFailure);
    expect(failure).toMatchObject({ code: 'io', message: expect.stringContaining('/ws/cases/星耀/case.json') });
    expect((failure as ApiFailure).message).toContain(words);
  });

  it('names the index file for SQLite errors', () => {
    expect(toIoFailure(errno('SQLITE_FULL'), places)).toMatchObject({
      code: 'io',
      message: expect.stringContaining('/ws/.casebook/index.sqlite'),
    });
    expect(toIoFailure(errno('SQLITE_IOERR_WRITE'), places)).toMatchObject({ code: 'io' });
  });

  it('leaves other errors alone', () => {
    const bug = new TypeError('x is undefined');
    expect(toIoFailure(bug, places)).toBe(bug);
    const failure = new ApiFailure('not-found', '找不到');
    expect(toIoFailure(failure, places)).toBe(failure);
  });
});
