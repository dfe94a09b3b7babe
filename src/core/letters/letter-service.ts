import type { LetterRecord, SavedLetter, TimelineView } from '../../shared/api/contract';
import type { CaseRecord } from '../../shared/domain/case';
import type { LetterBuild, LetterDocument } from '../../shared/domain/letter-document';
import type { LetterKind } from '../../shared/domain/letters';
import type { TimelineChannel } from '../../shared/domain/timeline';
import { sentChannelOf } from '../../shared/letters/sent-channel';
import { emailPartyNames, letterKindLabels, letterStoreMessages as m } from '../../shared/messages/letters';
import type { CaseService } from '../cases/case-service';
import type { EvidenceService } from '../evidence/evidence-service';
import type { TimelineService } from '../timeline/timeline-service';
import type { DueClock } from '../timeline/due-clock';
import { buildLetter } from './build-letter';
import type { LetterContext } from './letter-context';
import { statedReplyBy } from '../../shared/letters/stated-reply-by';
import { LetterStore } from './letter-store';
import type { EmlParties } from './render-eml';

/**
 * Generates the documents of the complaint path from what a case folder holds today, and keeps the
 * versions the person saved (`letters/` of the case folder, see `LetterStore`). The evidence bundle
 * (pdf-lib, sharp, pdfmake) and the e-mail writer are imported when first used, so opening a
 * workspace never loads them.
 */
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
    // The exhibit-page stack (PDF, pictures, recordings) loads when a document first needs it, not at start-up.
    const { layoutEvidenceBundle } = await import('./evidence-bundle');
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
    const { renderEvidenceBundle } = await import('./evidence-bundle');
    return renderEvidenceBundle(context.evidence, (item) => context.evidencePath(item.id));
  }

  list(ref: string): Promise<LetterRecord[]> {
    return this.cases.withCase(ref, async ({ path }) => (await new LetterStore(path).read()).letters);
  }

  /** A saved version, the latest when `version` is left out. */
  get(ref: string, letterId: string, version?: number): Promise<SavedLetter> {
    return this.cases.withCase(ref, ({ path }) => new LetterStore(path).get(letterId, version));
  }

  /** Saves the edited document (its PDF rendered from it) as a new version of `letterId`, or of a new letter. */
  save(ref: string, generated: LetterDocument, document: LetterDocument, letterId?: string): Promise<SavedLetter> {
    return this.cases.withCase(ref, ({ path }) => new LetterStore(path).save(generated, document, letterId));
  }

  /**
   * One action: a timeline entry saying which version was sent (the latest unless named), on the
   * kind's channel unless the person names another, carrying the reply deadline the letter states
   * (so 期限 and the dashboard track it); then `sent` on the letter with the entry's id. Should the
   * timeline write fail, nothing is recorded; should recording `sent` fail, the entry is taken back.
   */
  async markSent(ref: string, letterId: string, at: string, channel?: TimelineChannel, sentVersion?: number): Promise<{ record: LetterRecord; timeline: TimelineView }> {
    const sent = await this.cases.withCase(ref, ({ path }) => new LetterStore(path).get(letterId, sentVersion));
    const sentOn = channel ?? sentChannelOf[sent.record.kind];
    const replyBy = statedReplyBy(sent.document);
    const fields = {
      at,
      channel: sentOn,
      direction: 'outgoing' as const,
      summary: m.sentSummary(letterKindLabels[sent.record.kind], sent.version),
      ...(replyBy ? { replyBy } : {}),
      evidence: [],
    };
    let record: LetterRecord | undefined;
    const timeline = await this.timeline.add(ref, fields, async (event, path) => {
      record = await new LetterStore(path).markSent(letterId, { at, channel: sentOn, eventId: event.id, version: sent.version });
    });
    return { record: record!, timeline };
  }

  /** Absolute path of a saved version's PDF (hosts serve it at `letterPdfUrl`); missing → `not-found`. */
  pdfPath(ref: string, letterId: string, version: number): Promise<string> {
    return this.cases.withCase(ref, async ({ path }) => {
      const store = new LetterStore(path);
      return store.absolute((await store.version(letterId, version)).version.pdf);
    });
  }

  /** An unsent e-mail (`.eml`) of a saved version with the evidence bundle attached (`letterEmlUrl`). */
  async eml(ref: string, letterId: string, version: number): Promise<Buffer> {
    return this.emlFor(ref, (await this.get(ref, letterId, version)).document);
  }

  /** An unsent e-mail of any document of the case (saved or not), with the case's evidence bundle attached. */
  async emlFor(ref: string, document: LetterDocument): Promise<Buffer> {
    const { record } = await this.cases.get(ref);
    const { renderLetterEml } = await import('./render-eml');
    return renderLetterEml(document, { filename: m.bundleFileName(record.order.number), content: await this.evidenceBundle(ref) }, emlParties(record, document.kind));
  }
}

/**
 * The mailbox a kind goes to: a complaint to customer service's mailbox, the letter to management
 * to the complaint / management mailbox (customer service's when none is known); from the person.
 */
export function emlParties(record: CaseRecord, kind: LetterKind): EmlParties {
  const { platform, complainant } = record;
  const to = kind === 'management-escalation' ? (platform.managementEmail ?? platform.serviceEmail) : platform.serviceEmail;
  const toName = kind === 'management-escalation' && platform.managementEmail ? emailPartyNames.management(platform.name) : emailPartyNames.service(platform.name);
  return {
    ...(to ? { to: { name: toName, address: to } } : {}),
    ...(complainant.email ? { from: { name: complainant.name, address: complainant.email } } : {}),
  };
}
