import type { LegalBasis } from '../claims/legal-basis';
import type { DemandType, ProblemType } from '../domain/case';
import type { LetterKind } from '../domain/letters';

/** Document names as people know them. */
export const letterKindLabels: Record<LetterKind, string> = {
  'cs-email': '客服投诉邮件',
  'management-escalation': '管理层投诉信',
  blackcat: '黑猫投诉',
  'blackcat-followup': '黑猫二次投诉',
  '12315': '全国12315投诉',
  'court-complaint': '民事起诉状',
  'evidence-list': '证据目录',
};

/**
 * Shown beside every generated document (in the app next to it, on the CLI's stderr), never inside
 * it: the document itself goes to the platform, the regulator or the court.
 */
export const letterDisclaimer = '本文书由“维权卷宗”根据你录入的案件资料生成，是供你修改的草稿：发出或提交前请逐项核对事实、金额、日期和法律依据，必要时咨询律师。它不构成法律意见，文书本身不含这段提示。';

/** How the platform's mailboxes are named in an e-mail's To line. */
export const emailPartyNames = {
  service: (platform: string) => `${platform}客服`,
  management: (platform: string) => `${platform}投诉与管理层`,
} as const;

/** The 事由 of a complaint subject line (`投诉+订单号+事由`). */
export const complaintCause: Record<ProblemType, string> = {
  'not-delivered': '充值未到账',
  'wrong-delivery': '商品发错',
  'invalid-card-key': '游戏卡密无效',
  'slow-response': '客服处理滞后',
  'false-advertising': '虚假宣传',
  'unauthorized-charge': '违规扣费',
  'account-abnormal': '账号异常',
  other: '交易纠纷',
};

/** What went wrong, as one sentence; `self` is 本人 or 原告, `p` the platform or 被告. */
export const problemSentence: Record<ProblemType, (self: string, p: string) => string> = {
  'not-delivered': (self, p) => `${self}付款后，${p}至今没有交付所购商品（充值未到账）。`,
  'wrong-delivery': (self, p) => `${p}交付的商品与${self}购买的商品不一致。`,
  'invalid-card-key': (_self, p) => `${p}交付的卡密无法正常使用，不符合约定。`,
  'slow-response': (self, p) => `${self}就交易问题联系${p}后，${p}迟迟没有处理。`,
  'false-advertising': (_self, p) => `${p}对商品的宣传与实际情况不符。`,
  'unauthorized-charge': (self, p) => `${p}在未经${self}同意的情况下扣取了费用。`,
  'account-abnormal': (self) => `${self}的账号出现异常，无法正常使用已购买的商品或服务。`,
  other: () => '本次交易出现了问题。',
};

/** Each article in our words: the law's name and article, then what it says. */
export const lawParagraphs: Record<LegalBasis, string> = {
  ecommerce38:
    '根据《中华人民共和国电子商务法》第三十八条第一款，电子商务平台经营者知道或者应当知道平台内经营者销售的商品或者提供的服务不符合保障人身、财产安全的要求，或者有其他侵害消费者合法权益行为，未采取必要措施的，依法与该平台内经营者承担连带责任。',
  ecommerce51:
    '根据《中华人民共和国电子商务法》第五十一条，合同标的为采用在线传输方式交付的，合同标的进入对方当事人指定的特定系统并且能够检索识别的时间为交付时间。',
  ecommerce59:
    '根据《中华人民共和国电子商务法》第五十九条，电子商务经营者应当建立便捷、有效的投诉、举报机制，公开投诉、举报方式等信息，及时受理并处理投诉、举报。',
  civil563: '根据《中华人民共和国民法典》第五百六十三条第一款，当事人一方迟延履行债务或者有其他违约行为致使不能实现合同目的的，对方可以解除合同。',
  civil566:
    '根据《中华人民共和国民法典》第五百六十六条第一款，合同解除后，已经履行的，根据履行情况和合同性质，当事人可以请求恢复原状或者采取其他补救措施，并有权请求赔偿损失。',
  civil577:
    '根据《中华人民共和国民法典》第五百七十七条，当事人一方不履行合同义务或者履行合同义务不符合约定的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任。',
  civil584: '根据《中华人民共和国民法典》第五百八十四条，因违约造成对方损失的，损失赔偿额应当相当于因违约所造成的损失。',
  consumer24:
    '根据《中华人民共和国消费者权益保护法》第二十四条第一款，经营者提供的商品或者服务不符合质量要求的，消费者可以依照国家规定、当事人约定退货，或者要求经营者履行更换、修理等义务。',
  consumer44Identity:
    '根据《中华人民共和国消费者权益保护法》第四十四条第一款，消费者通过网络交易平台购买商品，其合法权益受到损害的，可以向销售者要求赔偿；网络交易平台提供者不能提供销售者的真实名称、地址和有效联系方式的，消费者也可以向网络交易平台提供者要求赔偿。',
  consumer44Promise: '根据《中华人民共和国消费者权益保护法》第四十四条第一款，网络交易平台提供者作出更有利于消费者的承诺的，应当履行承诺。',
  consumer55:
    '根据《中华人民共和国消费者权益保护法》第五十五条第一款，经营者提供商品或者服务有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失，增加赔偿的金额为消费者购买商品的价款或者接受服务的费用的三倍；增加赔偿的金额不足五百元的，为五百元。',
};

/** The demands of the claim model as a complaint states them; `basis` is the articles, cited. */
export const demandText = {
  refund: (self: string, amount: string) => `退还${self}已支付的货款${amount}`,
  partialRefund: (amount: string) => `退还货款${amount}`,
  redelivery: '重新交付可以正常使用的商品（卡密或充值）',
  statutory: (amount: string, minimum: boolean) =>
    minimum ? `依法支付赔偿金${amount}（价款的三倍不足五百元，按五百元计）` : `依法支付价款三倍的赔偿金${amount}`,
  promised: (p: string, promise: string, multiplier: number, amount: string) => `按${p}“${promise}”的承诺赔偿${amount}（价款的${multiplier}倍）`,
  loss: (text: string, amount: string) => `赔偿${text}损失${amount}`,
  otherLoss: (amount: string) => `赔偿其他损失${amount}`,
  basis: (citations: string) => `（依据${citations}）`,
  total: (amount: string) => `以上合计${amount}。`,
  none: '妥善处理上述问题',
  /** The 投诉要求 choice of the 黑猫 form, by what the claim model demands. */
  formChoice: { refund: '退款', redeliver: '补发', compensation: '赔偿', other: '其他' } satisfies Record<DemandType, string>,
} as const;

export const letterText = {
  deadline: (days: number, date: string, approximate: boolean) =>
    `请于${days}个工作日内（即${date}前${approximate ? '，该年度节假日安排尚未公布，以国务院公布的安排为准' : ''}）处理并答复。`,
  purchase: (self: string, at: string, platform: string, product: string, number: string, amount: string) =>
    `${at}，${self}通过${platform}购买“${product}”，订单号为${number}，实付金额${amount}。`,
  soldBy: (shop: string, operator?: string) => `该商品由平台内店铺“${shop}”${operator ? `（经营者：${operator}）` : ''}销售。`,
  payment: (method?: string, ref?: string) =>
    [method ? `支付方式为${method}` : '', ref ? `交易流水号为${ref}` : ''].filter(Boolean).join('，'),
  /** A payment serial on a public website shows its last four digits only. */
  paymentMasked: (method: string | undefined, last4: string) => [method ? `支付方式为${method}` : '', `交易流水号尾号为${last4}`].filter(Boolean).join('，'),
  details: (description: string) => `具体情况：${description}`,
  exhibit: (n: number, title: string, purpose?: string) => `证据${n}：${title}${purpose ? `，${purpose}` : ''}`,
  attachment: (n: number, title: string, file: string) => `证据${n}：${title}（${file}）`,
  missing: {
    phone: '缺少投诉人手机号码（应与平台注册手机号一致）',
    demandType: '缺少诉求类型（退款、重新发货或赔偿）',
    demandAmount: '缺少诉求金额',
    deadlineDays: '缺少处理期限（工作日）',
    product: '缺少商品名称',
    firstComplaint: '时间线中还没有向平台客服投诉的记录（需要首次投诉的日期）',
    firstComplaintTicket: '首次投诉没有记录工单号或投诉编号',
    blackcatComplaint: '时间线中还没有黑猫投诉的记录',
    blackcatTicket: '黑猫投诉记录缺少投诉编号',
    company: '缺少被投诉方运营公司全称',
    creditCode: '缺少被投诉方统一社会信用代码',
    platformAddress: '缺少被投诉方（公司）地址',
    complainantAddress: '缺少投诉人联系地址',
    idNumber: '缺少原告身份证号码',
    ethnicity: '缺少原告民族（例如 汉族）',
    legalRepresentative: '缺少被告法定代表人（可在国家企业信用信息公示系统查询该公司）',
    agreement: '请回答用户协议中有无仲裁或管辖法院的约定（起诉状必须写明，不能默认为无）',
    electronicService: '请选择是否同意电子送达（送达地址确认书需要）',
    court: '无法确定受诉法院：请在案件中填写受诉法院，或补充原告、被告的地址（写到区县）',
    noEvidence: '证据库中还没有证据',
    evidencePurpose: (n: number) => `证据${n}缺少证明目的`,
    evidenceSource: (n: number) => `证据${n}缺少证据来源`,
  },
  /** Warnings a document is still generated with. */
  warning: {
    noCreditCode: '没有填写被投诉方的统一社会信用代码：全国12315不要求必填（暂行办法第九条），但填写后更容易准确找到被投诉方，可在国家企业信用信息公示系统查询。',
    addressIncomplete: '被投诉方地址没有写到街道和门牌号：处理部门按住所地确定，请尽量补充完整地址。',
    arbitration: '你回答了用户协议中有仲裁条款：存在有效仲裁协议时，法院一般不受理起诉；请先核实该条款是否有效（例如是否为未提示的格式条款），必要时咨询律师。',
  },
} as const;

/** What the case already went through, and the steps still ahead, as documents state them. */
export const stageText = {
  emailed: (self: string, date: string, ticket: string) => `${self}已于${date}向贵平台客服邮箱发送投诉邮件${ticket}`,
  contactedBefore: (self: string, date: string, how: string, ticket: string) => `${self}已于${date}${how}就本订单的问题向贵平台反映${ticket}，至今未获解决，现以邮件正式投诉，事实、诉求及证据如下，请予受理。`,
  ticket: (number?: string) => (number ? `（工单号/投诉编号：${number}）` : ''),
  missedPromise: (who: string, due: string, overdue: number) => `，${who}承诺于${due}前处理，该期限已过${overdue}个工作日，问题仍未解决`,
  missedDemand: (due: string, overdue: number) => `，要求于${due}前处理，该期限已过${overdue}个工作日，问题仍未解决`,
  stillOpen: '，问题至今仍未解决',
  reminderClose: '。现再次催告，请贵平台在下述期限内处理。',
  /** How each earlier step is told as done. */
  done: {
    management: (self: string, date: string) => `${self}已于${date}致信贵平台管理层，请求介入处理，至今未获解决。`,
    blackcat: (self: string, date: string, number?: string) => `${self}已于${date}在黑猫投诉平台投诉${number ? `（投诉编号${number}）` : ''}。`,
    regulator: (self: string, date: string, number?: string) => `${self}已于${date}向市场监督管理部门（全国12315平台）投诉${number ? `（投诉编号${number}）` : ''}。`,
    court: (self: string, date: string) => `${self}已于${date}向人民法院提起诉讼。`,
  },
  /** Steps still ahead, announced only when not yet taken. */
  next: {
    blackcat: '在黑猫投诉平台投诉',
    regulator: '向市场监督管理部门（全国12315平台）投诉',
  },
  nextSteps: (self: string, steps: string) => `如贵平台在上述期限内仍未处理，${self}将${steps}，并保留向人民法院提起诉讼的权利。`,
  nextCourtOnly: (self: string) => `如贵平台在上述期限内仍未处理，${self}将依法向人民法院提起诉讼。`,
} as const;

/** Headings and fixed sentences of each kind of document, in our own words. */
export const letterSections = {
  /** Numbered 一、二、… in the order they appear (a section with nothing in it is left out). */
  complainant: '投诉人',
  respondent: '被投诉方',
  facts: '事实经过',
  demand: '诉求',
  basis: '依据',
  next: '后续安排',
  evidence: '附：证据清单',
  complainantLines: (name: string, phone?: string, account?: string, email?: string) =>
    [`姓名：${name}`, phone ? `注册手机号：${phone}` : '', account ? `平台账号：${account}` : '', email ? `电子邮箱：${email}` : ''].filter(Boolean),
  respondentLines: (platform: string, company?: string, creditCode?: string) =>
    [`平台名称：${platform}`, company ? `运营公司：${company}` : '', creditCode ? `统一社会信用代码：${creditCode}` : ''].filter(Boolean),
  sellerLines: (shop: string, operator?: string, contact?: string) =>
    [`销售店铺：${shop}`, operator ? `店铺经营者：${operator}` : '', contact ? `店铺联系方式：${contact}` : ''].filter(Boolean),
  emailOpening: (platform: string) => `${platform}客服：`,
  emailOpeningWithShop: (platform: string, shop: string) => `${platform}客服（并请转店铺“${shop}”）：`,
  emailIntro: '本人就以下订单向贵平台正式投诉，事实、诉求及证据如下，请予受理。',
  reminderTitle: (order: string) => `关于订单${order}的催告函`,
  reminderSubject: (order: string, cause: string) => `催告+${order}+${cause}`,
  complaintTitle: (order: string) => `关于订单${order}的投诉`,
  complaintSubject: (order: string, cause: string) => `投诉+${order}+${cause}`,
  emailClosing: '证据材料已整理为附件（证据包 PDF），请查收。期待贵平台在上述期限内给予书面答复。',
  emailSignature: '投诉人',
  managementOpening: (platform: string, company?: string) => `${company ? `${company}（${platform}）` : platform}管理层负责人：`,
  managementIntro: (firstDate: string, channel: string, ticket: string, days: number) =>
    `本人于${firstDate}通过${channel}就下述订单向贵平台投诉（工单号/投诉编号：${ticket}），至今已过去${days}个工作日，问题仍未解决，特致函贵平台管理层，请求介入处理。`,
  managementPromise: (who: string, days: number, due: string, overdue: number, answeredOn?: string) => {
    const promise = `${who}曾承诺在${days}个工作日内处理，期限${overdue > 0 ? '已于' : '至'}${due}${overdue > 0 ? '届满' : ''}`;
    if (overdue === 0) return `${promise}。`;
    return answeredOn ? `${promise}；客服直到${answeredOn}才答复，比承诺晚了${overdue}个工作日，且问题仍未解决。` : `${promise}，目前已超期${overdue}个工作日。`;
  },
  managementNoAnswer: '截至目前，本人没有收到客服的实质答复。',
  managementLatestOffer: (offer: string) => `客服最近${offer}，与本人的诉求不符，本人不予接受。`,
  managementHeadings: { history: '投诉经过', answers: '客服答复', done: '已采取的其他措施', demand: '诉求与期限', next: '后续安排' },
} as const;

/** Field labels of the web forms, as the forms name them. */
export const formFieldLabels = {
  blackcat: { target: '投诉对象', problem: '投诉问题', demand: '投诉要求', amount: '涉诉金额', title: '标题', description: '描述', attachments: '附件' },
  '12315': {
    respondent: '被投诉方名称',
    creditCode: '统一社会信用代码',
    respondentAddress: '被投诉方地址',
    authority: '建议处理部门',
    name: '投诉人姓名',
    phone: '联系电话',
    address: '联系地址',
    product: '商品或服务名称',
    purchasedAt: '购买时间',
    orderNumber: '订单号',
    amount: '涉及金额',
    facts: '事发经过',
    demand: '投诉诉求',
    evidence: '证据材料',
  },
} as const;

export const formText = {
  blackcatTitle: (platform: string, cause: string, overdue?: number) => `${platform}${cause}${overdue ? `，超期${overdue}个工作日未处理` : '，客服未解决'}`,
  blackcatTarget: (platform: string, company?: string) => (company ? `${platform}（${company}）` : platform),
  blackcatTargetShop: (shop: string, platform: string, company?: string) => `${platform}${company ? `（${company}）` : ''}平台内店铺“${shop}”`,
  followupTitle: (ticket: string) => `补充投诉：编号${ticket}的投诉至今未解决`,
  followupIntro: (date: string, ticket: string) => `本人于${date}在本平台就下述问题投诉（投诉编号：${ticket}），至今未获解决，现补充投诉。`,
  followupSince: '首次投诉后的进展：',
  followupNothing: '首次投诉后，商家没有任何答复或处理。',
  followupDemand: (demand: string) => `再次请求：${demand}。`,
  demandLine: (demand: string) => `请求：${demand}。`,
  attachmentsNone: '（暂无证据，请在证据库中补充后上传）',
  respondent12315: (company: string, platform: string) => `${company}（平台名称：${platform}）`,
  respondentShop12315: (operator: string, shop: string, platform: string) => `${operator}（平台“${platform}”内店铺“${shop}”的经营者）`,
  authority: (office: string, basis: string) => `${office}（${basis}）`,
  authorityPlatform: '《市场监督管理投诉举报处理暂行办法》第十二条：对平台经营者的投诉，由其住所地县级市场监督管理部门处理',
  authorityShop: '《市场监督管理投诉举报处理暂行办法》第十二条：对平台内经营者的投诉，由其实际经营地或者平台经营者住所地县级市场监督管理部门处理',
  authorityUnknown: '（请根据被投诉方住所地填写县级市场监督管理部门，暂行办法第十二条）',
} as const;

/** The 民事起诉状 (element style, after the 买卖合同纠纷 template), in our own words. */
export const courtText = {
  title: '民事起诉状',
  headings: {
    parties: '当事人信息',
    claims: '诉讼请求',
    jurisdiction: '约定管辖和诉讼保全',
    facts: '事实和理由',
    evidence: '证据清单',
    mediation: '调解意愿',
  },
  plaintiff: (name: string, sex: string, birth: string, ethnicity: string, address: string, id: string, phone: string) =>
    `原告：${name}，${sex}，${birth}出生，${ethnicity}，住${address}，公民身份号码：${id}，联系电话：${phone}。`,
  defendant: (label: string, company: string, address: string, creditCode: string | undefined, representative: string | undefined, contact: string | undefined) =>
    `${label}：${company}，住所地：${address}${creditCode ? `，统一社会信用代码：${creditCode}` : ''}${representative ? `，法定代表人：${representative}` : ''}${contact ? `，${contact}` : ''}。`,
  phone: (phone: string) => `联系电话：${phone}`,
  contact: (contact: string) => `联系方式：${contact}`,
  male: '男',
  female: '女',
  /** `d` is the defendant the claim is against: 被告, or 被告一 (the shop's operator) when the platform is sued too. */
  claimRescind: (d: string, order: string) => `判令解除原告与${d}之间的网络购物合同（订单号${order}）`,
  claimRefund: (d: string, amount: string) => `判令${d}向原告退还货款${amount}`,
  claimRedeliver: (d: string, product: string) => `判令${d}向原告交付可以正常使用的“${product}”`,
  claimStatutory: (d: string, amount: string, minimum: boolean) =>
    minimum ? `判令${d}向原告支付赔偿金${amount}（价款的三倍不足五百元，按五百元计）` : `判令${d}向原告支付价款三倍的赔偿金${amount}`,
  claimPromised: (d: string, promise: string, amount: string) => `判令${d}按“${promise}”的承诺向原告赔偿${amount}`,
  claimLoss: (d: string, text: string, amount: string) => `判令${d}赔偿原告${text}损失${amount}`,
  claimOtherLoss: (d: string, amount: string) => `判令${d}赔偿原告其他损失${amount}`,
  claimJoint: '判令被告二对被告一的上述债务承担连带责任',
  claimCosts: (two: boolean) => (two ? '判令本案诉讼费用由两被告承担' : '判令本案诉讼费用由被告承担'),
  claimTotal: (amount: string) => `以上金额合计：${amount}。`,
  agreement: {
    none: '1. 有无仲裁、法院管辖约定：无。',
    arbitration: '1. 有无仲裁、法院管辖约定：有，被告的用户协议中有仲裁条款（原告对该条款的意见另行说明）。',
    court: (court: string) => `1. 有无仲裁、法院管辖约定：有，约定由${court}管辖。`,
  },
  noPreservation: '2. 是否已经申请诉前保全：否。',
  /** 民诉解释 第20条: for goods delivered online, the buyer's domicile is the place of performance. */
  reasonBuyer: '本案为网络购物合同纠纷，标的物通过信息网络交付，依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二十条，原告住所地为合同履行地；依照《中华人民共和国民事诉讼法》第二十四条',
  reasonSeller: '依照《中华人民共和国民事诉讼法》第二十四条，因合同纠纷提起的诉讼，由被告住所地或者合同履行地人民法院管辖；被告住所地',
  reasonInternet: '及《最高人民法院关于互联网法院审理案件若干问题的规定》第二条第（一）项',
  jurisdiction: (reason: string, court: string) => `${reason}，本案由${court}管辖。`,
  chosenCourt: (court: string) => `原告选择向${court}起诉。`,
  jurisdictionLine: (reason: string) => `3. 管辖法院：${reason}`,
  elements: {
    formation: (at: string, platform: string, product: string, number: string) =>
      `1. 合同的签订情况：原告于${at}在被告经营的${platform}下单购买“${product}”，订单号为${number}，双方之间成立网络购物合同关系。`,
    formationShop: (at: string, platform: string, shop: string, product: string, number: string) =>
      `1. 合同的签订情况：原告于${at}在${platform}平台内店铺“${shop}”下单购买“${product}”，订单号为${number}，原告与被告一之间成立网络购物合同关系。`,
    parties: (seller: string, buyer: string) => `2. 合同主体：出卖人为被告${seller}，买受人为原告${buyer}。`,
    partiesShop: (seller: string, platform: string, buyer: string) =>
      `2. 合同主体：出卖人为被告一${seller}，买受人为原告${buyer}；被告二${platform}为交易所在网络交易平台的经营者。`,
    subject: (product: string) => `3. 买卖标的物：${product}。`,
    price: (amount: string, payment: string) => `4. 价款及支付情况：合同价款为${amount}，原告已全额支付${payment ? `（${payment}）` : ''}。`,
    delivery: (problem: string) => `5. 交付情况：${problem}`,
    breach: (d: string, days: number, details: string) => `6. 违约情况：${d}的上述行为构成违约，自原告下单至今已${days}天仍未解决。${details}`,
    demands: (d: string, times: number) => (times > 1 ? `7. 催告情况：原告曾${times}次向${d}主张权利：` : `7. 催告情况：原告曾向${d}主张权利：`),
    noDemands: (d: string) => `7. 催告情况：起诉前，原告未另行向${d}书面催告。`,
    negotiation: '8. 协商情况：',
    noNegotiation: (d: string) => `8. 协商情况：${d}至今未提出解决方案。`,
    basis: '9. 请求权基础：',
  },
  evidenceIntro: '原告提交的证据详见所附《证据目录》，主要包括：',
  mediation: '原告愿意在人民法院主持下进行调解。',
  addressee: (court: string) => `此致\n${court}`,
  signer: '具状人（签名）',
  attachmentHeading: '附件',
  attachment: (copies: number) => `本起诉状副本${copies === 1 ? '一' : copies === 2 ? '两' : copies}份；证据目录及证据材料一套；送达地址确认书一份。`,
  /** 送达地址确认书, a page of its own: courts ask for it with the complaint. */
  service: {
    title: '送达地址确认书',
    heading: '受送达人信息',
    intro: '本人确认以下送达地址及送达方式，人民法院按此送达的诉讼文书视为已经送达；地址或联系方式变更时，本人将及时书面告知人民法院。',
    recipient: (name: string) => `受送达人：原告${name}`,
    address: (address: string) => `送达地址：${address}`,
    phone: (phone: string) => `联系电话：${phone}`,
    email: (email: string) => `电子邮箱：${email}`,
    consent: (yes: boolean, channels: string) =>
      yes ? `是否同意电子送达：同意。电子送达方式：${channels}。` : '是否同意电子送达：不同意，请按上述送达地址邮寄送达。',
    signer: '受送达人（签名）',
  },
} as const;

/** The 证据目录: columns as courts expect them, rows in the order the person arranged the exhibits. */
export const evidenceListText = {
  title: '证据目录',
  columns: ['序号', '证据名称', '证据类型', '证据来源', '证明目的', '原件/载体', '页码'],
  groupHeading: (n: number, heading: string) => `${'一二三四五六七八九十'[n - 1] ?? n}、${heading}`,
  groups: {
    transaction: '合同成立及付款的事实',
    communication: '催告及协商的经过',
    anomaly: '对方违约（问题发生）的事实',
    identity: '当事人身份及账户情况',
    other: '其他事实',
  },
  types: { document: '书证', electronic: '电子数据', audiovisual: '视听资料' },
  carriers: {
    document: '复印件（原件当庭核对）',
    electronic: '打印件（原始电子数据可当庭核验）',
    audiovisual: '原始音视频文件',
  },
  submitter: '举证人',
  submitterName: (name: string) => `原告${name}（签名）`,
  pages: (from: number, to: number) => (from === to ? `${from}` : `${from}-${to}`),
  caseLine: (plaintiff: string, defendant: string) => `${plaintiff}与${defendant}网络购物合同纠纷`,
} as const;

/** Saving, reading and sending letters (the `letters/` folder of a case). */
export const letterStoreMessages = {
  letterNotFound: (id: string) => `找不到编号为 ${id} 的文书`,
  versionNotFound: (title: string, version: number) => `《${title}》没有第${version}版`,
  kindMismatch: '编辑后的文书与生成时的文书类型不一致，无法保存',
  letterKindMismatch: (title: string) => `这份文书不是《${title}》的新版本：文书类型不一致`,
  fileInvalidJson: 'letters.json 不是有效的 JSON 文件',
  fileFutureVersion: (found: number, supported: number) => `letters.json 的格式版本为 ${found}，本程序只支持到 ${supported}，请升级“维权卷宗”`,
  fileInvalidField: (path: string, message: string) => `letters.json 的内容无效（${path || '整体'}：${message}）`,
  sourceInvalid: (path: string) => `文书源文件 ${path} 已损坏，无法读取`,
  sentSummary: (label: string, version: number) => `发送《${label}》（第${version}版）`,
  bundleFileName: (orderNumber: string) => `证据材料-${orderNumber}.pdf`,
} as const;
