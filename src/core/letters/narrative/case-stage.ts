import { PLATFORM_CHANNELS, type TimelineChannel, type TimelineEventView } from '../../../shared/domain/timeline';
import { contacts, type LetterContext } from '../letter-context';

/** A step the person already took: the entry, and the number the other side gave it (on it or on a later answer). */
export interface StepTaken {
  event: TimelineEventView;
  ticket?: string;
}

/** Where the case stands: what was done, by when, under which number; documents tell it as done. */
export interface CaseStage {
  /** Contacts (no private notes, nothing removed), in time order. */
  contacts: TimelineEventView[];
  /** The first complaint to the platform itself (customer service: chat, e-mail, phone). */
  firstComplaint?: StepTaken;
  /** Complaint e-mails sent to customer service. */
  emails: StepTaken[];
  management: StepTaken[];
  blackcat: StepTaken[];
  /** Complaints on 全国12315 or to a market regulator. */
  regulator: StepTaken[];
  lawsuits: StepTaken[];
  /** Entries of the other side's promises, each with its deadline. */
  promises: TimelineEventView[];
  /** Entries with an offer of the other side. */
  offers: TimelineEventView[];
}

const CUSTOMER_SERVICE: readonly TimelineChannel[] = PLATFORM_CHANNELS.filter((channel) => channel !== 'management');

/** The number of a step: on its own entry, else on the first later entry of the same side that gives one. */
function taken(event: TimelineEventView, later: readonly TimelineEventView[], sameSide: readonly TimelineChannel[]): StepTaken {
  const ticket = event.ticketNumber ?? later.find((e) => Date.parse(e.at) >= Date.parse(event.at) && sameSide.includes(e.channel) && e.ticketNumber)?.ticketNumber;
  return ticket ? { event, ticket } : { event };
}

export function caseStage(context: LetterContext): CaseStage {
  const events = contacts(context);
  const sent = (channels: readonly TimelineChannel[], side: readonly TimelineChannel[] = channels) =>
    events.filter((e) => e.direction === 'outgoing' && channels.includes(e.channel)).map((e) => taken(e, events, side));
  const [firstComplaint] = sent(CUSTOMER_SERVICE);
  return {
    contacts: events,
    ...(firstComplaint ? { firstComplaint } : {}),
    emails: sent(['email'], CUSTOMER_SERVICE),
    management: sent(['management'], PLATFORM_CHANNELS),
    blackcat: sent(['blackcat']),
    regulator: sent(['12315', 'regulator']),
    lawsuits: sent(['court']),
    promises: events.filter((e) => e.promisedWorkingDays !== undefined && e.deadline),
    offers: events.filter((e) => e.offerAmountFen !== undefined || e.offerKind),
  };
}

/**
 * The contacts that matter to someone reading the case for the first time: the first complaint,
 * the other side's promises and offers, and the complaints filed elsewhere.
 */
export function keyContacts(stage: CaseStage): TimelineEventView[] {
  const key = new Set<TimelineEventView>([
    ...(stage.firstComplaint ? [stage.firstComplaint.event] : []),
    ...stage.promises,
    ...stage.offers,
    ...stage.management.map((s) => s.event),
    ...stage.blackcat.map((s) => s.event),
    ...stage.regulator.map((s) => s.event),
  ]);
  return stage.contacts.filter((e) => key.has(e));
}
