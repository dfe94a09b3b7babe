import { Alert, Anchor, Badge, Breadcrumbs, Button, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { IconArrowUp, IconFolder, IconFolderCheck, IconHome } from '@tabler/icons-react';
import { useState } from 'react';
import type { FolderListing } from '../../shared/api/contract';
import { folderBrowserMessages as t } from '../../shared/messages/folder-browser';
import { useApiQuery } from '../api/useApiQuery';
import { Loading } from '../common/LoadStates';

/** The home folder, then each folder below it down to `listing.path`, with the path each one opens. */
function trail(listing: FolderListing): { name: string; path: string }[] {
  const below = listing.path.slice(listing.home.length).split(/[\\/]/).filter(Boolean);
  const separator = listing.home.includes('\\') && !listing.home.includes('/') ? '\\' : '/';
  return below.map((name, index) => ({ name, path: [listing.home.replace(/[\\/]$/, ''), ...below.slice(0, index + 1)].join(separator) }));
}

/**
 * Chooses a workspace folder by pointing instead of typing a path (in a browser, where no system
 * dialog can hand a folder to the host): the home folder and what is below it, served by the host,
 * with the folders that already are workspaces marked. Every folder opened is reported by `onFolder`.
 */
export function FolderBrowser({ onFolder }: { onFolder: (path: string) => void }) {
  const [path, setPath] = useState<string>();
  const listing = useApiQuery('workspace:browse', path === undefined ? {} : { path });
  const open = (next: string) => {
    setPath(next);
    onFolder(next);
  };

  if (listing.error && !listing.data) {
    return (
      <Alert color="red" title={t.loadFailed}>
        {listing.error}
      </Alert>
    );
  }
  if (!listing.data) return <Loading height={120} />;
  const { data } = listing;
  return (
    <Stack gap="xs" component="section" aria-label={t.title}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Breadcrumbs separatorMargin={4} style={{ flexWrap: 'wrap', minWidth: 0 }}>
          <Anchor component="button" type="button" size="sm" onClick={() => open(data.home)}>
            <Group gap={4} component="span" wrap="nowrap">
              <IconHome size={14} />
              {t.home}
            </Group>
          </Anchor>
          {trail(data).map((step) => (
            <Anchor key={step.path} component="button" type="button" size="sm" onClick={() => open(step.path)}>
              {step.name}
            </Anchor>
          ))}
        </Breadcrumbs>
        <Group gap="xs" wrap="nowrap">
          {data.isWorkspace && (
            <Badge variant="light" radius="sm">
              {t.workspaceBadge}
            </Badge>
          )}
          <Button size="compact-sm" variant="default" leftSection={<IconArrowUp size={14} />} disabled={!data.parent} onClick={() => data.parent && open(data.parent)}>
            {t.up}
          </Button>
        </Group>
      </Group>
      <ScrollArea.Autosize mah={260} type="auto" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-sm)' }}>
        {data.folders.length === 0 ? (
          <Text size="sm" c="dimmed" p="sm">
            {t.empty}
          </Text>
        ) : (
          data.folders.map((folder) => (
            <NavLink
              key={`${folder.name}-${folder.path}`}
              component="button"
              type="button"
              label={folder.name}
              aria-label={t.open(folder.name)}
              leftSection={folder.isWorkspace ? <IconFolderCheck size={18} color="var(--mantine-primary-color-filled)" /> : <IconFolder size={18} />}
              rightSection={
                folder.isWorkspace ? (
                  <Badge variant="light" radius="sm" size="sm">
                    {t.workspaceBadge}
                  </Badge>
                ) : undefined
              }
              onClick={() => open(folder.path)}
            />
          ))
        )}
      </ScrollArea.Autosize>
      {data.more > 0 && (
        <Text size="xs" c="dimmed">
          {t.more(data.more)}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t.hint}
      </Text>
    </Stack>
  );
}
