import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import type { MissingFact } from '../../shared/domain/letter-document';
import { uiMessages } from '../../shared/messages/ui';
import { fixTargetOf, type FixTarget } from './missing-fact-target';

const t = uiMessages.letters;
const fixLabels: Record<FixTarget, string> = { case: t.fixCase, evidence: t.fixEvidence, timeline: t.fixTimeline };

export interface MissingFactsProps {
  missing: MissingFact[];
  onFix: (target: FixTarget) => void;
  onRetry: () => void;
}

/** What the case still lacks for this document, with a way to each place where it is filled in. */
export function MissingFacts({ missing, onFix, onRetry }: MissingFactsProps) {
  const targets = [...new Set(missing.map((fact) => fixTargetOf(fact.field)))];
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t.missingTitle} role="alert" aria-label={t.missingTitle}>
      <List size="sm" spacing={4} mb="sm">
        {missing.map((fact) => (
          <List.Item key={fact.field}>{fact.message}</List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mb="sm">
        {t.missingHint}
      </Text>
      <Group gap="xs">
        {targets.map((target) => (
          <Button key={target} size="xs" variant="light" color="orange" onClick={() => onFix(target)}>
            {fixLabels[target]}
          </Button>
        ))}
        <Button size="xs" variant="subtle" color="gray" leftSection={<IconRefresh size={14} />} onClick={onRetry}>
          {t.retry}
        </Button>
      </Group>
    </Alert>
  );
}
