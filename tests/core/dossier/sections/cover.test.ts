import { describe, expect, it } from 'vitest';
import type { DossierSources } from '../../../../src/core/dossier/dossier-sources';
import { coverContent } from '../../../../src/core/dossier/sections/cover';
import { claimModel } from '../../../../src/shared/claims/claim-model';
import type { CaseRecord } from '../../../../src/shared/domain/case';
import type { MissingFact } from '../../../../src/shared/domain/letter-document';
import { rmb } from '../../../../src/core/letters/letter-format';
import { sampleRecord } from '../../sample-case';

/** The cover's rows as label → value, read from its table. */
function coverRows(record: CaseRecord, missingCourt: readonly MissingFact[] = []) {
  const sources = { context: { record, evidence: [], today: '2024-06-12' } } as unknown as DossierSources;
  const content = coverContent({ sources, pages: 24, zipName: 'x-卷宗.zip', missingCourt, missingList: [] });
  const table = content.find((node) => typeof node === 'object' && 'table' in node) as { table: { body: { text: string }[][] } };
  const rows = new Map(table.table.body.map(([label, value]) => [label!.text, value!.text]));
  return { rows, text: JSON.stringify(content) };
}

describe('the dossier cover', () => {
  it('states the claim model’s demands and total, the parties, the page count and the date', () => {
    const record = sampleRecord({ claims: { fraud: true } });
    const { rows } = coverRows(record);
    // With fraud the model adds the statutory compensation: the cover's total is the model's, not the price paid.
    expect(claimModel(record).totalFen).toBeGreaterThan(record.order.amountPaidFen);
    expect(rows.get('请求金额合计')).toBe(rmb(claimModel(record).totalFen));
    expect(rows.get('原告（投诉人）')).toBe(record.complainant.name);
    expect(rows.get('卷宗页数')).toBe('共 24 页');
    expect(rows.get('制作日期')).toBe('2024年6月12日');
    expect(rows.has('销售者（店铺）')).toBe(false);
  });

  it('names the shop and its operator when the goods were sold by a shop on the platform', () => {
    const { rows } = coverRows(sampleRecord({ seller: { name: '鑫源游戏专营店', operator: '深圳鑫源网络科技有限公司' } }));
    expect(rows.get('销售者（店铺）')).toBe('鑫源游戏专营店（经营者：深圳鑫源网络科技有限公司）');
  });

  it('says which facts the 起诉状 still lacks when it could not be made', () => {
    const { text } = coverRows(sampleRecord(), [{ field: 'complainant.idNumber', message: '缺少原告身份证号码' }]);
    expect(text).toContain('以下事实尚未填写，本卷宗暂未收入民事起诉状');
    expect(text).toContain('缺少原告身份证号码');
  });
});
