import { createNotificationsStore, showNotification } from '@mantine/notifications';
import { describe, expect, it } from 'vitest';
import { collapseRepeatedToasts } from '../../src/renderer/common/collapse-repeated-toasts';

describe('repeated toasts', () => {
  it('collapse into the one showing, which counts them; different ones stay apart', () => {
    const store = createNotificationsStore();
    const uninstall = collapseRepeatedToasts(store);
    showNotification({ color: 'green', message: '已保存' }, store);
    showNotification({ color: 'red', title: '操作失败', message: '磁盘空间不足' }, store);
    showNotification({ color: 'green', message: '已保存' }, store);
    showNotification({ color: 'green', message: '已保存' }, store);
    showNotification({ color: 'red', title: '操作失败', message: '磁盘空间不足' }, store);
    showNotification({ color: 'green', message: '证据已恢复' }, store);

    const shown = store.getState().notifications.map((toast) => [toast.title ?? '', toast.message]);
    expect(shown).toEqual([
      ['', '已保存（×3）'],
      ['操作失败', '磁盘空间不足（×2）'],
      ['', '证据已恢复'],
    ]);
    uninstall();
    showNotification({ color: 'green', message: '证据已恢复' }, store);
    expect(store.getState().notifications).toHaveLength(4);
  });
});
