import { describe, expect, it } from 'vitest';
import { chronologyContent } from '../../../../src/core/dossier/sections/chronology';
import { useApiSession } from '../../api/api-session';
import { createLetterCase, LETTER_TODAY } from '../../letters/letter-case';

const api = useApiSession({ today: () => LETTER_TODAY });

/** The 经过 cells of the 大事记 table, in order. */
async function narratedRows(caseId: string): Promise<string[]> {
  const content = chronologyContent(await api.session.letters.context(caseId));
  const table = content.find((node) => typeof node === 'object' && 'table' in node) as { table: { body: { text: string }[][] } };
  return table.table.body.slice(1).map((row) => row[2]!.text);
}

describe('the 大事记', () => {
  it('narrates the purchase and every contact as the court documents do, the promise’s deadline given once', async () => {
    const { id } = await createLetterCase(api);
    const rows = await narratedRows(id);
    expect(rows[0]).toMatch(/^原告通过星耀卡盟.*购买/);
    const promise = rows.find((row) => row.includes('KF8848') && row.includes('GD20240521007'))!;
    expect(promise).toBeDefined();
    // The sentence already says “即2024年5月24日前”; the deadline is not repeated after it.
    expect(promise.match(/2024年5月24日/g)).toHaveLength(1);
    expect(rows.some((row) => row.includes('黑猫') && row.includes('17350012345'))).toBe(true);
    for (const row of rows) expect(row).not.toContain('本人');
  });
});
