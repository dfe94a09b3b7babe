import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import log from 'electron-log/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configureLogFile, LOG_FILE_NAME, rotateLogFiles } from '../../../electron/main/log-file';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casebook-log-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('rotateLogFiles', () => {
  it('shifts each generation down and drops the oldest', async () => {
    for (const [file, text] of [
      ['main.log', 'now'],
      ['main.1.log', 'one'],
      ['main.2.log', 'two'],
      ['main.3.log', 'three'],
    ]) {
      await writeFile(join(dir, file!), text!);
    }
    rotateLogFiles(join(dir, 'main.log'), 3);
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log']);
    expect(readFileSync(join(dir, 'main.1.log'), 'utf8')).toBe('now');
    expect(readFileSync(join(dir, 'main.3.log'), 'utf8')).toBe('two');
  });

  it('works from the first rotation on', async () => {
    await writeFile(join(dir, 'main.log'), 'first');
    rotateLogFiles(join(dir, 'main.log'), 3);
    expect(readdirSync(dir)).toEqual(['main.1.log']);
  });
});

describe('configureLogFile on electron-log', () => {
  it('writes main.log in the given folder and rotates it by size, keeping three old files', () => {
    const logger = log.create({ logId: `rotation-${Date.now()}` });
    logger.transports.console.level = false;
    const path = configureLogFile(logger, dir, { maxSize: 2_000, keep: 3 });
    expect(path).toBe(join(dir, LOG_FILE_NAME));

    for (let line = 0; line < 200; line++) logger.info(`第 ${line} 行：导入证据完成`);

    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.log']);
    const current = readFileSync(path, 'utf8');
    expect(current).toContain('第 199 行');
    expect(Buffer.byteLength(current)).toBeLessThan(2_000 + 200);
    expect(existsSync(join(dir, 'main.4.log'))).toBe(false);
  });
});
