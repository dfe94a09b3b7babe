import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { uiMessages } from '../../shared/messages/ui';
import { errorMessageOf, hasDesktopBridge } from '../api/client';
import { FolderBrowser } from './FolderBrowser';
import { paths } from './paths';
import { useWorkspace } from './WorkspaceContext';

const t = uiMessages.workspace;

export function WorkspaceSwitchModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={t.modalTitle} size="lg">
      {/* Mounted only while open, so every opening starts from the current path without a stale error. */}
      <WorkspaceSwitchForm onDone={onClose} />
    </Modal>
  );
}

function WorkspaceSwitchForm({ onDone }: { onDone: () => void }) {
  const { info, switchTo } = useWorkspace();
  const [path, setPath] = useState(info?.path ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [, navigate] = useLocation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const switched = await switchTo(path);
      notifications.show({ color: 'green', message: t.switched(switched.path) });
      // Cases of the old workspace do not exist in the new one.
      navigate(paths.active);
      onDone();
    } catch (failure) {
      setError(errorMessageOf(failure));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {/* Only the desktop app can open the system's folder dialog; in a browser the host's folder browser stands in. */}
        {!hasDesktopBridge() && <FolderBrowser onFolder={setPath} />}
        <TextInput
          label={t.pathLabel}
          description={t.pathDescription}
          placeholder={t.pathPlaceholder}
          value={path}
          onChange={(event) => setPath(event.currentTarget.value)}
          error={error}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t.cancel}
          </Button>
          <Button type="submit" loading={busy}>
            {t.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
