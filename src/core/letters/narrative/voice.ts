/**
 * How a document names the two sides: a complaint speaks as 本人 about the 平台; a court paper as
 * 原告 about the 被告. Every sentence is built with the voice, never rewritten afterwards.
 */
export interface Voice {
  self: string;
  platform: string;
}

export const COMPLAINT_VOICE: Voice = { self: '本人', platform: '平台' };
export const COURT_VOICE: Voice = { self: '原告', platform: '被告' };
