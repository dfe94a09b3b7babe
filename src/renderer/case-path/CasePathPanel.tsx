import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import type { LetterKind } from '../../shared/domain/letters';
import { adviceSentence, letterLabels, nextStepLabels } from '../../shared/messages/advice';
import { casePathMessages as t } from '../../shared/messages/case-path';
import { uiMessages } from '../../shared/messages/ui';
import { useApiQuery } from '../api/useApiQuery';
import { Loading, LoadFailed } from '../common/LoadStates';
import { CasePathStepper } from './CasePathStepper';

export interface CasePathPanelProps {
  caseId: string;
  /** Opens the 文书 tab on the document the next step needs. */
  onOpenDocuments: (kind: LetterKind) => void;
}

/** 维权进度 on the 概况 tab: the path drawn from the timeline, and the next step the advisor suggests. */
export function CasePathPanel({ caseId, onOpenDocuments }: CasePathPanelProps) {
  const timeline = useApiQuery('timeline:get', { caseId });
  if (timeline.error && !timeline.data) return <LoadFailed title={t.loadFailed} message={timeline.error} onRetry={timeline.reload} />;
  if (!timeline.data) return <Loading height={140} />;
  const { path, advice, chosenStep } = timeline.data;
  const next = advice[0];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="case-path-title">
      <Title order={3} size="h5" mb="md" id="case-path-title">
        {t.title}
      </Title>
      <CasePathStepper path={path} />
      {!path.finished && (
        <Group justify="space-between" align="flex-end" gap="sm" mt="md" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
          <Stack gap={2} miw={0} style={{ flex: '1 1 320px' }}>
            <Text size="sm" fw={600}>
              {t.nextStep}：{chosenStep ? uiMessages.timeline.advice.chosen(nextStepLabels[chosenStep]) : next ? nextStepLabels[next.step] : t.noAdvice}
            </Text>
            {!chosenStep && next && (
              <Text size="sm" c="dimmed">
                {adviceSentence(next.reason)}
              </Text>
            )}
          </Stack>
          {!chosenStep && next?.letter && (
            <Button size="xs" leftSection={<IconFileText size={14} />} onClick={() => onOpenDocuments(next.letter!)}>
              {uiMessages.timeline.advice.generate(letterLabels[next.letter])}
            </Button>
          )}
        </Group>
      )}
    </Paper>
  );
}
