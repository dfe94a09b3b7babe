import { describe, expect, it } from 'vitest';
import { caseUrl, changesDeadlines, decideNotices, noticeKey, rememberedKeys } from '../../../electron/main/deadline-notices';
import type { OverdueCase } from '../../../src/core/timeline/overdue-cases';

const xingyao: OverdueCase = { id: '01J0000000000000000000000A', title: '星耀卡盟 王者荣耀点券卡密无效', nextDueDate: '2026-10-10', overdueWorkingDays: 3 };
const jisu: OverdueCase = { id: '01J0000000000000000000000B', title: '极速卡盟 充值未到账', nextDueDate: '2026-10-12', overdueWorkingDays: 1 };

describe('decideNotices', () => {
  it('announces each overdue case once, titled 维权卷宗 with the working days past due', () => {
    const first = decideNotices([xingyao, jisu], []);
    expect(first.notices).toEqual([
      { caseId: xingyao.id, title: '维权卷宗', body: '“星耀卡盟 王者荣耀点券卡密无效”已超期 3 个工作日' },
      { caseId: jisu.id, title: '维权卷宗', body: '“极速卡盟 充值未到账”已超期 1 个工作日' },
    ]);
    expect(first.remember).toEqual([noticeKey(xingyao), noticeKey(jisu)]);

    // The next check, a day later: the same due dates are not news, however many days have passed.
    const second = decideNotices([{ ...xingyao, overdueWorkingDays: 4 }, { ...jisu, overdueWorkingDays: 2 }], first.remember);
    expect(second.notices).toEqual([]);
    expect(second.remember).toEqual(first.remember);
  });

  it('announces a case again when it is overdue on a new due date', () => {
    const { notices } = decideNotices([{ ...xingyao, nextDueDate: '2026-11-02' }], [noticeKey(xingyao)]);
    expect(notices.map((n) => n.caseId)).toEqual([xingyao.id]);
  });

  it('waits until at least one working day has passed', () => {
    expect(decideNotices([{ ...xingyao, overdueWorkingDays: 0 }], [])).toEqual({ notices: [], remember: [] });
  });

  it('forgets cases that are no longer overdue, so the saved list stays short', () => {
    const { notices, remember } = decideNotices([jisu], [noticeKey(xingyao), noticeKey(jisu)]);
    expect(notices).toEqual([]);
    expect(remember).toEqual([noticeKey(jisu)]);
  });
});

describe('rememberedKeys', () => {
  it('reads the saved keys and ignores anything that is not a list of strings', () => {
    expect(rememberedKeys(['a@2026-10-10', 3, null])).toEqual(['a@2026-10-10']);
    expect(rememberedKeys(undefined)).toEqual([]);
    expect(rememberedKeys({ 0: 'a' })).toEqual([]);
  });
});

describe('changesDeadlines', () => {
  it('re-checks after timeline changes, status changes and a workspace switch, not after reads', () => {
    expect(['timeline:add', 'timeline:update', 'timeline:remove', 'timeline:restore', 'cases:set-status', 'workspace:switch'].every((c) => changesDeadlines(c as never))).toBe(true);
    expect(changesDeadlines('timeline:get')).toBe(false);
    expect(changesDeadlines('evidence:list')).toBe(false);
  });
});

describe('caseUrl', () => {
  it('routes the loaded page to the case by hash, from the app origin or the dev server', () => {
    expect(caseUrl('app://casebook/index.html', xingyao.id)).toBe(`app://casebook/index.html#/case/${xingyao.id}`);
    expect(caseUrl('app://casebook/index.html#/case/other', xingyao.id)).toBe(`app://casebook/index.html#/case/${xingyao.id}`);
    expect(caseUrl('http://localhost:5173/#/', xingyao.id)).toBe(`http://localhost:5173/#/case/${xingyao.id}`);
  });
});
