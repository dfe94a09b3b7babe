import { List, Paper, Text, Title } from '@mantine/core';
import { uiMessages } from '../../shared/messages/ui';

const t = uiMessages.evidence.empty;

/** What to collect, in the order a complaint presents it; no sample data. */
export function EvidenceEmpty() {
  return (
    <Paper withBorder p="lg">
      <Title order={3} size="h4" mb="xs">
        {t.title}
      </Title>
      <Text size="sm" mb="sm">
        {t.description}
      </Text>
      <List type="ordered" size="sm" spacing={4} mb="sm">
        <List.Item>{t.transaction}</List.Item>
        <List.Item>{t.communication}</List.Item>
        <List.Item>{t.anomaly}</List.Item>
      </List>
      <Text size="sm" c="dimmed">
        {t.rule}
      </Text>
    </Paper>
  );
}
