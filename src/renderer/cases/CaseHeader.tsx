import { Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconBuildingStore, IconReceipt } from '@tabler/icons-react';
import { CASE_STATUSES, type CaseRecord, type CaseStatus } from '../../shared/domain/case';
import { fieldLabels, statusLabels } from '../../shared/messages/labels';
import { uiMessages } from '../../shared/messages/ui';
import { formatYuan } from '../format/money';
import { StatusBadge } from './StatusBadge';

const t = uiMessages.casePage;
const statusOptions = CASE_STATUSES.map((value) => ({ value, label: statusLabels[value] }));

interface CaseHeaderProps {
  record: CaseRecord;
  busy: boolean;
  onStatus: (status: CaseStatus) => void;
}

/** The title and the facts people look for first, with the status they change most often. */
export function CaseHeader({ record, busy, onStatus }: CaseHeaderProps) {
  return (
    <Group justify="space-between" align="flex-end" gap="md">
      <Stack gap={6} miw={0} style={{ flex: '1 1 420px' }}>
        <Title order={2} style={{ overflowWrap: 'anywhere' }}>
          {record.title}
        </Title>
        <Group gap="lg" c="dimmed">
          <Group gap={6} wrap="nowrap">
            <IconBuildingStore size={16} aria-hidden />
            <Text size="sm">{record.platform.name}</Text>
          </Group>
          <Group gap={6} wrap="nowrap">
            <IconReceipt size={16} aria-hidden />
            <Text size="sm">{t.orderNumber(record.order.number)}</Text>
          </Group>
          <Text size="lg" fw={600} c="var(--mantine-color-text)" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatYuan(record.order.amountPaidFen)}
          </Text>
        </Group>
      </Stack>
      <Select
        label={fieldLabels.status}
        data={statusOptions}
        value={record.status}
        onChange={(value) => value && value !== record.status && onStatus(value as CaseStatus)}
        allowDeselect={false}
        disabled={busy}
        renderOption={({ option }) => <StatusBadge status={option.value as CaseStatus} />}
        w={180}
      />
    </Group>
  );
}
