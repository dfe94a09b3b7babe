import { ActionIcon, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { uiMessages } from '../../shared/messages/ui';

const t = uiMessages.evidence;

/** A hash shortened for the eye, whole on hover and one click away from the clipboard. */
export function Sha256({ hash }: { hash: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={hash} openDelay={300} multiline maw={360} style={{ wordBreak: 'break-all' }}>
        <Text size="xs" c="dimmed" ff="monospace" aria-label={`${t.sha256} ${hash}`}>
          {t.sha256} {hash.slice(0, 12)}…{hash.slice(-6)}
        </Text>
      </Tooltip>
      <CopyButton value={hash}>
        {({ copied, copy }) => (
          <ActionIcon size="xs" variant="subtle" color={copied ? 'green' : 'gray'} onClick={copy} aria-label={copied ? uiMessages.common.copied : t.copyHash}>
            {copied ? <IconCheck size={12} /> : <IconCopy size={12} />}
          </ActionIcon>
        )}
      </CopyButton>
    </Group>
  );
}
