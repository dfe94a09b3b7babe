import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDEX_VERSION, migrateIndex, openIndexDb } from '../../../src/core/index/index-db';
import { tempDir } from '../temp-dir';

const pragmas = (db: Database.Database) => ({
  journalMode: db.pragma('journal_mode', { simple: true }),
  synchronous: db.pragma('synchronous', { simple: true }),
  foreignKeys: db.pragma('foreign_keys', { simple: true }),
  busyTimeout: db.pragma('busy_timeout', { simple: true }),
  userVersion: db.pragma('user_version', { simple: true }),
});

const expected = { journalMode: 'wal', synchronous: 2, foreignKeys: 1, busyTimeout: 5000, userVersion: INDEX_VERSION };

describe('openIndexDb', () => {
  it('puts WAL, synchronous=FULL, foreign keys and the busy timeout in force on every open', () => {
    const path = join(tempDir(), 'index.sqlite');
    const first = openIndexDb(path);
    expect(pragmas(first)).toEqual(expected);
    first.close();

    // A plain connection shows what is (and is not) stored in the file: only WAL and user_version persist.
    const plain = new Database(path);
    expect(plain.pragma('synchronous', { simple: true })).not.toBe(2);
    plain.close();

    const reopened = openIndexDb(path);
    expect(pragmas(reopened)).toEqual(expected);
    reopened.close();
  });

  it('migrates a new database to the latest user_version', () => {
    const db = openIndexDb(join(tempDir(), 'index.sqlite'));
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['cases', 'damaged_folders', 'evidence', 'evidence_text']);
    expect(db.pragma('user_version', { simple: true })).toBe(INDEX_VERSION);
    db.close();
  });

  it('applies each migration once, even when asked again', () => {
    const db = new Database(':memory:');
    migrateIndex(db);
    migrateIndex(db);
    expect(db.pragma('user_version', { simple: true })).toBe(INDEX_VERSION);
    db.close();
  });

  it('recreates an index written by a future version (the index is a disposable cache)', () => {
    const path = join(tempDir(), 'index.sqlite');
    const future = new Database(path);
    future.exec('CREATE TABLE from_the_future (x)');
    future.pragma(`user_version = ${INDEX_VERSION + 5}`);
    future.close();

    const db = openIndexDb(path);
    expect(pragmas(db)).toEqual(expected);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).not.toContain('from_the_future');
    db.close();
  });

  it('recreates an index file that is not a database', () => {
    const path = join(tempDir(), 'index.sqlite');
    writeFileSync(path, '这不是数据库'.repeat(200));
    const db = openIndexDb(path);
    expect(pragmas(db)).toEqual(expected);
    db.close();
  });
});
