/** The documents of the complaint path, by their CLI names. */
export const LETTER_KINDS = [
  'cs-email',
  'management-escalation',
  'blackcat',
  'blackcat-followup',
  '12315',
  'court-complaint',
  'evidence-list',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];
