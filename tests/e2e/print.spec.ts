import { chromiumLaunch } from './chromium';
import { expect, fixturePath, test } from './web-host-fixture';

// 打印 opens the PDF in the browser's own viewer, which only the full Chromium has.
test.use({ launchOptions: chromiumLaunch });

test('打印 a saved letter in the browser opens its PDF in the browser’s viewer and calls print; unsaved, it says why not', async ({ page, host }) => {
  const created = await host.cli(['case', 'create', '--file', fixturePath('intake/xingyao-invalid-card-key.json')]);
  expect(created.code, created.stderr).toBe(0);
  const { id } = JSON.parse(created.stdout) as { id: string };
  await page.context().addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', 'yes');
  });

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/case/${id}`);
  await page.getByRole('tab', { name: '文书' }).click();
  const letters = page.getByRole('tabpanel', { name: '文书' });
  await letters.getByRole('radio', { name: '客服投诉邮件' }).click();
  const print = letters.getByRole('button', { name: '打印' });
  await expect(print).toHaveAttribute('aria-disabled', 'true');
  await print.hover();
  await expect(page.getByRole('tooltip')).toHaveText('保存后才能导出');

  await letters.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存为第 1 版')).toBeVisible();
  await print.hover();
  await expect(page.getByRole('tooltip')).toHaveText('在浏览器的 PDF 查看器中打开，并调出打印对话框');
  const [viewer] = await Promise.all([page.waitForEvent('popup'), print.click()]);
  expect(viewer.url()).toMatch(new RegExp(`/letters/${id}/[0-9A-Z]{26}/v1\\.pdf$`));
  await expect(viewer.locator('html')).toHaveAttribute('data-printed', 'yes');
});
