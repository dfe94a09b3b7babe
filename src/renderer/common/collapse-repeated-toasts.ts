import { notificationsStore, updateNotificationsState, type NotificationData } from '@mantine/notifications';

type NotificationsStore = typeof notificationsStore;

/** How a collapsed toast counts its repeats, e.g. `已保存（×3）`. */
const REPEATS = /（×(\d+)）$/;

/** Toasts that say the same thing in the same way are one toast; only text can be compared. */
function sameAs(toast: NotificationData): string | undefined {
  if (typeof toast.message !== 'string' || (toast.title !== undefined && typeof toast.title !== 'string')) return undefined;
  return [toast.color ?? '', toast.title ?? '', toast.message.replace(REPEATS, '')].join('\n');
}

const timesShown = (toast: NotificationData) => Number(REPEATS.exec(toast.message as string)?.[1] ?? 1);

/**
 * Makes repeated toasts collapse into one: when a toast is shown while an identical one is still on
 * screen (or queued), the new one is dropped and the one showing counts it (`已保存（×2）`). Installed
 * once on the store every `notifications.show` call uses, so each caller gets it without a wrapper.
 * Returns the function that uninstalls it.
 */
export function collapseRepeatedToasts(store: NotificationsStore = notificationsStore): () => void {
  const unsubscribe = store.subscribe((state) => {
    const kept = new Map<string, NotificationData>();
    const counts = new Map<NotificationData, number>();
    for (const toast of [...state.notifications, ...state.queue]) {
      const key = sameAs(toast);
      if (key === undefined) continue;
      const first = kept.get(key);
      if (first) counts.set(first, (counts.get(first) ?? timesShown(first)) + timesShown(toast));
      else kept.set(key, toast);
    }
    if (counts.size === 0) return;
    updateNotificationsState(store, (toasts) =>
      toasts.flatMap((toast) => {
        const key = sameAs(toast);
        if (key === undefined) return [toast];
        if (kept.get(key) !== toast) return [];
        const count = counts.get(toast);
        return [count === undefined ? toast : { ...toast, message: `${(toast.message as string).replace(REPEATS, '')}（×${count}）` }];
      }),
    );
  });
  return () => {
    unsubscribe();
  };
}
