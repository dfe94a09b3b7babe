import { escapeControls, escapeControlsInJson } from '../shared/text/escape-controls';

/**
 * Human output on stdout. Every command prints through here (or {@link printError}), so whatever a case
 * holds — an ESC sequence in an order number, U+202E in a file name — is shown as an escape and can
 * neither clear the screen nor forge lines; the line breaks are the printers' own.
 */
export const printText = (text: string): void => console.log(escapeControls(text, { keepLineBreaks: true }));

/** Messages and warnings on stderr, escaped like {@link printText}: error messages quote what was typed. */
export const printError = (text: string): void => console.error(escapeControls(text, { keepLineBreaks: true }));

/** Machine-readable output: one JSON document on stdout (still valid JSON, and still inert on a terminal). */
export const printJson = (value: unknown): void => console.log(escapeControlsInJson(JSON.stringify(value, null, 2)));
