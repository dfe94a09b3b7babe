import { Button, Group, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileImport, IconFileZip } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { transferUiMessages as t } from '../../shared/messages/archives';
import { paths } from '../app/paths';
import { ImportCaseModal } from './ImportCaseModal';
import { useCaseImport } from './useCaseImport';

/**
 * 导入案件 on the dashboard: the button, the dialog, and a .zip dropped anywhere on the dashboard
 * (the whole window takes the drop while the dashboard shows). `initiallyOpen` is the /import route
 * the desktop menu's 文件 › 导入案件… goes to.
 */
export function DashboardImport({ initiallyOpen = false, onImported }: { initiallyOpen?: boolean; onImported: () => void }) {
  const [, navigate] = useLocation();
  const [opened, setOpened] = useState(initiallyOpen);
  const state = useCaseImport(onImported);
  const dropped = (files: File[]) => {
    setOpened(true);
    state.start(files);
  };
  const close = () => {
    setOpened(false);
    if (initiallyOpen) navigate(paths.active, { replace: true });
  };
  return (
    <>
      <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setOpened(true)}>
        {t.importButton}
      </Button>
      <Dropzone.FullScreen data-testid="dashboard-drop" active={!opened} onDrop={dropped} onReject={(rejections) => dropped(rejections.map((rejection) => rejection.file))} multiple={false}>
        <Group justify="center" mih="60vh">
          <Stack align="center" gap="xs">
            <IconFileZip size={56} stroke={1.4} color="var(--mantine-primary-color-filled)" />
            <Text size="lg" fw={500}>
              {t.dropAnywhere}
            </Text>
          </Stack>
        </Group>
      </Dropzone.FullScreen>
      {opened && <ImportCaseModal state={state} onClose={close} onOpenCase={(id) => navigate(paths.case(id))} />}
    </>
  );
}
