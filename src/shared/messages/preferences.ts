import type { ColorSchemePreference } from '../domain/preferences';

export const preferenceMessages = {
  colorScheme: '外观',
  colorSchemes: { light: '浅色', dark: '深色', auto: '跟随系统' } satisfies Record<ColorSchemePreference, string>,
  saveFailed: '外观设置未能保存，下次启动时可能恢复为原来的样子',
} as const;
