import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './web-host-fixture';

const scheme = (page: import('@playwright/test').Page) => page.locator('html').getAttribute('data-mantine-color-scheme');

test('浅色 / 深色 / 跟随系统 is remembered in the user settings, so a fresh browser (a restarted host has a new address) gets it', async ({ page, host, browser }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(host.url);
  const appearance = page.getByRole('radiogroup', { name: '外观' });
  await expect(appearance.getByRole('radio', { name: '跟随系统' })).toBeChecked();
  expect(await scheme(page)).toBe('light');

  await appearance.getByText('深色').click();
  await expect.poll(() => scheme(page)).toBe('dark');
  await expect
    .poll(async () => JSON.parse(await readFile(join(host.configDir, 'settings.json'), 'utf8').catch(() => '{}')).colorScheme)
    .toBe('dark');

  // No storage of its own, and a light system: the saved choice wins.
  const fresh = await browser.newContext({ colorScheme: 'light', locale: 'zh-CN' });
  const again = await fresh.newPage();
  await again.goto(host.url);
  await expect(again.getByRole('radiogroup', { name: '外观' }).getByRole('radio', { name: '深色' })).toBeChecked();
  await expect.poll(() => scheme(again)).toBe('dark');

  await again.getByRole('radiogroup', { name: '外观' }).getByText('跟随系统').click();
  await expect.poll(() => scheme(again)).toBe('light');
  await fresh.close();
});
