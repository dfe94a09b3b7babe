#!/usr/bin/env node
// The `casebook` command; the CLI itself is built into out/main by `npm run build`.
import module from 'node:module';

// Node keeps the compiled code of the CLI between runs (in the system's temp folder), which halves
// the start-up of every command after the first. Absent before Node 22.1: then it simply starts slower.
module.enableCompileCache?.();
await import('../out/main/cli.js');
