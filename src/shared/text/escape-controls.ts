/**
 * What must never reach a terminal (or a message quoting someone's input) as it is: control
 * characters (ESC starts sequences that clear the screen, move the cursor or set the window title;
 * CR and LF forge lines), Unicode line separators, and text-direction characters that reorder
 * what is shown.
 */
const UNSAFE = /[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const UNSAFE_BUT_LINE_FEED = /(?!\n)[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex = (ch: string, width: number) => ch.codePointAt(0)!.toString(16).padStart(width, '0');

/** `\n`, `\x1b`, `\u202e`: the escape a programmer would write for the character. */
const visible = (ch: string): string => NAMED[ch] ?? (ch.codePointAt(0)! < 0x100 ? `\\x${hex(ch, 2)}` : `\\u${hex(ch, 4)}`);

/**
 * Shows control and text-direction characters as escapes (`\x1b`, `\u202e`) instead of letting them
 * act. `keepLineBreaks` leaves line feeds alone, for whole outputs whose lines are ours; a single
 * value (a table cell, a quoted field) escapes them too, so it cannot forge a line.
 *
 * @example escapeControls('KM\u001b[2J01') // 'KM\\x1b[2J01'
 * @example escapeControls('第一行\n第二行', { keepLineBreaks: true }) // unchanged
 */
export function escapeControls(text: string, { keepLineBreaks = false }: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(keepLineBreaks ? UNSAFE_BUT_LINE_FEED : UNSAFE, visible);
}

/**
 * For JSON text, which already escapes C0 controls inside strings: escapes the rest of the same set as
 * `\uXXXX`, so the document stays valid JSON and means the same. Its own line breaks stay.
 */
export const escapeControlsInJson = (json: string): string => json.replace(UNSAFE_BUT_LINE_FEED, (ch) => `\\u${hex(ch, 4)}`);
