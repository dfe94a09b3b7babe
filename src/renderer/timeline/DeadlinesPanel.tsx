import { Paper, Stack, Text, Title } from '@mantine/core';
import type { TimelineView } from '../../shared/api/contract';
import { uiMessages } from '../../shared/messages/ui';
import { formatDateTime } from '../format/date-time';
import { ApproximateMark } from './ApproximateMark';
import { DeadlineLine } from './DeadlineLine';

const t = uiMessages.timeline;

/** 期限 and 诉讼时效: what the platform owes by when, and the last day the law leaves to act. */
export function DeadlinesPanel({ view }: { view: Pick<TimelineView, 'demandDeadline' | 'nextDue' | 'limitation'> }) {
  const { demandDeadline, nextDue, limitation } = view;
  return (
    <>
      <Paper withBorder p="md" component="section" aria-label={t.deadlines.title}>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t.deadlines.title}
          </Title>
          {demandDeadline && (
            <Stack gap={2}>
              <DeadlineLine deadline={demandDeadline} label={t.deadlines.demand} />
              <Text size="xs" c="dimmed">
                {t.deadlines.demandSent(formatDateTime(demandDeadline.sentAt))}
              </Text>
            </Stack>
          )}
          {nextDue && <DeadlineLine deadline={nextDue} label={t.deadlines.nextDue} />}
          {!demandDeadline && !nextDue && (
            <Text size="sm" c="dimmed">
              {t.deadlines.none}
            </Text>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-label={t.limitation.title}>
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t.limitation.title}
          </Title>
          <Text size="sm" fw={500} component="div">
            {t.limitation.lastDay(limitation.lastDay)} <ApproximateMark approximate={limitation.approximate} />
          </Text>
          <Text size="xs" c="dimmed">
            {t.limitation.from(limitation.from)}
          </Text>
          <Text size="xs" c="dimmed">
            {limitation.restartedByDemand ? t.limitation.restarted : t.limitation.notRestarted}
          </Text>
        </Stack>
      </Paper>
    </>
  );
}
