import type { LetterDocument } from '../../src/shared/domain/letter-document';

/** A complaint e-mail as the core would produce it, with the facts section's text given. */
export const emailDocument = (facts = '2024年5月20日，本人购买卡密。'): LetterDocument => ({
  kind: 'cs-email',
  title: '关于订单KM001的投诉',
  subject: '投诉+KM001+游戏卡密无效',
  salutation: '星耀卡盟客服：',
  sections: [
    { id: 'intro', blocks: [{ type: 'paragraph', text: '本人就以下订单向贵平台正式投诉。' }] },
    { id: 'facts', heading: '三、事实经过', blocks: [{ type: 'paragraph', text: facts }] },
    { id: 'demand', heading: '四、诉求', blocks: [{ type: 'list', items: ['退还货款98.00元。', '请于3个工作日内（即2026年12月1日前）处理并答复。'] }] },
  ],
  signature: { label: '投诉人', name: '李明', date: '2026年11月26日' },
});

/** The 黑猫 form with a 标题 limited to `limit` characters. */
export const blackcatDocument = (title: string, limit: number): LetterDocument => ({
  kind: 'blackcat',
  title: '黑猫投诉',
  subject: title,
  sections: [],
  fields: [
    { id: 'target', label: '投诉对象', value: '星耀卡盟' },
    { id: 'title', label: '标题', value: title, limit },
  ],
});
