import { Group, Loader, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { Loading, LoadFailed } from '../common/LoadStates';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { CASE_STATUSES, type CaseLifecycle, type CaseStatus } from '../../shared/domain/case';
import { statusLabels } from '../../shared/messages/labels';
import { uiMessages } from '../../shared/messages/ui';
import { useApiQuery } from '../api/useApiQuery';
import { useSearchFocus } from '../app/SearchFocus';
import { EmptyTrashButton } from '../trash/EmptyTrashButton';
import { CaseListEmpty } from './CaseListEmpty';
import { CaseTable } from './CaseTable';
import { DamagedCasesAlert } from './DamagedCasesAlert';
import { OverdueNotice } from './OverdueNotice';
import { TextSearchHits } from './TextSearchHits';
import { DashboardImport } from '../transfer/DashboardImport';
import { BackupReminder } from '../backup/BackupReminder';

const t = uiMessages.dashboard;
const statusOptions = CASE_STATUSES.map((value) => ({ value, label: statusLabels[value] }));
/** Long enough to skip a request per keystroke, short enough to feel live. */
const SEARCH_DEBOUNCE_MS = 250;

/** One dashboard for the three views of the workspace: cases in progress, archived, and in the trash. */
/** `importOpen`: the /import route (文件 › 导入案件…) opens the import dialog at once. */
export function Dashboard({ view, importOpen = false }: { view: CaseLifecycle; importOpen?: boolean }) {
  const { searchRef, takePendingFocus } = useSearchFocus();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<CaseStatus | null>(null);
  const [debouncedQuery] = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  const listing = useApiQuery('cases:list', {
    view,
    query: debouncedQuery || undefined,
    status: status ?? undefined,
  });

  useEffect(() => {
    if (takePendingFocus()) searchRef.current?.focus();
  }, [searchRef, takePendingFocus]);

  const filtered = debouncedQuery !== '' || status !== null;
  // An empty view gets its call to action alone; search and filter only appear when they can help.
  const showFilters = filtered || query !== '' || (listing.data?.cases.length ?? 0) > 0;
  const clearFilters = () => {
    setQuery('');
    setStatus(null);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Title order={2}>{t.titles[view]}</Title>
        <Group gap="md" align="baseline">
          {listing.data && showFilters && (
            <Text size="sm" c="dimmed">
              {t.count(listing.data.cases.length)}
            </Text>
          )}
          {/* Only the whole, unfiltered trash can be emptied: the question then names every case that goes. */}
          {view === 'trashed' && !filtered && listing.data && listing.data.cases.length > 0 && (
            <EmptyTrashButton cases={listing.data.cases} onEmptied={listing.reload} />
          )}
          {view === 'active' && <DashboardImport initiallyOpen={importOpen} onImported={listing.reload} />}
        </Group>
      </Group>
      {view === 'active' && <BackupReminder />}

      <Group gap="sm" wrap="wrap" display={showFilters ? undefined : 'none'}>
        <TextInput
          ref={searchRef}
          aria-label={t.searchLabel}
          placeholder={t.searchPlaceholder}
          leftSection={<IconSearch size={16} />}
          rightSection={listing.loading && listing.data ? <Loader size={14} /> : undefined}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          type="search"
          style={{ flex: '1 1 320px' }}
          maxLength={200}
        />
        <Select
          aria-label={t.statusFilterLabel}
          placeholder={t.statusFilterPlaceholder}
          data={statusOptions}
          value={status}
          onChange={(value) => setStatus(value as CaseStatus | null)}
          clearable
          w={180}
        />
      </Group>

      {listing.data && <DamagedCasesAlert damaged={listing.data.damaged} />}
      {listing.data && view === 'active' && <OverdueNotice cases={listing.data.cases} />}

      {listing.error ? (
        <LoadFailed title={t.loadFailed} message={listing.error} onRetry={listing.reload} />
      ) : !listing.data ? (
        <Loading />
      ) : listing.data.cases.length === 0 ? (
        <CaseListEmpty view={view} filtered={filtered} onClearFilters={clearFilters} />
      ) : (
        <CaseTable cases={listing.data.cases} />
      )}
      {/* Mounted only for a search, so an unfiltered dashboard asks the host for nothing more than its list. */}
      {debouncedQuery !== '' && <TextSearchHits query={debouncedQuery} view={view} />}
    </Stack>
  );
}
