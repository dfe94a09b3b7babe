import { Group, Radio, Stack, Text } from '@mantine/core';
import { LETTER_KINDS, type LetterKind } from '../../shared/domain/letters';
import { letterKindLabels } from '../../shared/messages/letters';
import { uiMessages } from '../../shared/messages/ui';

const t = uiMessages.letters;

export interface KindPickerProps {
  value: LetterKind | undefined;
  onChange: (kind: LetterKind) => void;
}

/** The seven documents of the complaint path, each with when to use it. */
export function KindPicker({ value, onChange }: KindPickerProps) {
  return (
    <Radio.Group value={value ?? null} onChange={(kind) => onChange(kind as LetterKind)} label={t.pickLabel}>
      <Stack gap={6} mt={6}>
        {LETTER_KINDS.map((kind) => (
          <Radio.Card key={kind} value={kind} p="xs" radius="sm" aria-label={letterKindLabels[kind]}>
            <Group wrap="nowrap" align="flex-start" gap="xs">
              <Radio.Indicator size="xs" mt={3} />
              <div>
                <Text size="sm" fw={600}>
                  {letterKindLabels[kind]}
                </Text>
                <Text size="xs" c="dimmed">
                  {t.kindHints[kind]}
                </Text>
              </div>
            </Group>
          </Radio.Card>
        ))}
      </Stack>
    </Radio.Group>
  );
}
