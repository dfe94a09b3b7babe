import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { fileAccessMessages as f } from '../../shared/messages/file-access';
import { uiMessages } from '../../shared/messages/ui';
import { errorMessageOf, hasDesktopBridge } from '../api/client';
import { pickWorkspaceFolder } from '../api/desktop-import';
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
  // The desktop app opens only a folder chosen in its own dialog; a browser names one by its path.
  const desktop = hasDesktopBridge();

  /** `folder` is a path typed in the browser, or the handle of the folder chosen in the desktop dialog. */
  const open = async (folder: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const switched = await switchTo(folder);
      notifications.show({ color: 'green', message: t.switched(switched.path) });
      // Cases of the old workspace do not exist in the new one.
      navigate(paths.active);
      onDone();
    } catch (failure) {
      setError(errorMessageOf(failure));
      setBusy(false);
    }
  };

  const choose = async () => {
    const picked = await pickWorkspaceFolder();
    if (picked) await open(picked.handle);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void (desktop ? choose() : open(path));
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {desktop ? (
          <TextInput label={t.pathLabel} description={f.pickWorkspaceDescription} value={info?.path ?? ''} readOnly error={error} />
        ) : (
          <TextInput
            label={t.pathLabel}
            description={t.pathDescription}
            placeholder={t.pathPlaceholder}
            value={path}
            onChange={(event) => setPath(event.currentTarget.value)}
            error={error}
            data-autofocus
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t.cancel}
          </Button>
          <Button type="submit" loading={busy} data-autofocus={desktop || undefined}>
            {desktop ? f.pickWorkspaceButton : t.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
