import { ActionIcon, Code, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { uiMessages } from '../../shared/messages/ui';

const t = uiMessages;

/** Where the case lives on disk, so people can find and back up its files themselves. */
export function CaseFolder({ path }: { path: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }} title={t.casePage.folderHint}>
        {t.casePage.folder}
      </Text>
      <Code style={{ overflowWrap: 'anywhere' }}>{path}</Code>
      <CopyButton value={path}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t.common.copied : t.common.copyPath}>
            <ActionIcon variant="subtle" color={copied ? 'green' : 'gray'} onClick={copy} aria-label={t.common.copyPath}>
              {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
