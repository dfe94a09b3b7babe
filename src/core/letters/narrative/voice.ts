/**
 * How a document names the two sides: a complaint speaks as 本人 about the 平台; a court paper as
 * 原告 about the 被告. Every sentence is built with the voice, never rewritten afterwards.
 */
export interface Voice {
  self: string;
  /** The platform, whose customer service the person dealt with. */
  platform: string;
  /** Who sold and had to deliver: the platform itself, or on a marketplace the shop (店铺, 被告一). */
  seller: string;
}

export const COMPLAINT_VOICE: Voice = { self: '本人', platform: '平台', seller: '平台' };

/** A complaint about goods a shop on the platform sold: the shop failed to deliver, the platform answers for it. */
export const SHOP_COMPLAINT_VOICE: Voice = { ...COMPLAINT_VOICE, seller: '店铺' };

/** A court paper against the platform that sold the goods. */
export const COURT_VOICE: Voice = { self: '原告', platform: '被告', seller: '被告' };

/** The voice of complaints about a case: with a shop, the shop is the seller. */
export const complaintVoice = (hasSeller: boolean): Voice => (hasSeller ? SHOP_COMPLAINT_VOICE : COMPLAINT_VOICE);
