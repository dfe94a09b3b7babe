import type { LetterKind } from '../domain/letters';
import type { TimelineChannel } from '../domain/timeline';

/** Where a document of each kind usually goes, offered first when the person marks it sent. */
export const sentChannelOf: Record<LetterKind, TimelineChannel> = {
  'cs-email': 'email',
  'management-escalation': 'management',
  blackcat: 'blackcat',
  'blackcat-followup': 'blackcat',
  '12315': '12315',
  'court-complaint': 'court',
  'evidence-list': 'court',
};
