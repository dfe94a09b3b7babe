import type { SavedLetter } from '../../../src/shared/api/contract';
import type { useApiSession } from '../api/api-session';
import { createLetterCase, generateDocument } from '../letters/letter-case';
import { tempDir } from '../temp-dir';
import { pdfFile, wavFile } from './exhibit-files';

type Api = ReturnType<typeof useApiSession>;

/**
 * The realistic letter case, further along: a two-page PDF invoice and a call recording with its
 * transcript among the exhibits, and the complaint e-mail saved, edited and marked sent.
 */
export async function createDossierCase(api: Api): Promise<{ id: string; folder: string; sentLetter: SavedLetter }> {
  const created = await createLetterCase(api);
  const sources = tempDir('casebook-dossier-sources-');
  const paths = [await pdfFile(sources, '发票.pdf', ['Invoice page one', 'Invoice page two']), wavFile(sources, '客服通话录音.wav', 2)];
  const { imported } = await api.call<{ imported: { id: string }[] }>('evidence:import-paths', { caseId: created.id, paths });
  const labels = [
    { title: '电子发票', source: '平台开具的电子发票', purpose: '证明交易金额与卖方' },
    { title: '客服通话录音', source: '本人手机通话录音', purpose: '证明客服承认卡密无效', transcript: '客服（工号KF8848）：您的卡密确实无法使用，我们会尽快处理。', recording: { consent: 'informed' } },
  ];
  for (const [index, item] of imported.entries()) await api.call('evidence:update', { caseId: created.id, itemId: item.id, labels: labels[index] });
  const generated = await generateDocument(api, created.id, 'cs-email');
  const sentLetter = await api.call<SavedLetter>('letters:save', { caseId: created.id, generated, document: generated });
  await api.call('letters:mark-sent', { caseId: created.id, letterId: sentLetter.record.id, at: '2024-05-21 10:30' });
  return { ...created, sentLetter };
}
