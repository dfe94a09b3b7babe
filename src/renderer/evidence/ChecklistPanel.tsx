import { Alert, List, Paper, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { ChecklistGap } from '../../shared/domain/evidence';
import { fourElementsMessages } from '../../shared/messages/four-elements';
import { uiMessages } from '../../shared/messages/ui';
import { gapMessage } from './checklist-text';

const t = uiMessages.evidence.checklist;

/** The complete message and the uncovered-element gaps use the term 四要素, so they come with its meaning. */
const mentionsFourElements = (gaps: ChecklistGap[]) => gaps.length === 0 || gaps.some((gap) => gap.kind === 'element-uncovered');
const headingId = 'evidence-checklist-title';

/** What the case's evidence still lacks; recomputed by the host after every change. */
export function ChecklistPanel({ gaps }: { gaps: ChecklistGap[] }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" mb="sm" id={headingId}>
        {t.title}
      </Title>
      {gaps.length === 0 ? (
        <Alert color="green" icon={<IconCircleCheck />} title={t.complete}>
          <Text size="sm">{t.completeText}</Text>
        </Alert>
      ) : (
        <List
          spacing={6}
          size="sm"
          icon={
            <ThemeIcon color="orange" variant="light" size={20} radius="xl">
              <IconAlertTriangle size={13} />
            </ThemeIcon>
          }
        >
          {gaps.map((gap) => {
            const message = gapMessage(gap);
            return <List.Item key={message}>{message}</List.Item>;
          })}
        </List>
      )}
      {mentionsFourElements(gaps) && (
        <Text size="xs" c="dimmed" mt="sm">
          {fourElementsMessages.note}
        </Text>
      )}
    </Paper>
  );
}
