import { claimModel, type ClaimItem } from '../../../shared/claims/claim-model';
import { legalBasisCitations } from '../../../shared/messages/claims';
import type { LetterBuild, LetterSection, MissingFact } from '../../../shared/domain/letter-document';
import { PLATFORM_CHANNELS } from '../../../shared/domain/timeline';
import { courtText as c, demandText as d, letterText as l } from '../../../shared/messages/letters';
import { dayNumber } from '../../calendar/working-days';
import { chinaDate } from '../../timeline/deadlines';
import { proposedCourts } from '../../../shared/letters/court-choice';
import { citationParagraphs, citationsFor } from '../legal-basis';
import { chineseDate, chineseDateTime, rmb } from '../letter-format';
import type { LetterContext } from '../letter-context';
import { problemParagraphs } from '../narrative/case-facts';
import { caseStage } from '../narrative/case-stage';
import { normaliseChineseText } from '../narrative/chinese-text';
import { eventSentence } from '../narrative/event-sentence';
import { evidenceLines } from '../narrative/exhibits';
import { COURT_VOICE, type Voice } from '../narrative/voice';
import { sellerLiability } from '../seller-liability';
import { paragraphs } from '../sections';
import { claimWarnings } from './cs-email';

/** Sex and birth date read from a resident ID number (GB 11643: digits 7–14, and the 17th's parity). */
function fromIdNumber(id: string): { sex: string; birth: string } {
  const birth = `${Number(id.slice(6, 10))}年${Number(id.slice(10, 12))}月${Number(id.slice(12, 14))}日`;
  return { sex: Number(id[16]) % 2 === 1 ? c.male : c.female, birth };
}

/** One claim of the claim model as the court is asked for it, against defendant `d`, with its legal basis. */
function claimLine(item: ClaimItem, defendant: string, product: string): string {
  const amount = rmb(item.fen);
  const line = (() => {
    switch (item.kind) {
      case 'refund':
        return c.claimRefund(defendant, amount);
      case 'redelivery':
        return c.claimRedeliver(defendant, product);
      case 'statutory-multiple':
        return c.claimStatutory(defendant, amount, item.minimumApplied ?? false);
      case 'promised-multiple':
        return c.claimPromised(defendant, item.text ?? '', amount);
      case 'loss':
        return item.unitemised ? c.claimOtherLoss(defendant, amount) : c.claimLoss(defendant, item.text ?? '', amount);
    }
  })();
  return `${line}${d.basis(item.basis.map((basis) => legalBasisCitations[basis]).join('、'))}`;
}

/** The court asked, the reason the document gives for it, or what is missing to name one. */
function chosenCourt(context: LetterContext, defendantAddresses: readonly (string | undefined)[]) {
  const { litigation, complainant } = context.record;
  const proposals = proposedCourts(complainant.address, defendantAddresses);
  const chosen = litigation?.court;
  if (!chosen) return proposals[0] && { court: proposals[0].court, reason: proposals[0].reason };
  const proposal = proposals.find((p) => p.court === chosen);
  return { court: chosen, reason: proposal?.reason ?? c.chosenCourt(chosen) };
}

/**
 * 民事起诉状 (element style, after the 买卖合同纠纷 template) for the court the jurisdiction rules
 * point to or the one the person chose: parties with every element the template asks (sex and birth
 * date from the ID number, ethnicity, the company's legal representative), the claims of the claim
 * model (rescission where the price is to be returned), the arbitration or court agreement as the
 * person answered it, the facts element by element, the evidence, and the 送达地址确认书 on a page of
 * its own. On a marketplace the shop's operator can be sued with the platform as co-defendant.
 */
export function buildCourtComplaint(context: LetterContext): LetterBuild {
  const { record, today } = context;
  const { complainant, platform, order, seller, litigation } = record;
  const stage = caseStage(context);
  const liability = sellerLiability(record, stage);
  // The platform joins a suit against the shop only where the facts make it liable too.
  const coDefendants = liability.operatorSued && (liability.platformJointlyLiable || liability.identityRefused);
  const suesOperatorOnly = liability.operatorSued && !coDefendants;
  const missing: MissingFact[] = [];
  if (!complainant.idNumber) missing.push({ field: 'complainant.idNumber', message: l.missing.idNumber });
  if (!complainant.ethnicity) missing.push({ field: 'complainant.ethnicity', message: l.missing.ethnicity });
  if (!complainant.address) missing.push({ field: 'complainant.address', message: l.missing.complainantAddress });
  if (!complainant.phone) missing.push({ field: 'complainant.phone', message: l.missing.phone });
  if (!suesOperatorOnly) {
    if (!platform.company) missing.push({ field: 'platform.company', message: l.missing.company });
    if (!platform.creditCode) missing.push({ field: 'platform.creditCode', message: l.missing.creditCode });
    if (!platform.address) missing.push({ field: 'platform.address', message: l.missing.platformAddress });
    if (!platform.legalRepresentative) missing.push({ field: 'platform.legalRepresentative', message: l.missing.legalRepresentative });
  }
  if (!order.product) missing.push({ field: 'order.product', message: l.missing.product });
  if (!litigation?.agreement) missing.push({ field: 'litigation.agreement', message: l.missing.agreement });
  if (litigation?.electronicService === undefined) missing.push({ field: 'litigation.electronicService', message: l.missing.electronicService });
  const defendantAddresses = [...(liability.operatorSued ? [seller!.address] : []), ...(suesOperatorOnly ? [] : [platform.address])];
  const court = chosenCourt(context, defendantAddresses);
  if (!court || (litigation?.agreement === 'court' && !litigation.court)) missing.push({ field: 'litigation.court', message: l.missing.court });
  if (missing.length > 0 || !court) return { ok: false, missing };

  const model = claimModel(record);
  const { sex, birth } = fromIdNumber(complainant.idNumber!);
  // Who is who: with two defendants the shop's operator (被告一) sold, the platform (被告二) answered;
  // against the operator alone the platform is no party.
  const voice: Voice = coDefendants
    ? { self: '原告', platform: '被告二', seller: '被告一' }
    : suesOperatorOnly
      ? { self: '原告', platform: '平台', seller: '被告' }
      : COURT_VOICE;
  const platformName = coDefendants ? '被告二' : '被告';
  const refundDemanded = model.items.some((item) => item.kind === 'refund');
  const defendants = [
    ...(liability.operatorSued
      ? [c.defendant(voice.seller, seller!.operator!, seller!.address!, seller!.operatorCreditCode, undefined, seller!.contact && c.contact(seller!.contact))]
      : []),
    ...(suesOperatorOnly ? [] : [c.defendant(platformName, platform.company!, platform.address!, platform.creditCode, platform.legalRepresentative, platform.phone && c.phone(platform.phone))]),
  ];
  const claims = [
    ...(refundDemanded ? [c.claimRescind(voice.seller, order.number)] : []),
    ...model.items.map((item) => claimLine(item, voice.seller, order.product!)),
    ...(coDefendants && liability.platformJointlyLiable ? [c.claimJoint] : []),
    c.claimCosts(coDefendants),
  ];
  const claimLines = claims.map((line, i) => `${i + 1}. ${line}${i === claims.length - 1 ? '。' : '；'}`);

  const events = stage.contacts;
  // Demands made to the defendant itself; 黑猫 or 12315 complaints are not.
  const demands = events.filter((e) => e.direction === 'outgoing' && PLATFORM_CHANNELS.includes(e.channel));
  // Its answers, and the complaints through third parties (黑猫, 12315, regulators) that sought a settlement.
  const replies = events.filter((e) => (e.direction === 'incoming' || !PLATFORM_CHANNELS.includes(e.channel)) && e.channel !== 'court');
  const daysSince = dayNumber(today) - dayNumber(chinaDate(order.purchasedAt));
  const payment = [order.paymentMethod, order.paymentRef ? `交易流水号${order.paymentRef}` : ''].filter(Boolean).join('，');
  const where = platform.url ? `${platform.name}（${platform.url}）` : platform.name;
  const [problem, ...details] = problemParagraphs(record, voice);
  const facts = [
    liability.operatorSued && seller
      ? c.elements.formationShop(chineseDateTime(order.purchasedAt), where, seller.name, order.product!, order.number)
      : c.elements.formation(chineseDateTime(order.purchasedAt), where, order.product!, order.number),
    coDefendants ? c.elements.partiesShop(seller!.operator!, platform.company!, complainant.name) : c.elements.parties(suesOperatorOnly ? seller!.operator! : platform.company!, complainant.name),
    c.elements.subject(order.product!),
    c.elements.price(rmb(order.amountPaidFen), payment),
    c.elements.delivery(problem!),
    c.elements.breach(voice.seller, daysSince, details.join('')),
    ...(demands.length > 0 ? [c.elements.demands(voice.platform, demands.length), ...demands.map((e) => eventSentence(e, voice, refundDemanded))] : [c.elements.noDemands(voice.platform)]),
    ...(replies.length > 0 ? [c.elements.negotiation, ...replies.map((e) => eventSentence(e, voice, refundDemanded))] : [c.elements.noNegotiation(voice.platform)]),
    c.elements.basis,
    ...citationParagraphs(citationsFor(record, model, 'court', liability)),
  ];
  const agreement = litigation!.agreement!;
  const service: LetterSection = {
    id: 'service',
    heading: c.service.title,
    blocks: paragraphs([
      c.service.intro,
      c.service.recipient(complainant.name),
      c.service.address(normaliseChineseText(complainant.address!)),
      c.service.phone(complainant.phone!),
      ...(complainant.email ? [c.service.email(complainant.email)] : []),
      c.service.consent(litigation!.electronicService!, [`手机号码${complainant.phone}`, ...(complainant.email ? [`电子邮箱${complainant.email}`] : [])].join('、')),
    ]),
    closing: [`${c.service.signer}：`, chineseDate(today)],
  };
  const warnings = [...claimWarnings(context), ...(agreement === 'arbitration' ? [l.warning.arbitration] : [])];
  return {
    ok: true,
    warnings,
    document: {
      kind: 'court-complaint',
      title: c.title,
      sections: [
        { id: 'parties', heading: c.headings.parties, blocks: paragraphs([c.plaintiff(complainant.name, sex, birth, complainant.ethnicity!, complainant.address!, complainant.idNumber!, complainant.phone!), ...defendants]) },
        { id: 'claims', heading: c.headings.claims, blocks: paragraphs([...claimLines, ...(model.totalFen > 0 ? [c.claimTotal(rmb(model.totalFen))] : [])]) },
        {
          id: 'jurisdiction',
          heading: c.headings.jurisdiction,
          blocks: paragraphs([agreement === 'court' ? c.agreement.court(court.court) : c.agreement[agreement], c.noPreservation, c.jurisdictionLine(court.reason)]),
        },
        { id: 'facts', heading: c.headings.facts, blocks: paragraphs(facts) },
        ...(context.evidence.length > 0
          ? [{ id: 'evidence', heading: c.headings.evidence, blocks: [...paragraphs([c.evidenceIntro]), { type: 'list' as const, items: evidenceLines(context.evidence) }] }]
          : []),
        { id: 'mediation', heading: c.headings.mediation, blocks: paragraphs([c.mediation]) },
        { id: 'attachments', heading: c.attachmentHeading, blocks: paragraphs([c.attachment(defendants.length)]) },
      ],
      addressee: c.addressee(court.court),
      signature: { label: c.signer, date: chineseDate(today) },
      annexes: [service],
    },
  };
}
