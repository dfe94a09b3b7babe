#!/usr/bin/env node
// The `casebook` command; the CLI itself is built into out/main by `npm run build`.
import '../out/main/cli.js';
