// Preloaded by tests with `node --import` (through NODE_OPTIONS): records the URL of every module the
// process loads, ES modules and require() alike, and writes the list to $CASEBOOK_MODULE_TRACE at exit.
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const loaded = [];
registerHooks({
  load(url, context, nextLoad) {
    loaded.push(url);
    return nextLoad(url, context);
  },
});
process.on('exit', () => writeFileSync(process.env.CASEBOOK_MODULE_TRACE, loaded.join('\n')));
