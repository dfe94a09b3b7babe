import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildStaleness, hashBuildInputs, removeBuildStamp, writeBuildStamp } from '../../../src/hosts/launcher/build-stamp';
import { tempDir } from '../../core/temp-dir';

/** A project folder with a source, a config file and a complete set of build outputs. */
function project(): string {
  const root = tempDir('casebook-stamp-');
  const write = (path: string, content = 'x') => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  write('src/cli/main.ts', 'export {};');
  write('package.json', '{}');
  for (const out of ['out/main/index.js', 'out/main/cli.js', 'out/main/launch.js', 'out/preload/index.cjs', 'out/renderer/index.html']) write(out);
  return root;
}

describe('the build stamp behind `npm start`', () => {
  let root: string;
  beforeEach(() => {
    root = project();
  });

  it('asks for a build when there is no stamp or an output is missing', () => {
    expect(buildStaleness(root)).toEqual({ kind: 'no-build' });
    writeBuildStamp(root, hashBuildInputs(root));
    rmSync(join(root, 'out/renderer/index.html'));
    expect(buildStaleness(root)).toEqual({ kind: 'no-build' });
  });

  it('is satisfied by a build of the sources as they are, whatever their times', () => {
    writeBuildStamp(root, hashBuildInputs(root));
    writeFileSync(join(root, 'src/cli/main.ts'), 'export {};');
    expect(buildStaleness(root)).toBeUndefined();
  });

  it('names the files changed, added or removed since the build', () => {
    writeBuildStamp(root, hashBuildInputs(root));
    writeFileSync(join(root, 'src/cli/main.ts'), 'export const changed = 1;');
    writeFileSync(join(root, 'src/cli/new.ts'), 'export {};');
    rmSync(join(root, 'package.json'));
    expect(buildStaleness(root)).toEqual({ kind: 'changed', files: ['package.json', 'src/cli/main.ts', 'src/cli/new.ts'] });
  });

  it('treats a build that never finished as no build', () => {
    writeBuildStamp(root, hashBuildInputs(root));
    removeBuildStamp(root);
    expect(buildStaleness(root)).toEqual({ kind: 'no-build' });
  });
});
