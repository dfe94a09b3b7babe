/**
 * The first half of `npm start`: builds the app only when `out/` is missing or older than the
 * sources, and says which it is. Runs from the sources (tsx), since it may have no build to run from.
 */
import { build } from 'electron-vite';
import { buildMessages } from '../../shared/messages/build';
import { appRoot } from '../app-paths';
import { buildStaleness } from './build-stamp';

const root = appRoot();
const staleness = buildStaleness(root);
if (!staleness) {
  console.log(buildMessages.upToDate);
} else {
  console.log(staleness.kind === 'no-build' ? buildMessages.noBuild : buildMessages.changed(staleness.files));
  await build({ root });
}
