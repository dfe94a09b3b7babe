import type { LetterBuild } from '../../shared/domain/letter-document';
import type { LetterKind } from '../../shared/domain/letters';
import type { CaseService } from '../cases/case-service';
import type { EvidenceService } from '../evidence/evidence-service';
import type { TimelineService } from '../timeline/timeline-service';
import type { DueClock } from '../timeline/due-clock';
import { buildLetter } from './build-letter';
import { layoutEvidenceBundle, renderEvidenceBundle } from './evidence-bundle';
import type { LetterContext } from './letter-context';

/** Generates the documents of the complaint path from what a case folder holds today. */
export class LetterService {
  constructor(
    private readonly cases: CaseService,
    private readonly evidence: EvidenceService,
    private readonly timeline: TimelineService,
    private readonly clock: DueClock,
  ) {}

  /** The case as a document sees it: facts, exhibits (with their pages in the bundle) and timeline. */
  async context(ref: string): Promise<LetterContext & { evidencePath: (id: string) => string }> {
    const { record, path } = await this.cases.get(ref);
    const items = (await this.evidence.list(ref)).items.filter((item) => !item.removedAt);
    const evidencePath = (id: string) => `${path}/${items.find((item) => item.id === id)!.storedPath}`;
    const { pages } = await layoutEvidenceBundle(items, (item) => evidencePath(item.id));
    return {
      record,
      evidence: items,
      timeline: await this.timeline.get(ref),
      calendar: this.clock.calendar,
      today: this.clock.today(),
      evidencePages: pages,
      evidencePath,
    };
  }

  async build(ref: string, kind: LetterKind): Promise<LetterBuild> {
    return buildLetter(kind, await this.context(ref));
  }

  /** The evidence bundle PDF (what a complaint e-mail attaches). */
  async evidenceBundle(ref: string): Promise<Buffer> {
    const context = await this.context(ref);
    return renderEvidenceBundle(context.evidence, (item) => context.evidencePath(item.id));
  }
}
