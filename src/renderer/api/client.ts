import type { CasebookBridge } from '../../shared/api/bridge';
import type { Channel } from '../../shared/api/channels';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import type { ApiErrorCode, ApiResult, FieldError } from '../../shared/api/result';
import { uiMessages } from '../../shared/messages/ui';

declare global {
  interface Window {
    /** Present only under Electron, where the preload exposes one method per channel. */
    casebook?: CasebookBridge;
  }
}

/** Failures the client itself detects, on top of the codes the hosts answer with. */
export type ApiCallErrorCode = ApiErrorCode | 'session-expired' | 'unreachable';

/** A failed call: `message` is Chinese and meant to be shown as it is; `fields` name intake paths. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ApiCallErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

async function callOverHttp(channel: Channel, input: unknown): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    // Relative to the page, so it works whatever port the web host picked; the host authorises with
    // the HttpOnly cookie it set when the token address was opened.
    response = await fetch(`api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiCallError('unreachable', uiMessages.api.unreachable);
  }
  if (response.status === 401 || response.status === 403) {
    throw new ApiCallError('session-expired', uiMessages.api.sessionExpired);
  }
  try {
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    throw new ApiCallError('internal', uiMessages.api.badResponse(response.status));
  }
}

let noticeListener: (notice: string) => void = () => {};

/** Where notices attached to answers go (the app shows them as warnings). */
export function onNotice(listener: (notice: string) => void): void {
  noticeListener = listener;
}

/**
 * The renderer's only way to reach the host: the Electron bridge when the preload exposed it,
 * the web host's HTTP API otherwise. Resolves with the channel's output or throws {@link ApiCallError}.
 */
export async function call<C extends Channel>(channel: C, input: ApiInput<C>): Promise<ApiOutput<C>> {
  const bridge = window.casebook;
  const result = bridge ? await bridge[channel](input) : await callOverHttp(channel, input);
  for (const notice of result.notices ?? []) noticeListener(notice);
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message, result.error.fields ?? []);
  return result.value as ApiOutput<C>;
}

/**
 * True under Electron (the preload's bridge is there), false in a browser tab: the desktop app shows
 * notifications and prints itself, and sends file paths instead of bytes.
 */
export const hasDesktopBridge = (): boolean => window.casebook !== undefined;

/** The Chinese message to show for anything a call (or the code around it) threw. */
export const errorMessageOf = (error: unknown): string =>
  error instanceof ApiCallError ? error.message : uiMessages.api.unreachable;
