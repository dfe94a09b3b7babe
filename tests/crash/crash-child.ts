/**
 * A child of the crash campaign: loads everything, waits for `GO` on stdin (so it can start while the
 * previous trial is still being checked), opens the workspace as the app does, then runs one
 * operation over and over, printing `BEGIN <run>` before each run and `ACK <json>` after it (and
 * `NOTICE` for what the person would have been told besides, an index not updated say), until it
 * is killed — by the campaign at a random moment, or by itself at a crash point
 * (`CASEBOOK_CRASH_AT`). stdout is a pipe, written synchronously, so what it printed before dying
 * reaches the campaign.
 *
 * Arguments: <workspace> <case id> <scratch folder> <operation> [runs]. With `runs`, the child stops
 * after that many runs and exits 0 (the concurrency test uses it as a worker).
 */
import { createInterface } from 'node:readline';
import { WorkspaceSession } from '../../src/core/workspace/workspace-session';
import { OPERATIONS } from './crash-operations';

const [workspace, caseId, scratch, name, runs] = process.argv.slice(2) as [string, string, string, string, string | undefined];
const operation = OPERATIONS.find((op) => op.name === name);
if (!operation) throw new Error(`unknown operation ${name}`);

const say = (line: string) => process.stdout.write(`${line}\n`);
say('LOADED');
await new Promise<void>((go) => {
  const input = createInterface({ input: process.stdin });
  input.once('line', () => {
    // Listening on stdin would keep a worker that finished its runs alive.
    input.close();
    process.stdin.destroy();
    go();
  });
});
const session = await WorkspaceSession.open(workspace, { env: { CASEBOOK_CONFIG_DIR: scratch } });
const run = await operation.prepare({ session, caseId, scratch });
say('READY');
for (let n = 1; runs === undefined || n <= Number(runs); n++) {
  say(`BEGIN ${n}`);
  try {
    for (const record of await run(n)) say(`ACK ${JSON.stringify(record)}`);
  } catch (error) {
    say(`FAIL ${JSON.stringify(error instanceof Error ? error.message : String(error))}`);
    // One failure says it; a loop of them says nothing more.
    process.exit(3);
  }
  for (const notice of session.takeNotices()) say(`NOTICE ${JSON.stringify(notice)}`);
  say(`DONE ${n}`);
}
session.close();
