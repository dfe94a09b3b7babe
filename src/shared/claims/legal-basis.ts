/**
 * The articles a claim or a document can rest on (domain reference: 电子商务法, 消费者权益保护法,
 * 民法典). Each is cited only where the case's facts make it apply.
 */
export const LEGAL_BASES = [
  'ecommerce38',
  'ecommerce51',
  'ecommerce59',
  'civil563',
  'civil566',
  'civil577',
  'civil584',
  'consumer24',
  'consumer44Identity',
  'consumer44Promise',
  'consumer55',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];
