import { Paper, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ocrUiMessages as t } from '../../shared/messages/ocr';
import { call, errorMessageOf } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';

/** The person's choice whether imported screenshots are read (on by default; it applies to every workspace). */
export function OcrSetting() {
  const settings = useApiQuery('ocr:settings', {});
  const toggle = async (enabled: boolean) => {
    try {
      settings.setData(await call('ocr:set-enabled', { enabled }));
    } catch (failure) {
      notifications.show({ color: 'red', message: errorMessageOf(failure) });
    }
  };
  return (
    <Paper withBorder p="md">
      <Switch
        label={t.setting}
        description={t.settingHint}
        checked={settings.data?.enabled ?? true}
        disabled={!settings.data}
        onChange={(event) => void toggle(event.currentTarget.checked)}
      />
    </Paper>
  );
}
