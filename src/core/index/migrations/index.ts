import { migration001Cases } from './001-cases';
import { migration002Evidence } from './002-evidence';
import { migration003ActivityAndEvidenceSearch } from './003-activity-and-evidence-search';
import { migration004Deadlines } from './004-deadlines';
import { migration005EvidenceText } from './005-evidence-text';
import type { IndexMigration } from './index-migration';

/** All index migrations in order; `version` must equal the position + 1. */
export const INDEX_MIGRATIONS: readonly IndexMigration[] = [migration001Cases, migration002Evidence, migration003ActivityAndEvidenceSearch, migration004Deadlines, migration005EvidenceText];
