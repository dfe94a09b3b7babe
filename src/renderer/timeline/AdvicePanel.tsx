import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import { NEXT_STEPS, type Advice, type NextStep } from '../../shared/domain/advice';
import type { LetterKind } from '../../shared/domain/letters';
import { adviceSentence, letterLabels, nextStepLabels } from '../../shared/messages/advice';
import { uiMessages } from '../../shared/messages/ui';

const t = uiMessages.timeline.advice;
const stepOptions = NEXT_STEPS.map((value) => ({ value, label: nextStepLabels[value] }));

export interface AdvicePanelProps {
  advice: Advice[];
  /** Suggestions dismissed while this tab is open; the host leaves dismissed ones out of its answer. */
  dismissed: Advice[];
  chosenStep?: NextStep;
  busy: boolean;
  onDismiss: (advice: Advice) => void;
  onRestore: (advice: Advice) => void;
  onChoose: (step: NextStep | null) => void;
  /** Opens the 文书 tab on the suggested kind. */
  onOpenDocuments: (kind: LetterKind) => void;
}

/** 下一步建议: the advisor's suggestions with their reasons, the document to write, and the person's own choice. */
export function AdvicePanel({ advice, dismissed, chosenStep, busy, onDismiss, onRestore, onChoose, onOpenDocuments }: AdvicePanelProps) {
  const [choosing, setChoosing] = useState(false);
  return (
    <Paper withBorder p="md" component="section" aria-label={t.title}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t.title}
        </Title>
        {advice.length === 0 && (
          <Text size="sm" c="dimmed">
            {t.none}
          </Text>
        )}
        {advice.map((item, index) => (
          <Paper key={item.ruleId} p="sm" radius="sm" bg={index === 0 ? 'var(--mantine-primary-color-light)' : undefined} withBorder={index !== 0} data-testid="advice">
            <Stack gap={6}>
              <Text size="sm" fw={600}>
                {nextStepLabels[item.step]}
              </Text>
              <Text size="sm">{adviceSentence(item.reason)}</Text>
              <Group gap={6}>
                {item.letter && (
                  <Button size="xs" leftSection={<IconFileText size={14} />} onClick={() => onOpenDocuments(item.letter!)}>
                    {t.generate(letterLabels[item.letter])}
                  </Button>
                )}
                <Button size="xs" variant="subtle" color="gray" onClick={() => onDismiss(item)} disabled={busy}>
                  {t.dismiss}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}

        {chosenStep ? (
          <Group justify="space-between" gap="xs">
            <Text size="sm" fw={500}>
              {t.chosen(nextStepLabels[chosenStep])}
            </Text>
            <Button size="xs" variant="subtle" onClick={() => onChoose(null)} disabled={busy}>
              {t.clearChoice}
            </Button>
          </Group>
        ) : choosing ? (
          <Select
            label={t.chooseLabel}
            placeholder={t.choosePlaceholder}
            data={stepOptions}
            onChange={(step) => {
              if (!step) return;
              setChoosing(false);
              onChoose(step as NextStep);
            }}
            disabled={busy}
            size="xs"
          />
        ) : (
          <Button size="xs" variant="default" onClick={() => setChoosing(true)}>
            {t.chooseOther}
          </Button>
        )}

        {dismissed.length > 0 && (
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              {t.dismissed}
            </Text>
            {dismissed.map((item) => (
              <Group key={item.ruleId} justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" c="dimmed" truncate="end">
                  {nextStepLabels[item.step]}
                </Text>
                <Button size="xs" variant="light" onClick={() => onRestore(item)} disabled={busy}>
                  {t.restore}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
