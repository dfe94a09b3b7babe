import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { TIMELINE_CHANNELS, type TimelineChannel } from '../../shared/domain/timeline';
import { timelineChannelLabels } from '../../shared/messages/timeline';
import { letterUiMessages } from '../../shared/messages/letters-ui';
import { uiMessages } from '../../shared/messages/ui';
import { errorMessageOf } from '../api/client';
import { formatDateTime } from '../format/date-time';

const t = uiMessages.letters;
const channelOptions = TIMELINE_CHANNELS.map((value) => ({ value, label: timelineChannelLabels[value] }));

export interface MarkSentModalProps {
  defaultChannel: TimelineChannel;
  /** The reply deadline the letter states (YYYY-MM-DD), recorded with the entry. */
  replyBy?: string;
  /** Throws with the host's message (e.g. a bad time), which the modal shows under 发送时间. */
  onSubmit: (at: string, channel: TimelineChannel) => Promise<void>;
  onClose: () => void;
}

/** When and where the letter went; the core turns it into a timeline entry. */
export function MarkSentModal({ defaultChannel, replyBy, onSubmit, onClose }: MarkSentModalProps) {
  const [at, setAt] = useState(() => formatDateTime(new Date().toISOString()));
  const [channel, setChannel] = useState<TimelineChannel>(defaultChannel);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(at, channel);
    } catch (failure) {
      setError(errorMessageOf(failure));
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t.markSentTitle}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <TextInput label={t.sentAt} description={t.sentAtHint} value={at} onChange={(e) => setAt(e.currentTarget.value)} error={error} data-autofocus />
          <NativeSelect label={t.sentChannel} data={channelOptions} value={channel} onChange={(e) => setChannel(e.currentTarget.value as TimelineChannel)} />
          {replyBy && (
            <Text size="sm" c="dimmed">
              {letterUiMessages.markSentDeadline(replyBy)}
            </Text>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t.cancel}
            </Button>
            <Button type="submit" loading={busy}>
              {t.markSentSubmit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
