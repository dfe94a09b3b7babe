import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What `electron-vite build` reads (besides node_modules, which package-lock.json stands for). */
const BUILD_INPUTS = ['src', 'electron', 'resources', 'electron.vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.base.json', 'tsconfig.node.json', 'tsconfig.web.json'];
/** What a complete build leaves: the hosts' entry points and the renderer's page. */
const BUILD_OUTPUTS = ['out/main/index.js', 'out/main/cli.js', 'out/main/launch.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const STAMP_FILE = 'out/build-stamp.json';

/** Each build input (path relative to the project, with `/`) with the SHA-256 of its content. */
export type SourceHashes = Record<string, string>;

export function hashBuildInputs(root: string): SourceHashes {
  const hashes: SourceHashes = {};
  const add = (path: string) => (hashes[path] = createHash('sha256').update(readFileSync(join(root, path))).digest('hex'));
  for (const input of BUILD_INPUTS) {
    if (!existsSync(join(root, input))) continue;
    if (!input.includes('.')) {
      for (const entry of readdirSync(join(root, input), { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) add(relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
      }
    } else add(input);
  }
  return hashes;
}

/** Written by the build when it is complete (see electron.vite.config.ts): the inputs it was made from. */
export function writeBuildStamp(root: string, inputs: SourceHashes): void {
  writeFileSync(join(root, STAMP_FILE), `${JSON.stringify(inputs)}\n`);
}

/** Removed as a build starts, so one that fails half-way is never taken for complete. */
export function removeBuildStamp(root: string): void {
  rmSync(join(root, STAMP_FILE), { force: true });
}

export type Staleness = { kind: 'no-build' } | { kind: 'changed'; files: string[] };

/** Why `out/` cannot be used as it is, or undefined when it was built from the sources as they are now. */
export function buildStaleness(root: string): Staleness | undefined {
  if (BUILD_OUTPUTS.some((file) => !existsSync(join(root, file)))) return { kind: 'no-build' };
  let built: SourceHashes;
  try {
    built = JSON.parse(readFileSync(join(root, STAMP_FILE), 'utf8')) as SourceHashes;
  } catch {
    return { kind: 'no-build' };
  }
  const now = hashBuildInputs(root);
  const files = [...new Set([...Object.keys(now), ...Object.keys(built)])].filter((path) => now[path] !== built[path]).sort();
  return files.length > 0 ? { kind: 'changed', files } : undefined;
}
