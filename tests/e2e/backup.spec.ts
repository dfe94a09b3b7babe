import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, fixturePath, test } from './web-host-fixture';

const readSettings = (workspace: string): unknown => {
  try {
    return JSON.parse(readFileSync(join(workspace, '.casebook', 'backup.json'), 'utf8'));
  } catch {
    return undefined;
  }
};

// Backs the workspace up (zip, SQLite backup, integrity check) in the host: allow a busy machine its time.
test.setTimeout(120_000);

test('the dashboard reminds to back up; 立即备份 writes a backup beside the workspace that verifies, and the reminder goes', async ({ page, host }) => {
  const created = await host.cli(['case', 'create', '--file', fixturePath('intake/xingyao-invalid-card-key.json')]);
  expect(created.code, created.stderr).toBe(0);
  await page.goto(host.url);
  const reminder = page.getByTestId('backup-reminder');
  await expect(reminder).toContainText('这个工作区还没有备份过');
  await reminder.getByRole('button', { name: '去备份' }).click();

  await expect(page.getByRole('heading', { name: '备份与恢复' })).toBeVisible();
  await expect(page.getByText('上次备份：从未备份')).toBeVisible();
  await page.getByRole('button', { name: '立即备份' }).click();
  const result = page.getByTestId('backup-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(result).toContainText('1 个案件');
  const folder = `${host.workspace}-备份`;
  const [archive] = readdirSync(folder);
  expect(archive).toMatch(/^Casebook备份-\d{8}-\d{4}\.zip$/);
  await expect(result).toContainText(join(folder, archive!));
  const verified = await host.cli(['verify', join(folder, archive!), '--json']);
  expect(verified.code, verified.stdout).toBe(0);
  expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, format: 'casebook-backup' });
  await expect(page.getByText(/上次备份：\d{4}-\d{2}-\d{2} \d{2}:\d{2}（今天）/)).toBeVisible();

  await page.getByRole('link', { name: '案件', exact: true }).click();
  await expect(page.getByRole('heading', { name: '案件', exact: true })).toBeVisible();
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
});

test('不再提醒 turns the reminder off for the workspace', async ({ page, host }) => {
  await host.cli(['case', 'create', '--file', fixturePath('intake/xingyao-invalid-card-key.json')]);
  await page.goto(host.url);
  await page.getByTestId('backup-reminder').getByRole('button', { name: '不再提醒' }).click();
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
  // The choice is the workspace's, kept in its settings file once the call is through.
  await expect.poll(() => readSettings(host.workspace)).toEqual({ reminderDays: null });
  await page.reload();
  await expect(page.getByRole('heading', { name: '案件', exact: true })).toBeVisible();
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0);
  await page.goto(`${host.origin}/#/backup`);
  await expect(page.getByRole('switch', { name: '开启提醒' })).not.toBeChecked();
});

test('从备份恢复 restores a backup into a new folder, verifies every case and switches to it', async ({ page, host }) => {
  const created = await host.cli(['case', 'create', '--file', fixturePath('intake/xingyao-invalid-card-key.json')]);
  expect(created.code, created.stderr).toBe(0);
  const { folder } = JSON.parse(created.stdout) as { folder: string };
  const backups = join(host.home, '备份');
  mkdirSync(backups);
  const backedUp = await host.cli(['backup', '--out', backups, '--json']);
  expect(backedUp.code, backedUp.stderr).toBe(0);
  const { archive } = JSON.parse(backedUp.stdout) as { archive: string };
  // A case made after the backup: the restored workspace must not have it.
  const later = await host.cli(['case', 'create', '--file', fixturePath('intake/shengtian-topup-not-delivered.json')]);
  expect(later.code, later.stderr).toBe(0);
  // Inside the host's home folder (the test's own), the only place the web host restores to.
  const target = join(host.home, '恢复的工作区');

  await page.goto(host.url);
  await page.goto(`${host.origin}/#/backup`);
  const panel = page.getByRole('region', { name: '从备份恢复' });
  await panel.getByLabel('恢复到的文件夹').fill(target);
  const chooser = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: '恢复' }).click();
  await (await chooser).setFiles(archive);
  const result = page.getByTestId('restore-result');
  await expect(result).toBeVisible({ timeout: 90_000 });
  await expect(result).toContainText('已恢复 1 个案件，当前工作区已切换到恢复的文件夹');
  await expect(result).toContainText(`${folder}：核验通过`);

  // The app now works in the restored folder, which is a workspace of its own that verifies.
  await page.getByRole('link', { name: '案件', exact: true }).click();
  await expect(page.getByText('星耀卡盟 王者荣耀点券卡密无效').first()).toBeVisible();
  await expect(page.getByText('盛天', { exact: false })).toHaveCount(0);
  const verified = await host.cli(['--workspace', target, 'verify', folder, '--json']);
  expect(verified.code, verified.stdout).toBe(0);
  expect(readdirSync(join(target, 'cases'))).toEqual([folder]);
});
