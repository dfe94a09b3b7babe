import type { TimelineEvent } from '../../../src/shared/domain/timeline';

let n = 0;

/** A timeline entry at `at`: by default a message sent to online customer service; `fields` change the rest. */
export const timelineEvent = (at: string, fields: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id: `E${String(++n).padStart(3, '0')}`,
  at,
  channel: 'online-cs',
  direction: 'outgoing',
  summary: '联系客服',
  evidence: [],
  createdAt: at,
  updatedAt: at,
  ...fields,
});
