import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { LetterRecord } from '../../shared/api/contract';
import { uiMessages } from '../../shared/messages/ui';
import { formatDateTime } from '../format/date-time';
import { SentBadge } from './SentBadge';

const t = uiMessages.letters;

export interface SavedLettersProps {
  letters: LetterRecord[];
  /** The version on screen, marked in the list. */
  openLetterId?: string;
  openVersion?: number;
  onOpen: (record: LetterRecord, version: number) => void;
}

/** The case's saved letters, newest version first, each version openable. */
export function SavedLetters({ letters, openLetterId, openVersion, onOpen }: SavedLettersProps) {
  return (
    <Paper withBorder p="sm" component="section" aria-label={t.savedTitle}>
      <Title order={3} size="h6" mb="xs">
        {t.savedTitle}
      </Title>
      {letters.length === 0 && (
        <Text size="sm" c="dimmed">
          {t.savedNone}
        </Text>
      )}
      <Stack gap="sm">
        {letters.map((record) => (
          <Stack key={record.id} gap={2} data-testid="saved-letter">
            <Text size="sm" fw={600}>
              {record.title}
            </Text>
            {record.sent && (
              <Group>
                <SentBadge sent={record.sent} />
              </Group>
            )}
            {[...record.versions].reverse().map((version) => {
              const current = record.id === openLetterId && version.version === openVersion;
              return (
                <Group key={version.version} gap="xs" wrap="nowrap">
                  <Anchor
                    component="button"
                    type="button"
                    size="xs"
                    fw={current ? 700 : undefined}
                    aria-current={current || undefined}
                    aria-label={t.openVersion(record.title, version.version)}
                    onClick={() => onOpen(record, version.version)}
                  >
                    {t.versionLabel(version.version)}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(version.savedAt)}
                  </Text>
                </Group>
              );
            })}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
