/**
 * Child process of the crash test: imports the given files into a case folder one after another,
 * printing each committed id, until the parent kills it with SIGKILL.
 */
import { withCaseLock } from '../../../src/core/cases/case-lock';
import { EvidenceLocker } from '../../../src/core/evidence/evidence-locker';

const [caseDir, ...files] = process.argv.slice(2);
const locker = new EvidenceLocker(caseDir!, (work) => withCaseLock(caseDir!, 'crash', work));
for (;;) {
  for (const file of files) {
    const { item } = await locker.importFile(file, { allowDuplicate: true });
    process.stdout.write(`${item.id}\n`);
  }
}
