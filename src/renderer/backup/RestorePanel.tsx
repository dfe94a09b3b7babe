import { Alert, Button, FileButton, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconRestore } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { RestoreOutcome } from '../../shared/domain/backup';
import { fileAccessMessages as f } from '../../shared/messages/file-access';
import { backupUiMessages as t } from '../../shared/messages/backup';
import { call, errorMessageOf, hasDesktopBridge } from '../api/client';
import { pickWorkspaceFolder, registerFiles } from '../api/desktop-import';
import { uploadArchive } from '../api/upload-archive';
import { useWorkspace } from '../app/WorkspaceContext';
import { SectionCard } from '../common/SectionCard';

/**
 * The outcome of the restore just done. Every page is mounted afresh once the restored folder becomes
 * the workspace (the routes are keyed by it), so the new panel picks the outcome up from here.
 */
let restoredJustNow: RestoreOutcome | undefined;

/**
 * 从备份恢复: a backup into a new or empty folder, which becomes the open workspace; then each case's
 * verify result. The desktop app names the folder through its own dialog, a browser by its path.
 */
export function RestorePanel({ onRestored }: { onRestored: () => void }) {
  const desktop = hasDesktopBridge();
  const { reload } = useWorkspace();
  const [folder, setFolder] = useState<{ ref: string; path: string }>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<RestoreOutcome | undefined>(() => restoredJustNow);
  useEffect(() => {
    restoredJustNow = undefined;
  }, []);
  const [error, setError] = useState<string>();

  const restore = async (file: File | null) => {
    if (!file || !folder) return;
    setBusy(true);
    setError(undefined);
    setOutcome(undefined);
    try {
      const done = desktop
        ? await call('workspace:restore', { archive: (await registerFiles([file]))[0]!.handle, folder: folder.ref })
        : await uploadArchive<RestoreOutcome>(file, { kind: 'backup', folder: folder.path });
      setOutcome(done);
      restoredJustNow = done;
      reload();
      onRestored();
    } catch (failure) {
      setError(errorMessageOf(failure));
    } finally {
      setBusy(false);
    }
  };
  const choose = async () => {
    const picked = await pickWorkspaceFolder();
    if (picked) setFolder({ ref: picked.handle, path: picked.path });
  };
  const broken = outcome?.cases.filter((entry) => !entry.ok) ?? [];

  return (
    <SectionCard title={t.restoreTitle} intro={t.restoreIntro}>
      {desktop ? (
        <Group align="flex-end">
          <TextInput label={t.restoreFolder} value={folder?.path ?? ''} readOnly style={{ flex: 1 }} />
          <Button variant="default" onClick={() => void choose()}>
            {f.pickWorkspaceButton}
          </Button>
        </Group>
      ) : (
        <TextInput
          label={t.restoreFolder}
          description={t.restoreFolderHint}
          value={folder?.path ?? ''}
          onChange={(event) => setFolder({ ref: event.currentTarget.value, path: event.currentTarget.value })}
        />
      )}
      <Group>
        <FileButton onChange={(file) => void restore(file)} accept=".zip,application/zip">
          {(props) => (
            <Button {...props} leftSection={<IconRestore size={16} />} loading={busy} disabled={!folder?.path.trim()}>
              {t.restoreButton}
            </Button>
          )}
        </FileButton>
      </Group>
      {outcome && (
        <Alert color={outcome.ok ? 'green' : 'yellow'} icon={outcome.ok ? <IconCircleCheck /> : <IconAlertTriangle />} title={t.restored(outcome.cases.length)} data-testid="restore-result">
          <Stack gap={6}>
            {broken.length > 0 && <Text size="sm">{t.restoredBroken(broken.length)}</Text>}
            <List size="sm">
              {outcome.cases.map((entry) => (
                <List.Item key={entry.folder}>
                  {entry.unreadable ? `${entry.folder}：${entry.unreadable}` : entry.ok ? t.caseOk(entry.folder, entry.checked) : t.caseBroken(entry.folder, entry.problems.length)}
                </List.Item>
              ))}
            </List>
          </Stack>
        </Alert>
      )}
      {error && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t.restoreFailed}>
          {error}
        </Alert>
      )}
    </SectionCard>
  );
}
