import { SegmentedControl, Stack, Text, useMantineColorScheme } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { COLOR_SCHEMES, type ColorSchemePreference } from '../../shared/domain/preferences';
import { preferenceMessages as t } from '../../shared/messages/preferences';
import { call, errorMessageOf } from '../api/client';

const options = COLOR_SCHEMES.map((value) => ({ value, label: t.colorSchemes[value] }));
const labelId = 'color-scheme-label';

/**
 * Once per page, not per mount (the switch is mounted again as the shell around it reloads), and never
 * over a choice made meanwhile: a saved value arriving late on a busy machine must not undo a click.
 */
let savedScheme: Promise<ColorSchemePreference> | undefined;
let chosenOnThisPage = false;

/**
 * 浅色 / 深色 / 跟随系统. Mantine keeps the choice in the page's storage, which shows it at once on the
 * next start; the user settings keep it for good (the browser's storage is lost with the web host's
 * changing address), and win when the app starts.
 */
export function ColorSchemeSwitch() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();

  useEffect(() => {
    let current = true;
    savedScheme ??= call('preferences:get', {}).then((saved) => saved.colorScheme);
    savedScheme
      .then((saved) => current && !chosenOnThisPage && setColorScheme(saved))
      // Unreadable settings leave the scheme the page remembers; nothing to tell.
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [setColorScheme]);

  const choose = (value: string) => {
    const chosen = value as ColorSchemePreference;
    chosenOnThisPage = true;
    setColorScheme(chosen);
    call('preferences:update', { colorScheme: chosen }).catch((failure: unknown) =>
      notifications.show({ color: 'red', title: t.saveFailed, message: errorMessageOf(failure) }),
    );
  };

  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" id={labelId}>
        {t.colorScheme}
      </Text>
      <SegmentedControl size="xs" fullWidth data={options} value={colorScheme} onChange={choose} aria-labelledby={labelId} />
    </Stack>
  );
}
