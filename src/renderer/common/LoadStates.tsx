import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { uiMessages } from '../../shared/messages/ui';

/** What a view shows while its data is on the way. */
export function Loading({ height = 200, label = uiMessages.common.loading }: { height?: number; label?: string }) {
  return (
    <Center h={height}>
      <Loader aria-label={label} />
    </Center>
  );
}

/** What a view shows when its data could not be had: the reason, 重试, and any way out the caller adds. */
export function LoadFailed({ title, message, onRetry, children }: { title: string; message: string; onRetry: () => void; children?: ReactNode }) {
  return (
    <Alert color="red" title={title} role="alert">
      <Text size="sm" mb="sm">
        {message}
      </Text>
      <Group gap="xs">
        <Button size="xs" variant="light" color="red" onClick={onRetry}>
          {uiMessages.common.retry}
        </Button>
        {children}
      </Group>
    </Alert>
  );
}
