import { courtText as c } from '../messages/letters';
import { addressParts } from './address-parts';

/** The internet courts and the cities they serve (最高法《关于互联网法院审理案件若干问题的规定》第2条). */
const INTERNET_COURTS: Record<string, string> = { 北京市: '北京互联网法院', 广州市: '广州互联网法院', 杭州市: '杭州互联网法院' };

/** A court the jurisdiction rules point to, and why, as the 起诉状 states it. */
export interface CourtProposal {
  court: string;
  reason: string;
  /** Whose address it follows: the buyer's (place of performance) or a defendant's domicile. */
  by: 'buyer' | 'defendant';
}

/**
 * The court of first instance for an online-shopping dispute at an address: in Beijing, Guangzhou or
 * Hangzhou the internet court; elsewhere the basic court of the county (杭州市… aside, a district
 * must be named: 广东省深圳市南山区… → 深圳市南山区人民法院).
 */
function courtAt(address: string): { court: string; internet: boolean } | undefined {
  const { city, county } = addressParts(address);
  const internet = city && INTERNET_COURTS[city];
  if (internet) return { court: internet, internet: true };
  return city && county ? { court: `${city}${county}人民法院`, internet: false } : undefined;
}

/**
 * The courts the law lets the plaintiff choose from (民事诉讼法 第24条: the defendant's domicile or
 * the place of performance, which for goods delivered online is the buyer's domicile, 民诉解释
 * 第20条), the buyer's first; each with its reason. The person may choose another court.
 *
 * @example proposedCourts('广东省广州市天河区…', ['浙江省杭州市西湖区…'])[0] // { court: '广州互联网法院', by: 'buyer', reason: '本案为网络购物合同纠纷…' }
 */
export function proposedCourts(buyerAddress: string | undefined, defendantAddresses: readonly (string | undefined)[]): CourtProposal[] {
  const proposals: CourtProposal[] = [];
  const add = (found: ReturnType<typeof courtAt>, by: CourtProposal['by'], reason: string) => {
    if (!found || proposals.some((p) => p.court === found.court)) return;
    proposals.push({ court: found.court, by, reason: c.jurisdiction(`${reason}${found.internet ? c.reasonInternet : ''}`, found.court) });
  };
  if (buyerAddress) add(courtAt(buyerAddress), 'buyer', c.reasonBuyer);
  for (const address of defendantAddresses) if (address) add(courtAt(address), 'defendant', `${c.reasonSeller}在${address}`);
  return proposals;
}
