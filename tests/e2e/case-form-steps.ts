import type { Page } from '@playwright/test';

/** Fills the facts the new-case form requires, as a user types them (shared by the browser and Electron specs). */
export async function fillRequiredFacts(page: Page): Promise<void> {
  await page.getByLabel('平台名称').fill('星耀卡盟');
  await page.getByLabel('投诉人姓名').fill('李明');
  await page.getByLabel('订单号').fill('KM20240520143208001');
  await page.getByLabel('购买时间').fill('2024-05-20 14:32:08');
  await page.getByLabel('实付金额（元）').fill('98.00');
  await page.getByLabel('问题类型').click();
  await page.getByRole('option', { name: '卡密无效' }).click();
}
