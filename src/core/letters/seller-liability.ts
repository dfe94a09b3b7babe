import type { CaseRecord } from '../../shared/domain/case';
import type { CaseStage } from './narrative/case-stage';

/** What the case's facts support against a marketplace platform when a shop sold the goods. */
export interface SellerLiability {
  /** The shop's operator is known well enough to be sued, with the platform as co-defendant. */
  operatorSued: boolean;
  /**
   * 电子商务法 第38条: the platform was told of the shop's breach (a complaint to the platform) and
   * the case is still open, so it knew and took no necessary measures: liable jointly with the shop.
   */
  platformJointlyLiable: boolean;
  /** 消保法 第44条: the platform refused (or could not) give the shop's real name, address and contact. */
  identityRefused: boolean;
}

const NONE: SellerLiability = { operatorSued: false, platformJointlyLiable: false, identityRefused: false };

/** Nothing without a shop: a case where the platform sold the goods itself reads as it always did. */
export function sellerLiability(record: CaseRecord, stage: CaseStage): SellerLiability {
  const { seller } = record;
  if (!seller) return NONE;
  const toldPlatform = stage.firstComplaint !== undefined || stage.management.length > 0;
  const open = record.status !== 'resolved' && record.status !== 'closed';
  return {
    operatorSued: Boolean(seller.operator && seller.address),
    platformJointlyLiable: toldPlatform && open,
    identityRefused: stage.contacts.some((event) => event.sellerIdentityRefused),
  };
}
