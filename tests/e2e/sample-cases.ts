import type { CaseStatus } from '../../src/shared/domain/case';
import type { CaseIntake } from '../../src/shared/domain/intake';

/** Realistic cases for screenshots and manual trials (fictional companies; valid check characters). */
export const sampleCases: { intake: CaseIntake; status: CaseStatus }[] = [
  {
    status: 'negotiating',
    intake: {
      title: '星耀卡盟 王者荣耀点券卡密无效',
      platform: {
        name: '星耀卡盟',
        company: '杭州星耀网络科技有限公司',
        creditCode: '91330106MA2H3KXC5C',
        address: '浙江省杭州市西湖区文三路 398 号 7 楼',
        legalRepresentative: '周海涛',
        serviceEmail: 'kefu@xingyao-kameng.example.cn',
        managementEmail: 'tousu@xingyao-kameng.example.cn',
      },
      complainant: {
        name: '李明',
        phone: '13812345678',
        account: 'liming_2024',
        idNumber: '11010519491231002X',
        address: '广东省广州市天河区体育西路 103 号',
        ethnicity: '汉族',
        email: 'liming2024@example.com',
      },
      order: {
        number: 'KM20240520143208001',
        purchasedAt: '2024-05-20T14:32:08+08:00',
        product: '王者荣耀 1000 点券卡密',
        amountPaid: '98.00',
        paymentMethod: '支付宝',
      },
      problem: { type: 'invalid-card-key', description: '兑换时提示“卡密已被使用”。' },
      demand: { type: 'refund', amount: '98.00', deadlineDays: 3 },
      litigation: { agreement: 'none', electronicService: 'yes' },
    },
  },
  {
    status: 'escalated',
    intake: {
      title: '云顶游戏充值 原神创世结晶未到账',
      platform: { name: '云顶游戏充值', company: '广州云顶互动娱乐有限公司', creditCode: '91440106MA9UQ2XR3B' },
      complainant: { name: '李明', phone: '13812345678' },
      order: {
        number: 'YD2024061809153377',
        purchasedAt: '2024-06-18T09:15:33+08:00',
        product: '原神 6480 创世结晶代充',
        amountPaid: '648.00',
        paymentMethod: '微信支付',
      },
      problem: { type: 'not-delivered', description: '付款后超过 48 小时仍未到账，客服承诺 3 个工作日内处理。' },
      demand: { type: 'refund', amount: '648.00', deadlineDays: 5 },
    },
  },
  {
    status: 'third-party',
    intake: {
      title: '速发卡网 Steam 钱包充值码面额不符',
      platform: { name: '速发卡网', company: '上海速发信息技术有限公司', creditCode: '91310104MA1FR8KD62' },
      complainant: { name: '李明' },
      order: {
        number: 'SF202407021122',
        purchasedAt: '2024-07-02T21:40:00+08:00',
        product: 'Steam 钱包充值码 500 元',
        amountPaid: '485.00',
      },
      problem: { type: 'wrong-delivery', description: '收到的充值码面额为 50 元。' },
      demand: { type: 'redeliver' },
    },
  },
  {
    status: 'preparing',
    intake: {
      title: '渝乐卡盟 自动续费违规扣费',
      platform: { name: '渝乐卡盟', company: '重庆渝乐网络科技有限公司', creditCode: '91500103MA60LPW24C' },
      complainant: { name: '李明' },
      order: {
        number: 'YL-88120934',
        purchasedAt: '2024-08-11T00:02:15+08:00',
        product: '会员月卡（自动续费）',
        amountPaid: '30.00',
      },
      problem: { type: 'unauthorized-charge', description: '未经同意开通自动续费并扣款三次。' },
      demand: { type: 'refund', amount: '90.00' },
    },
  },
  {
    status: 'resolved',
    intake: {
      title: '京华游戏商城 账号被封无法使用已购道具',
      platform: { name: '京华游戏商城', company: '北京京华数娱科技有限公司', creditCode: '91110105MA01TQ8H93' },
      complainant: { name: '李明' },
      order: {
        number: 'JH240915000123',
        purchasedAt: '2024-09-15T19:20:45+08:00',
        product: '和平精英 6480 点券',
        amountPaid: '588.00',
      },
      problem: { type: 'account-abnormal' },
      demand: { type: 'compensation', amount: '588.00' },
    },
  },
];

/** Evidence of the first sample case: what the files hold and how they are labelled. */
export const sampleEvidence: { file: string; picture?: string[]; text?: string; labels: Record<string, unknown> }[] = [
  {
    file: '订单支付截图.png',
    picture: ['订单详情', '订单号 KM20240520143208001', '王者荣耀 1000 点券卡密', '实付 ¥98.00', '2024-05-20 14:32:08', '账号 liming_2024'],
    labels: {
      category: 'transaction',
      title: '订单支付截图',
      source: '平台订单页截图',
      purpose: '证明原告于2024年5月20日下单并支付98元',
      elements: ['time', 'parties'],
      screenshot: { orderNumberVisible: true, timestampVisible: true, userIdVisible: true },
    },
  },
  {
    file: '兑换失败提示.png',
    picture: ['兑换失败', '该卡密已被使用', '请联系售卡商家', '2024-05-20 14:40:12'],
    labels: {
      category: 'anomaly',
      title: '卡密兑换失败截图',
      source: '游戏内兑换页面截图',
      purpose: '证明所交付卡密无法使用',
      elements: ['event', 'result'],
      screenshot: { orderNumberVisible: false, timestampVisible: true, userIdVisible: false },
    },
  },
  {
    file: '客服聊天记录.txt',
    text: '2024-05-21 10:05 客服KF8848：您好，已为您登记工单GD20240521007，3个工作日内处理，请耐心等待。\n',
    labels: { category: 'communication', title: '客服聊天记录', source: '客服聊天记录', purpose: '证明客服承诺3个工作日内处理', elements: ['event'] },
  },
];
