import type { LetterBuild, MissingFact } from '../../../shared/domain/letter-document';
import { courtText as c, letterText as l } from '../../../shared/messages/letters';
import { assessOffer, FRAUD_MINIMUM_FEN, FRAUD_MULTIPLIER } from '../../../shared/claims/compensation';
import { PLATFORM_CHANNELS } from '../../../shared/domain/timeline';
import { dayNumber } from '../../calendar/working-days';
import { chinaDate } from '../../timeline/deadlines';
import { citationParagraphs, citationsFor } from '../legal-basis';
import { chineseDate, chineseDateTime, rmb } from '../letter-format';
import { contacts, type LetterContext } from '../letter-context';
import { contactSentence, evidenceLines } from '../narrative';
import { filledSections, paragraphs } from '../sections';

/** The internet courts and the cities they serve (最高法《关于互联网法院审理案件若干问题的规定》第2条). */
const INTERNET_COURTS = [
  { city: '北京', court: '北京互联网法院' },
  { city: '广州', court: '广州互联网法院' },
  { city: '杭州', court: '杭州互联网法院' },
] as const;

const courtIn = (address?: string) => INTERNET_COURTS.find(({ city }) => address?.includes(city))?.court;

/** The buyer's domicile counts as the place of performance for goods delivered online, so it comes first. */
export function internetCourt(buyerAddress?: string, sellerAddress?: string): { court: string; byBuyer: boolean } | undefined {
  const buyers = courtIn(buyerAddress);
  if (buyers) return { court: buyers, byBuyer: true };
  const sellers = courtIn(sellerAddress);
  return sellers ? { court: sellers, byBuyer: false } : undefined;
}

/** Contact sentences speak as 本人; a court document names the person 原告. */
const asPlaintiff = (sentence: string) => sentence.replaceAll('本人', '原告');

/** Sex and birth date read from a resident ID number (GB 11643: digits 7–14, and the 17th's parity). */
function fromIdNumber(id: string): { sex: string; birth: string } {
  const birth = `${Number(id.slice(6, 10))}年${Number(id.slice(10, 12))}月${Number(id.slice(12, 14))}日`;
  return { sex: Number(id[16]) % 2 === 1 ? c.male : c.female, birth };
}

/** What the claims add up to: the refund or damages, the extra compensation, the costs. */
function claimLines(context: LetterContext): { lines: string[]; totalFen: number } {
  const { record } = context;
  const paid = record.order.amountPaidFen;
  const assessment = assessOffer({
    pricePaidFen: paid,
    offerFen: 0,
    fraudClaimed: record.claims?.fraud ?? false,
    ...(record.claims?.platformPromise ? { promiseMultiplier: record.claims.platformPromise.multiplier } : {}),
  });
  const lines: string[] = [];
  const principal = record.demand.type === 'compensation' && record.demand.amountFen !== undefined ? record.demand.amountFen : paid;
  lines.push(record.demand.type === 'compensation' ? c.claimCompensation(rmb(principal)) : c.claimRefund(rmb(principal)));
  let totalFen = principal;
  for (const extra of assessment.components.filter((component) => component.kind !== 'refund')) {
    lines.push(
      extra.kind === 'fraud'
        ? c.claimFraud(rmb(extra.fen), extra.fen === FRAUD_MINIMUM_FEN && FRAUD_MULTIPLIER * paid < FRAUD_MINIMUM_FEN)
        : c.claimPromise(record.claims!.platformPromise!.text, rmb(extra.fen)),
    );
    totalFen += extra.fen;
  }
  lines.push(c.claimCosts);
  return { lines: lines.map((line, i) => `${i + 1}. ${line}`), totalFen };
}

/** 民事起诉状 for an internet court, element by element after the 买卖合同纠纷 template. */
export function buildCourtComplaint(context: LetterContext): LetterBuild {
  const { record, today } = context;
  const { complainant, platform, order } = record;
  const missing: MissingFact[] = [];
  if (!complainant.idNumber) missing.push({ field: 'complainant.idNumber', message: l.missing.idNumber });
  if (!complainant.address) missing.push({ field: 'complainant.address', message: l.missing.complainantAddress });
  if (!complainant.phone) missing.push({ field: 'complainant.phone', message: l.missing.phone });
  if (!platform.company) missing.push({ field: 'platform.company', message: l.missing.company });
  if (!platform.creditCode) missing.push({ field: 'platform.creditCode', message: l.missing.creditCode });
  if (!platform.address) missing.push({ field: 'platform.address', message: l.missing.platformAddress });
  if (!order.product) missing.push({ field: 'order.product', message: l.missing.product });
  const jurisdiction = internetCourt(complainant.address, platform.address);
  if (!jurisdiction && complainant.address && platform.address) missing.push({ field: 'court', message: l.missing.court });
  if (missing.length > 0 || !jurisdiction) return { ok: false, missing };

  const { sex, birth } = fromIdNumber(complainant.idNumber!);
  const claims = claimLines(context);
  const events = contacts(context);
  // Demands made to the defendant itself; 黑猫 or 12315 complaints are not.
  const demands = events.filter((e) => e.direction === 'outgoing' && PLATFORM_CHANNELS.includes(e.channel));
  // The platform's answers, and the complaints through third parties (黑猫, 12315, regulators) that sought a settlement.
  const replies = events.filter((e) => e.direction === 'incoming' || (e.direction === 'outgoing' && !PLATFORM_CHANNELS.includes(e.channel)));
  const daysSince = dayNumber(today) - dayNumber(chinaDate(order.purchasedAt));
  const payment = [order.paymentMethod, order.paymentRef ? `交易流水号${order.paymentRef}` : ''].filter(Boolean).join('，');
  const facts = [
    c.elements.formation(chineseDateTime(order.purchasedAt), platform.url ? `${platform.name}（${platform.url}）` : platform.name, order.product!, order.number),
    c.elements.parties(platform.company!, complainant.name),
    c.elements.subject(order.product!),
    c.elements.price(rmb(order.amountPaidFen), payment),
    c.elements.delivery(c.problem[record.problem.type]),
    c.elements.breach(daysSince, record.problem.description ? l.details(record.problem.description) : ''),
    ...(demands.length > 0 ? [c.elements.demands(demands.length), ...demands.map(contactSentence).map(asPlaintiff)] : [c.elements.noDemands]),
    ...(replies.length > 0 ? [c.elements.negotiation, ...replies.map(contactSentence).map(asPlaintiff)] : [c.elements.noNegotiation]),
    c.elements.basis,
    ...citationParagraphs(citationsFor(record, 'court')).map(asPlaintiff),
  ];
  return {
    ok: true,
    document: {
      kind: 'court-complaint',
      title: c.title,
      sections: filledSections([
        {
          id: 'parties',
          heading: c.headings.parties,
          blocks: paragraphs([
            c.plaintiff(complainant.name, sex, birth, complainant.address!, complainant.idNumber!, complainant.phone!),
            c.defendant(platform.company!, platform.address!, platform.creditCode!),
          ]),
        },
        { id: 'claims', heading: c.headings.claims, blocks: paragraphs([...claims.lines, c.claimTotal(rmb(claims.totalFen))]) },
        {
          id: 'jurisdiction',
          heading: c.headings.jurisdiction,
          blocks: paragraphs([
            c.noAgreement,
            c.noPreservation,
            jurisdiction.byBuyer ? c.jurisdictionByBuyer(jurisdiction.court) : c.jurisdictionBySeller(jurisdiction.court),
          ]),
        },
        { id: 'facts', heading: c.headings.facts, blocks: paragraphs(facts) },
        {
          id: 'evidence',
          heading: c.headings.evidence,
          blocks: context.evidence.length > 0 ? [...paragraphs([c.evidenceIntro]), { type: 'list', items: evidenceLines(context.evidence) }] : [],
        },
        { id: 'mediation', heading: c.headings.mediation, blocks: paragraphs([c.mediation]) },
        { id: 'attachments', heading: c.attachmentHeading, blocks: paragraphs([c.attachment]) },
      ]),
      addressee: c.addressee(jurisdiction.court),
      signature: { label: c.signer, date: chineseDate(today) },
      draftNote: l.draftNote,
    },
  };
}
