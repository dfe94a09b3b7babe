import { ActionIcon, Alert, AppShell, Box, Burger, Button, Center, Group, Kbd, Loader, NavLink, Text, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArchive, IconDeviceFloppy, IconFolderOpen, IconGavel, IconListDetails, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useRef } from 'react';
import { useLocation } from 'wouter';
import { backupUiMessages } from '../../shared/messages/backup';
import { uiMessages } from '../../shared/messages/ui';
import { AppRoutes } from './AppRoutes';
import { ColorSchemeSwitch } from './ColorSchemeSwitch';
import { paths } from './paths';
import { SearchFocusContext, type SearchFocus } from './SearchFocus';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { useMenuCommands } from './use-menu-commands';
import { useWorkspace } from './WorkspaceContext';
import { WorkspaceSwitchModal } from './WorkspaceSwitchModal';

const t = uiMessages;

const navItems = [
  { path: paths.active, label: t.nav.cases, icon: IconListDetails },
  { path: paths.archived, label: t.nav.archived, icon: IconArchive },
  { path: paths.trashed, label: t.nav.trash, icon: IconTrash },
  { path: paths.backup, label: backupUiMessages.pageTitle, icon: IconDeviceFloppy },
] as const;

export function AppShellLayout() {
  const [location, navigate] = useLocation();
  const [navOpened, nav] = useDisclosure(false);
  const [switchOpened, switcher] = useDisclosure(false);
  const { info, error, reload } = useWorkspace();

  const searchRef = useRef<HTMLInputElement>(null);
  const focusPending = useRef(false);
  const searchFocus = useMemo<SearchFocus>(
    () => ({
      searchRef,
      takePendingFocus: () => {
        const pending = focusPending.current;
        focusPending.current = false;
        return pending;
      },
    }),
    [],
  );

  const go = (path: string) => {
    navigate(path);
    nav.close();
  };

  useGlobalShortcuts({
    searchRef,
    searchElsewhere: () => {
      focusPending.current = true;
      go(paths.active);
    },
    newCase: () => go(paths.newCase),
  });
  useMenuCommands({
    'new-case': () => go(paths.newCase),
    'import-case': () => go(paths.importCase),
    'backup-workspace': () => go(paths.backup),
    'restore-workspace': () => go(paths.backup),
    // The same print as the letter's 打印 button: the print stylesheet keeps the document only.
    print: () => window.print(),
  });

  return (
    <SearchFocusContext.Provider value={searchFocus}>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="lg"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label={t.nav.toggle} />
              <IconGavel size={24} stroke={1.6} color="var(--mantine-primary-color-filled)" aria-hidden />
              <Title order={1} size="h4" style={{ whiteSpace: 'nowrap' }}>
                {t.appName}
              </Title>
            </Group>
            <Group gap="xs" wrap="nowrap" miw={0}>
              <Text size="sm" c="dimmed" visibleFrom="md" style={{ whiteSpace: 'nowrap' }}>
                {t.workspace.current}
              </Text>
              <Text size="sm" ff="monospace" truncate="start" maw={{ base: 140, sm: 360, lg: 560 }} title={info?.path}>
                {/* Truncating at the start flips the direction; <bdi> keeps the path itself left to right. */}
                <bdi>{info?.path ?? t.workspace.loading}</bdi>
              </Text>
              <Tooltip label={t.workspace.change}>
                <ActionIcon variant="default" size="lg" onClick={switcher.open} aria-label={t.workspace.change}>
                  <IconFolderOpen size={18} />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar p="sm">
          {navItems.map(({ path, label, icon: Icon }) => (
            <NavLink
              key={path}
              href={`#${path}`}
              label={label}
              leftSection={<Icon size={18} />}
              active={location === path}
              onClick={nav.close}
            />
          ))}
          <Button
            mt="md"
            leftSection={<IconPlus size={18} />}
            rightSection={
              <Kbd size="xs" aria-hidden>
                {t.nav.shortcutNewCase}
              </Kbd>
            }
            justify="space-between"
            onClick={() => go(paths.newCase)}
          >
            {t.nav.newCase}
          </Button>
          <Box mt="auto" pt="md">
            <ColorSchemeSwitch />
          </Box>
        </AppShell.Navbar>

        <AppShell.Main>
          {error && !info ? (
            <Alert color="red" title={t.workspace.loadFailed} role="alert">
              <Text size="sm" mb="sm">
                {error}
              </Text>
              <Button size="xs" variant="light" color="red" onClick={reload}>
                {t.common.retry}
              </Button>
            </Alert>
          ) : info ? (
            // A new workspace remounts every page, so nothing from the old one lingers.
            <AppRoutes key={info.path} />
          ) : (
            <Center h={200}>
              <Loader aria-label={t.common.loading} />
            </Center>
          )}
        </AppShell.Main>
      </AppShell>
      <WorkspaceSwitchModal opened={switchOpened} onClose={switcher.close} />
    </SearchFocusContext.Provider>
  );
}
