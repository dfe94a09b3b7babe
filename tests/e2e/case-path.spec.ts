import { readFile } from 'node:fs/promises';
import { callApi, expect, fixturePath, test } from './web-host-fixture';

const chinaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

/**
 * The lowest WCAG contrast ratio between a visible text element inside `root` and the first opaque
 * background behind it (runs in the page).
 */
function lowestTextContrast(root: Element): { ratio: number; text: string } {
  const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]: number[]) => {
    const [R, G, B] = [r!, g!, b!].map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
  };
  const background = (element: Element | null): number[] => {
    for (let at = element; at; at = at.parentElement) {
      const color = rgb(getComputedStyle(at).backgroundColor);
      if (color.length === 3 || color[3] === 1) return color.slice(0, 3);
    }
    return [255, 255, 255];
  };
  let lowest = { ratio: Infinity, text: '' };
  for (const element of root.querySelectorAll('p, span, div')) {
    const own = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
    if (!own || element.closest('[class*="VisuallyHidden"], .mantine-visually-hidden')) continue;
    const [a, b] = [luminance(rgb(getComputedStyle(element).color)), luminance(background(element))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < lowest.ratio) lowest = { ratio, text: element.textContent!.trim() };
  }
  return lowest;
}


test('the case page draws the complaint path from the timeline, and the dashboard shows each case’s step', async ({ page, host }) => {
  await page.goto(host.url);
  const intake = JSON.parse(await readFile(fixturePath('intake/xingyao-invalid-card-key.json'), 'utf8')) as unknown;
  const { id } = await callApi<{ id: string }>(page, host.origin, 'cases:create', { intake });
  for (const event of [
    { at: '2024-05-20 18:10', channel: 'email', direction: 'outgoing', summary: '发送投诉邮件' },
    { at: '2024-06-06 21:15', channel: 'blackcat', direction: 'outgoing', ticketNumber: '17350012345', summary: '在黑猫投诉平台提交投诉' },
    { at: '2024-06-20 09:00', channel: '12315', direction: 'outgoing', summary: '向全国12315投诉' },
    { at: '2024-06-21 10:00', channel: '12315', direction: 'incoming', ticketNumber: '3301062024062100123', summary: '已受理', promisedWorkingDays: 7 },
  ]) {
    await callApi(page, host.origin, 'timeline:add', { caseId: id, event });
  }

  await page.setViewportSize({ width: 1024, height: 800 });
  await page.goto(`${host.origin}/#/case/${id}`);
  const path = page.getByRole('list', { name: '维权进度' });
  const blackcat = path.getByTestId('path-step-blackcat');
  await expect(blackcat).toContainText('已完成');
  await expect(blackcat).toContainText('黑猫投诉');
  await expect(blackcat).toContainText('2024-06-06 提交');
  await expect(blackcat).toContainText('编号 17350012345');
  // Management was passed over on the way to 黑猫.
  await expect(path.getByTestId('path-step-management')).toContainText('未经过');

  // The current step: the 12315 complaint, its number from the reply and its deadline in working days.
  const current = path.locator('[aria-current="step"]');
  await expect(current).toContainText('12315');
  await expect(current).toContainText('编号 3301062024062100123');
  const due = /期限 (\d{4}-\d{2}-\d{2})/.exec((await current.textContent())!)![1]!;
  const between = JSON.parse((await host.cli(['workdays', 'between', due, chinaToday(), '--json'])).stdout) as { value: number };
  await expect(current).toContainText(`已超期 ${between.value} 个工作日`);
  await expect(path.getByTestId('path-step-court')).toContainText('未开始');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

  // Readable in dark mode too: every line of the stepper stands out from what is behind it.
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    const lowest = await path.evaluate(lowestTextContrast);
    expect(lowest.ratio, `${scheme}: “${lowest.text}”`).toBeGreaterThanOrEqual(3);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  // The dashboard at 1024 px: the step beside each case, the title readable, nothing scrolls sideways.
  await page.getByRole('link', { name: '返回案件列表' }).click();
  const row = page.getByRole('row').filter({ hasText: '星耀卡盟' });
  await expect(row).toContainText('12315');
  // The whole title fits: the columns beside it give way (platform hidden, the stage without its dots).
  const title = row.getByRole('link', { name: /星耀卡盟/ });
  expect(await title.evaluate((link) => link.scrollWidth <= link.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

  // A new entry moves the path along, and 概况 shows it at once.
  await page.goto(`${host.origin}/#/case/${id}`);
  await page.getByRole('tab', { name: '时间线' }).click();
  const form = page.getByRole('region', { name: '记录一次联系' });
  await form.getByLabel(/^时间/).fill('2024/7/1 9:00');
  await form.getByLabel('渠道').selectOption({ label: '法院' });
  await form.getByLabel('方向').selectOption({ label: '我方发出' });
  await form.getByLabel('经过摘要').fill('向杭州互联网法院提交起诉状');
  await form.getByLabel('经过摘要').press('Enter');
  await expect(form.getByLabel('经过摘要')).toHaveValue('');
  await page.getByRole('tab', { name: '概况' }).click();
  await expect(page.getByRole('list', { name: '维权进度' }).locator('[aria-current="step"]')).toContainText('互联网法院');
});
