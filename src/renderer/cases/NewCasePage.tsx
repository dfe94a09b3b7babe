import { Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLocation } from 'wouter';
import { uiMessages } from '../../shared/messages/ui';
import { call } from '../api/client';
import { paths } from '../app/paths';
import { CaseForm } from './CaseForm';
import type { AcceptedIntake } from './intake-form';

const t = uiMessages.newCase;

export function NewCasePage() {
  const [, navigate] = useLocation();
  const create = async (intake: AcceptedIntake) => {
    const { id } = await call('cases:create', { intake });
    notifications.show({ color: 'green', message: t.created });
    navigate(paths.case(id));
  };
  return (
    <Stack maw={960} gap="md">
      <div>
        <Title order={2}>{t.title}</Title>
        <Text size="sm" c="dimmed" mt={4}>
          {t.intro}
        </Text>
      </div>
      <CaseForm onSubmit={create} onCancel={() => navigate(paths.active)} />
    </Stack>
  );
}
