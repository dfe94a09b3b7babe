import { extractFacts } from '../src/core/ocr/extract-facts';
const texts = ['14:32','订单详情','订单编号: 20240520001','下单时间: 2024-05-20 14:32:08','商品名称:王者荣耀点券1000点','实付金额: Y98.00','订单状态:未完成','卡密: ABCD-EFGH-1234-5678','如有问题请联系客服，我们将在3-7个工作日内处理','05-21 10:02','客服KF-1024: 已为您登记，24小时内回复','-98.00','交易单号 4200001234567890','充值失败，错误码E1032','运营方：杭州星耀网络科技有限公司'];
const lines = texts.map((text, i) => ({ text, confidence: 90, box: { x: 10, y: i * 80, width: 300, height: 30 } }));
for (const f of extractFacts(lines, 2340)) console.log(f.kind, f.value, f.role ?? '', f.timeOnly ? 'timeOnly' : '', f.code ?? '', f.min ?? '', f.max ?? '');
