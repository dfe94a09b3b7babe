// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { LetterBuild, LetterDocument } from '../../src/shared/domain/letter-document';
import type { LetterKind } from '../../src/shared/domain/letters';
import { LettersTab } from '../../src/renderer/letters/LettersTab';
import { letterDisclaimer } from '../../src/shared/messages/letters';
import { renderWithMantine } from './evidence-fixtures';
import { useFakeWebHost } from './fake-web-host';
import { blackcatDocument, emailDocument } from './letter-fixtures';
import { caseRecord } from './timeline-fixtures';
import { person } from './person';

const host = useFakeWebHost();

/** The host answers letters:list with nothing saved and letters:generate with `builds` in turn. */
function answer(...builds: LetterBuild[]) {
  host.api.mockImplementation(async (channel) => {
    if (channel === 'letters:list') return [];
    if (channel === 'letters:generate') return builds.length > 1 ? builds.shift()! : builds[0]!;
    throw new Error(`unexpected ${channel}`);
  });
}

const renderTab = (kind: LetterKind, onFix = vi.fn()) => {
  renderWithMantine(<LettersTab record={caseRecord()} request={{ kind }} onFix={onFix} />);
  return onFix;
};

describe('文书 tab', () => {
  it('shows the disclaimer and the plausibility warnings beside the document, never in it', async () => {
    answer({ ok: true, document: emailDocument(), warnings: ['诉求金额 20,400.00 元 少于各项合计 27,200.00 元'] });
    renderTab('cs-email');

    const paper = await screen.findByTestId('letter-paper');
    expect(screen.getByText(letterDisclaimer)).toBeTruthy();
    expect(paper.textContent).not.toContain(letterDisclaimer);
    const warnings = screen.getByRole('alert', { name: '生成前请注意' });
    expect(warnings.textContent).toContain('27,200.00');
    expect(paper.contains(warnings)).toBe(false);
  });

  it('lists the missing facts with the way to fix them and renders no document', async () => {
    answer({
      ok: false,
      missing: [
        { field: 'complainant.idNumber', message: '缺少原告身份证号码' },
        { field: 'evidence', message: '证据库中还没有证据' },
      ],
    });
    const user = person();
    const onFix = renderTab('court-complaint');

    const missing = await screen.findByRole('alert', { name: '还缺少这些信息，补充后才能生成' });
    expect(within(missing).getByText('缺少原告身份证号码')).toBeTruthy();
    expect(within(missing).getByText('证据库中还没有证据')).toBeTruthy();
    expect(screen.queryByTestId('letter-paper')).toBeNull();
    expect(screen.queryByRole('button', { name: '保存' })).toBeNull();

    await user.click(within(missing).getByRole('button', { name: '编辑案件' }));
    await user.click(within(missing).getByRole('button', { name: '去证据' }));
    expect(onFix.mock.calls).toEqual([['case'], ['evidence']]);
  });

  it('counts a web-form field live and turns the counter red over the limit', async () => {
    answer({ ok: true, document: blackcatDocument('卡密无效', 6), warnings: [] });
    const user = person();
    renderTab('blackcat');

    const title = await screen.findByRole('textbox', { name: '标题' });
    const counter = screen.getByText('4 / 6');
    expect(counter.getAttribute('data-over-limit')).toBeNull();
    await user.type(title, '未处理');
    const over = screen.getByText(/^7 \/ 6/);
    expect(over.textContent).toContain('超出 1 字');
    expect(over.getAttribute('data-over-limit')).toBe('true');
    expect(over.getAttribute('style')).toContain('red');
  });

  it('copies a field value to the clipboard and says 已复制', async () => {
    answer({ ok: true, document: blackcatDocument('卡密无效', 30), warnings: [] });
    const user = person();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    renderTab('blackcat');

    await user.click(await screen.findByRole('button', { name: '复制标题' }));
    expect(writeText).toHaveBeenCalledWith('卡密无效');
    expect(await screen.findByText('已复制')).toBeTruthy();
  });

  it('copies the subject and the plain body of an e-mail', async () => {
    answer({ ok: true, document: emailDocument(), warnings: [] });
    const user = person();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    renderTab('cs-email');

    await user.click(await screen.findByRole('button', { name: '复制主题' }));
    expect(writeText).toHaveBeenLastCalledWith('投诉+KM001+游戏卡密无效');
    await user.click(screen.getByRole('button', { name: '复制正文' }));
    const body = writeText.mock.lastCall![0];
    expect(body).toContain('星耀卡盟客服：\n\n\u3000\u3000本人就以下订单向贵平台正式投诉。');
    expect(body).toContain('三、事实经过\n\u3000\u30002024年5月20日');
  });

  it('marks sent and exports only what was saved: unsaved edits block them with the reason', async () => {
    const letterId = '01J0000000000000000000000A';
    host.api.mockImplementation(async (channel, input) => {
      if (channel === 'letters:list') return [];
      if (channel === 'letters:generate') return { ok: true, document: emailDocument(), warnings: [] };
      if (channel === 'letters:save') {
        const { generated, document } = input as { generated: LetterDocument; document: LetterDocument };
        const record = { id: letterId, kind: 'cs-email' as const, title: document.title, createdAt: '2026-11-26T10:00:00+08:00', versions: [] };
        return { record, version: 1, generated, document };
      }
      throw new Error(`unexpected ${channel}`);
    });
    const user = person();
    renderTab('cs-email');

    const markSent = await screen.findByRole('button', { name: '标记为已发送' });
    expect(markSent.getAttribute('aria-disabled')).toBe('true');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.getByRole('button', { name: '标记为已发送' }).getAttribute('aria-disabled')).toBeNull());
    expect(screen.getByRole('link', { name: '打开 PDF' }).getAttribute('href')).toContain(letterId);
    // Marking it sent will track the reply deadline the letter states, and the dialog says so.
    await user.click(screen.getByRole('button', { name: '标记为已发送' }));
    expect(within(await screen.findByRole('dialog', { name: '标记为已发送' })).getByText(/2026-12-01 前答复/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '取消' }));

    await user.click(screen.getByRole('button', { name: '编辑' }));
    await user.type(screen.getByRole('textbox', { name: '三、事实经过的内容' }), '补充。');
    const blocked = screen.getByRole('button', { name: '标记为已发送' });
    expect(blocked.getAttribute('aria-disabled')).toBe('true');
    expect(screen.queryByRole('link', { name: '打开 PDF' })).toBeNull();
    expect(screen.getByRole('button', { name: '打开 PDF' }).getAttribute('aria-disabled')).toBe('true');
    await user.click(screen.getByRole('button', { name: '更多' }));
    const eml = await screen.findByRole('menuitem', { name: /导出 \.eml/ });
    expect(eml.hasAttribute('disabled') || eml.getAttribute('data-disabled') === 'true').toBe(true);
    expect(eml.textContent).toContain('先保存再标记/导出');
    await user.keyboard('{Escape}');
    await user.click(blocked);
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.hover(blocked);
    expect(await screen.findByText('先保存再标记/导出')).toBeTruthy();
  });

  it('regenerating over an edited section whose data changed asks, and keeps the edit by default', async () => {
    answer({ ok: true, document: emailDocument(), warnings: [] }, { ok: true, document: emailDocument('2024年5月20日，本人购买卡密；5月21日客服回复。'), warnings: [] });
    const user = person();
    renderTab('cs-email');

    await user.click(await screen.findByRole('button', { name: '编辑' }));
    const facts = screen.getByRole('textbox', { name: '三、事实经过的内容' });
    await user.clear(facts);
    await user.type(facts, '我改写的事实经过。');
    await user.click(screen.getByRole('button', { name: '更多' }));
    await user.click(await screen.findByRole('menuitem', { name: '从案件数据重新生成' }));

    const dialog = await screen.findByRole('dialog', { name: '这些部分你改过，案件数据也变了' });
    const keep = within(dialog).getByRole('radio', { name: '保留我的修改' }) as HTMLInputElement;
    expect(keep.checked).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: '确定' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await user.click(screen.getByRole('button', { name: '完成编辑' }));
    const paper = screen.getByTestId('letter-paper');
    expect(paper.textContent).toContain('我改写的事实经过。');
    expect(paper.textContent).not.toContain('5月21日客服回复');
  });
});
