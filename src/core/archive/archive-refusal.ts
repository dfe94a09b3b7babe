import { basename } from 'node:path';
import { ApiFailure } from '../../shared/api/dispatch';
import type { ArchiveRefusalReason, ArchiveRefusalView } from '../../shared/domain/archive';
import { archiveRefusalText } from '../../shared/messages/archives';

/**
 * An archive that cannot be read safely or is not what its manifest says. An `invalid` failure: the
 * CLI exits 2 with the message, which names the archive and the entry at fault.
 */
export class ArchiveRefusal extends ApiFailure {
  constructor(
    readonly reason: ArchiveRefusalReason,
    readonly archive: string,
    readonly entry?: string,
    readonly limit?: number,
  ) {
    super('invalid', archiveRefusalText[reason](basename(archive), entry ?? '', limit));
    this.name = 'ArchiveRefusal';
  }

  view(): ArchiveRefusalView {
    return { reason: this.reason, ...(this.entry === undefined ? {} : { entry: this.entry }), message: this.message };
  }
}
