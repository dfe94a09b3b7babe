import type { DemandType, ProblemType } from '../domain/case';
import type { LetterKind } from '../domain/letters';
import type { TimelineChannel } from '../domain/timeline';

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

/** What went wrong, as one sentence of a letter's facts. */
export const problemSentence: Record<ProblemType, string> = {
  'not-delivered': '本人付款后，所购商品（充值）至今没有到账。',
  'wrong-delivery': '平台交付的商品与本人购买的商品不一致。',
  'invalid-card-key': '平台交付的卡密无法正常使用。',
  'slow-response': '本人就交易问题联系客服后，平台迟迟没有处理。',
  'false-advertising': '平台对商品的宣传与实际情况不符。',
  'unauthorized-charge': '平台在未经本人同意的情况下扣取了费用。',
  'account-abnormal': '本人的账号出现异常，无法正常使用已购买的商品或服务。',
  other: '本次交易出现了问题。',
};

export const letterText = {
  draftNote: '本文书由“维权卷宗”根据您录入的案件资料自动生成，仅为草稿。请逐项核对事实、金额、日期和法律依据，必要时咨询律师；本文书不构成法律意见。',
  law: {
    ecommerce59:
      '根据《中华人民共和国电子商务法》第五十九条，电子商务经营者应当建立便捷、有效的投诉、举报机制，公开投诉、举报方式等信息，及时受理并处理投诉、举报。',
    ecommerce51:
      '根据《中华人民共和国电子商务法》第五十一条，合同标的为采用在线传输方式交付的，以合同标的进入对方当事人指定的特定系统并且能够检索识别的时间为交付时间；本人至今未收到可以使用的商品，平台尚未完成交付。',
    civil577:
      '根据《中华人民共和国民法典》第五百七十七条，当事人一方不履行合同义务或者履行合同义务不符合约定的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任。',
    civil584:
      '根据《中华人民共和国民法典》第五百八十四条，因违约造成对方损失的，损失赔偿额应当相当于因违约所造成的损失。',
    consumer44: '根据《中华人民共和国消费者权益保护法》第四十四条第一款，网络交易平台提供者作出更有利于消费者的承诺的，应当履行承诺。',
    consumer55:
      '根据《中华人民共和国消费者权益保护法》第五十五条第一款，经营者提供商品或者服务有欺诈行为的，应当按照消费者的要求增加赔偿其受到的损失，增加赔偿的金额为消费者购买商品的价款或者接受服务的费用的三倍；增加赔偿的金额不足五百元的，为五百元。',
  },
  demand: {
    refund: (amount: string) => `退还本人已支付的货款${amount}`,
    redeliver: '重新交付可以正常使用的商品（卡密或充值）',
    compensation: (amount: string) => `赔偿本人损失${amount}`,
    other: '妥善处理上述问题',
  } satisfies Record<DemandType, unknown>,
  deadline: (days: number, date: string, approximate: boolean) =>
    `请于${days}个工作日内（即${date}前${approximate ? '，该年度节假日安排尚未公布，以国务院公布的安排为准' : ''}）处理并答复。`,
  purchase: (at: string, platform: string, product: string, number: string, amount: string) =>
    `${at}，本人通过${platform}购买“${product}”，订单号为${number}，实付金额${amount}。`,
  payment: (method?: string, ref?: string) =>
    [method ? `支付方式为${method}` : '', ref ? `交易流水号为${ref}` : ''].filter(Boolean).join('，'),
  details: (description: string) => `具体情况：${description}`,
  contactOutgoing: (at: string, how: string, summary: string) => `${at}，本人${how}：${summary}`,
  /** How the person reached out on each channel, as the verb phrase of a sentence. */
  outgoingHow: {
    'online-cs': '通过在线客服反映问题',
    email: '通过客服邮箱投诉',
    phone: '致电客服反映问题',
    management: '致信平台管理层',
    blackcat: '在黑猫投诉平台投诉',
    '12315': '在全国12315平台投诉',
    regulator: '向市场监管部门反映',
    court: '向人民法院起诉',
    other: '主张权利',
  } satisfies Record<TimelineChannel, string>,
  contactsSummary: (channels: string) => `此后，本人先后通过${channels}主张权利，至今未获解决。`,
  contactIncoming: (at: string, channel: string, summary: string) => `${at}，${channel}答复：${summary}`,
  agent: (id: string) => `（客服工号${id}）`,
  ticket: (number: string) => `，工单号/投诉编号为${number}`,
  quote: (text: string) => `，原话为“${text}”`,
  offer: (amount: string) => `，提出的处理方案金额为${amount}`,
  promise: (days: number, source?: string) => `，承诺在${days}个工作日内处理${source ? `（依据：${source}）` : ''}`,
  exhibit: (n: number, title: string, purpose?: string) => `证据${n}：${title}${purpose ? `，${purpose}` : ''}`,
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
    court: '无法确定受诉法院：原告和被告的地址都不在北京、广州、杭州；请补充地址，或在文书中填写受诉法院',
    noEvidence: '证据库中还没有证据',
    evidencePurpose: (n: number) => `证据${n}缺少证明目的`,
    evidenceSource: (n: number) => `证据${n}缺少证据来源`,
  },
} as const;

/** Headings and fixed sentences of each kind of document, in our own words. */
export const letterSections = {
  complainant: '一、投诉人',
  respondent: '二、被投诉方',
  facts: '三、事实经过',
  demand: '四、诉求',
  basis: '五、依据',
  evidence: '附：证据清单',
  complainantLines: (name: string, phone?: string, account?: string) =>
    [`姓名：${name}`, phone ? `注册手机号：${phone}` : '', account ? `平台账号：${account}` : ''].filter(Boolean),
  respondentLines: (platform: string, company?: string, creditCode?: string, address?: string) =>
    [
      `平台名称：${platform}`,
      company ? `运营公司：${company}` : '',
      creditCode ? `统一社会信用代码：${creditCode}` : '',
      address ? `地址：${address}` : '',
    ].filter(Boolean),
  emailOpening: (platform: string) => `${platform}客服：`,
  emailIntro: '本人就以下订单向贵平台正式投诉，事实、诉求及证据如下，请予受理。',
  emailClosing: '证据材料已整理为附件（证据包 PDF），请查收。期待贵平台在上述期限内给予书面答复。',
  emailSignature: '投诉人',
  managementOpening: (platform: string) => `${platform}管理层负责人：`,
  managementIntro: (firstDate: string, channel: string, ticket: string, days: number) =>
    `本人于${firstDate}通过${channel}就下述订单向贵平台投诉（工单号/投诉编号：${ticket}），至今已过去${days}个工作日，问题仍未解决，特致函贵平台管理层，请求介入处理。`,
  managementPromise: (days: number, source: string | undefined, due: string, overdue: number, answeredOn?: string) => {
    const promise = `客服曾承诺在${days}个工作日内处理${source ? `（依据：${source}）` : ''}，期限${overdue > 0 ? '已于' : '至'}${due}${overdue > 0 ? '届满' : ''}`;
    if (overdue === 0) return `${promise}。`;
    return answeredOn ? `${promise}；客服直到${answeredOn}才答复，比承诺晚了${overdue}个工作日。` : `${promise}，目前已超期${overdue}个工作日。`;
  },
  managementAnswers: '客服的答复和处理情况',
  managementNoAnswer: '截至目前，本人没有收到客服的实质答复。',
  managementLatestOffer: (amount: string, demand: string) => `客服最近提出的方案金额为${amount}，与本人的诉求（${demand}）不符，本人不予接受。`,
  managementNextSteps:
    '如贵平台在上述期限内仍未处理，本人将向黑猫投诉平台和全国12315平台投诉，并保留向人民法院提起诉讼、主张相应权利的权利。',
  managementHeadings: { history: '一、投诉经过', answers: '二、客服答复', demand: '三、诉求与期限', next: '四、后续安排' },
  signatureDate: '日期',
} as const;

/** Field labels of the web forms, as the forms name them. */
export const formFieldLabels = {
  blackcat: { target: '投诉对象', problem: '投诉问题', demand: '投诉要求', amount: '涉诉金额', title: '标题', description: '描述' },
  '12315': {
    respondent: '被投诉方名称',
    creditCode: '统一社会信用代码',
    respondentAddress: '被投诉方地址',
    name: '投诉人姓名',
    phone: '联系电话',
    address: '联系地址',
    product: '商品或服务名称',
    purchasedAt: '购买时间',
    orderNumber: '订单号',
    amount: '涉及金额',
    facts: '事发经过',
    demand: '投诉诉求',
  },
} as const;

export const formText = {
  blackcatTitle: (platform: string, cause: string, overdue?: number) => `${platform}${cause}${overdue ? `，超期${overdue}个工作日未处理` : '，客服未解决'}`,
  blackcatTarget: (platform: string, company?: string) => (company ? `${platform}（${company}）` : platform),
  followupTitle: (ticket: string) => `补充投诉：编号${ticket}的投诉至今未解决`,
  followupIntro: (date: string, ticket: string) => `本人于${date}在本平台就下述问题投诉（投诉编号：${ticket}），至今未获解决，现补充投诉。`,
  followupSince: '首次投诉后的进展：',
  followupNothing: '首次投诉后，商家没有任何答复或处理。',
  followupDemand: (demand: string) => `再次请求：${demand}。`,
  demandLine: (demand: string) => `请求：${demand}。`,
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
  plaintiff: (name: string, sex: string, birth: string, address: string, id: string, phone: string) =>
    `原告：${name}，${sex}，${birth}出生，住${address}，公民身份号码：${id}，联系电话：${phone}。`,
  defendant: (company: string, address: string, creditCode: string) => `被告：${company}，住所地：${address}，统一社会信用代码：${creditCode}。`,
  male: '男',
  female: '女',
  claimRefund: (amount: string) => `判令被告向原告退还货款${amount}；`,
  claimCompensation: (amount: string) => `判令被告赔偿原告损失${amount}；`,
  claimFraud: (amount: string, minimum: boolean) =>
    minimum
      ? `判令被告向原告增加赔偿${amount}（价款的三倍不足五百元，按五百元计；《中华人民共和国消费者权益保护法》第五十五条第一款）；`
      : `判令被告向原告支付价款三倍的赔偿金${amount}（《中华人民共和国消费者权益保护法》第五十五条第一款）；`,
  claimPromise: (promise: string, amount: string) => `判令被告按其“${promise}”的承诺向原告赔偿${amount}；`,
  claimCosts: '判令本案诉讼费用由被告承担。',
  claimTotal: (amount: string) => `以上金额合计：${amount}。`,
  noAgreement: '1. 有无仲裁、法院管辖约定：无。',
  noPreservation: '2. 是否已经申请诉前保全：否。',
  jurisdictionByBuyer: (court: string) =>
    `本案为网络购物合同纠纷，标的物通过信息网络交付，依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二十条，原告住所地为合同履行地；依照《中华人民共和国民事诉讼法》第二十四条及《最高人民法院关于互联网法院审理案件若干问题的规定》第二条第（一）项，本案由${court}管辖。`,
  jurisdictionBySeller: (court: string) =>
    `被告住所地在${court.replace('互联网法院', '')}；依照《中华人民共和国民事诉讼法》第二十四条及《最高人民法院关于互联网法院审理案件若干问题的规定》第二条第（一）项，本案由${court}管辖。`,
  /** What went wrong, said of the parties (原告, 被告) rather than 本人 and 平台. */
  problem: {
    'not-delivered': '原告付款后，被告至今没有交付所购商品（充值未到账）。',
    'wrong-delivery': '被告交付的商品与原告购买的商品不一致。',
    'invalid-card-key': '被告交付的卡密无法正常使用，不符合约定。',
    'slow-response': '原告就交易问题联系被告后，被告迟迟没有处理。',
    'false-advertising': '被告对商品的宣传与实际情况不符。',
    'unauthorized-charge': '被告在未经原告同意的情况下扣取了费用。',
    'account-abnormal': '原告的账号出现异常，无法正常使用已购买的商品或服务。',
    other: '本次交易出现了问题。',
  } satisfies Record<ProblemType, string>,
  elements: {
    formation: (at: string, platform: string, product: string, number: string) =>
      `1. 合同的签订情况：原告于${at}在被告经营的${platform}下单购买“${product}”，订单号为${number}，双方之间成立网络买卖合同关系。`,
    parties: (seller: string, buyer: string) => `2. 合同主体：出卖人为被告${seller}，买受人为原告${buyer}。`,
    subject: (product: string) => `3. 买卖标的物：${product}。`,
    price: (amount: string, payment: string) => `4. 价款及支付情况：合同价款为${amount}，原告已全额支付${payment ? `（${payment}）` : ''}。`,
    delivery: (problem: string) => `5. 交付情况：${problem}`,
    breach: (days: number, details: string) => `6. 违约情况：被告的上述行为构成违约，自原告下单至今已${days}天仍未解决。${details}`,
    demands: (times: number) => (times > 1 ? `7. 催告情况：原告曾${times}次向被告主张权利：` : '7. 催告情况：原告曾向被告主张权利：'),
    noDemands: '7. 催告情况：起诉前，原告未另行向被告书面催告。',
    negotiation: '8. 协商情况：',
    noNegotiation: '8. 协商情况：被告至今未提出解决方案。',
    basis: '9. 请求权基础：',
  },
  evidenceIntro: '原告提交的证据详见所附《证据目录》，主要包括：',
  mediation: '原告愿意在人民法院主持下进行调解。',
  addressee: (court: string) => `此致\n${court}`,
  signer: '具状人（签名）',
  attachmentHeading: '附件',
  attachment: '本起诉状副本一份；证据目录及证据材料一套。',
} as const;

/** The 证据目录: columns as courts expect them, groups by the fact the evidence proves. */
export const evidenceListText = {
  title: '证据目录',
  columns: ['序号', '证据名称', '证据来源', '证明目的', '页码'],
  groups: {
    transaction: '一、合同成立及付款的事实',
    communication: '二、催告及协商的经过',
    anomaly: '三、对方违约（问题发生）的事实',
    identity: '四、当事人身份及账户情况',
    other: '五、其他事实',
  },
  submitter: '提交人（签名）',
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
