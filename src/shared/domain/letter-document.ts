import type { LetterKind } from './letters';

/** A block of a section: paragraphs and lists are edited as text; a table keeps its columns. */
export type LetterBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'table'; columns: string[]; rows: string[][]; widths?: number[] };

/** One editable part of a document; `id` is stable across regenerations so edits can be kept. */
export interface LetterSection {
  id: string;
  heading?: string;
  blocks: LetterBlock[];
  /** Lines set to the right at the section's end (an annex's signature and date). */
  closing?: string[];
}

/** A field of a web form (黑猫, 12315), filled in by copying; `limit` is the form's character limit. */
export interface LetterField {
  id: string;
  label: string;
  value: string;
  limit?: number;
}

/**
 * A generated document: the model both renderers (the in-app preview and the PDF) draw from.
 * Web-form kinds carry `fields`; letters carry `sections`; both may have a subject and a signature.
 */
export interface LetterDocument {
  kind: LetterKind;
  title: string;
  /** The e-mail subject (`投诉+{订单号}+{事由}`) or the form's 标题. */
  subject?: string;
  /** Whom the letter is addressed to, e.g. 星耀卡盟客服：/ 此致 广州互联网法院. */
  salutation?: string;
  sections: LetterSection[];
  fields?: LetterField[];
  /** Closing addressed line for court documents (此致 … ). */
  addressee?: string;
  /** Letters are signed and dated; web forms (黑猫, 12315) have no place for it. */
  signature?: { label: string; name?: string; date: string; lines?: string[] };
  /**
   * Papers filed with the document, after its signature, each on a page of its own with its heading
   * as title (the 送达地址确认书 of a 起诉状).
   */
  annexes?: LetterSection[];
}

/** A fact the case still lacks for a kind of document, named for the person. */
export interface MissingFact {
  field: string;
  message: string;
}

/**
 * A document of the case as it stands, with what looks implausible about it (a claim without a
 * basis, an incomplete address) said beside it; or the facts it still lacks.
 */
export type LetterBuild = { ok: true; document: LetterDocument; warnings: string[] } | { ok: false; missing: MissingFact[] };
