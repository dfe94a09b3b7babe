import { Button, EmptyState } from '@mantine/core';
import { IconArchive, IconFilterOff, IconFolderPlus, IconTrash } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import type { CaseLifecycle } from '../../shared/domain/case';
import { uiMessages } from '../../shared/messages/ui';
import { paths } from '../app/paths';

const t = uiMessages.dashboard;

interface CaseListEmptyProps {
  view: CaseLifecycle;
  /** A search or status filter is on, so "nothing here" means "nothing matches". */
  filtered: boolean;
  onClearFilters: () => void;
}

export function CaseListEmpty({ view, filtered, onClearFilters }: CaseListEmptyProps) {
  const [, navigate] = useLocation();
  if (filtered) {
    return (
      <EmptyState icon={<IconFilterOff />} title={t.emptyFiltered.title} description={t.emptyFiltered.description} py="xl">
        <EmptyState.Actions>
          <Button variant="default" onClick={onClearFilters}>
            {t.emptyFiltered.action}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  if (view === 'archived') {
    return <EmptyState icon={<IconArchive />} title={t.emptyArchived.title} description={t.emptyArchived.description} py="xl" />;
  }
  if (view === 'trashed') {
    return <EmptyState icon={<IconTrash />} title={t.emptyTrash.title} description={t.emptyTrash.description} py="xl" />;
  }
  return (
    <EmptyState
      icon={<IconFolderPlus />}
      variant="light"
      title={t.emptyActive.title}
      description={t.emptyActive.description}
      py="xl"
    >
      <EmptyState.Actions>
        <Button onClick={() => navigate(paths.newCase)}>{t.emptyActive.action}</Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
