/**
 * The built renderer (`npm run build` first) is split by route: the dashboard comes with the page,
 * while a case, its tabs, the new-case form and the evidence viewer are chunks fetched when opened.
 * No chunk is over 600 kB.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const rendererDir = resolve(import.meta.dirname, '../../out/renderer');
const assets = join(rendererDir, 'assets');
const LAZY_VIEWS = ['CasePage', 'NewCasePage', 'EvidenceTab', 'TimelineTab', 'LettersTab', 'EvidenceViewer'];
const MAX_CHUNK_BYTES = 600 * 1024;

/** `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`: what a chunk needs before it runs. */
const staticImports = (chunk: string): string[] =>
  [...readFileSync(join(assets, chunk), 'utf8').matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)].map((match) => match[1]!);

describe('the built renderer', () => {
  let chunks: string[] = [];

  beforeAll(() => {
    if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`${rendererDir} is missing: run \`npm run build\` before these tests`);
    chunks = readdirSync(assets).filter((name) => name.endsWith('.js'));
  });

  it('has no JavaScript chunk over 600 kB', () => {
    const sizes = chunks.map((name) => [name, statSync(join(assets, name)).size] as const);
    expect(sizes.filter(([, size]) => size > MAX_CHUNK_BYTES)).toEqual([]);
  });

  it('loads a case, its tabs, the new-case form and the viewer only when they are opened', () => {
    const entry = /<script type="module"[^>]* src="\.\/assets\/([^"]+\.js)"/.exec(readFileSync(join(rendererDir, 'index.html'), 'utf8'))?.[1];
    expect(entry).toBeDefined();
    const firstScreen = new Set<string>();
    const visit = (chunk: string) => {
      if (firstScreen.has(chunk)) return;
      firstScreen.add(chunk);
      staticImports(chunk).forEach(visit);
    };
    visit(entry!);
    for (const view of LAZY_VIEWS) {
      const chunk = chunks.find((name) => name.startsWith(`${view}-`));
      expect(chunk, `${view} has a chunk of its own`).toBeDefined();
      expect(firstScreen.has(chunk!), `${view} is not loaded with the first screen`).toBe(false);
    }
  });
});
