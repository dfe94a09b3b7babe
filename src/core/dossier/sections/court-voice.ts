import type { CaseRecord } from '../../../shared/domain/case';
import type { Voice } from '../../letters/narrative/voice';

/**
 * A dossier for a court names the person 原告, as the 起诉状 does; the platform and the shop keep their
 * plain names, since who is sued is the 起诉状's business.
 */
export const dossierVoice = (record: CaseRecord): Voice => ({ self: '原告', platform: '平台', seller: record.seller ? '店铺' : '平台' });
