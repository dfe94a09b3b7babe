import { Alert, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';

/** The reminder shown beside every document (never in it): a draft to check, not legal advice. */
export function DraftNote({ text, className }: { text: string; className?: string }) {
  return (
    <Alert className={className} variant="light" color="gray" icon={<IconInfoCircle size={16} />}>
      <Text size="xs">{text}</Text>
    </Alert>
  );
}
