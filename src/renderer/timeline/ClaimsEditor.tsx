import { ActionIcon, Button, Group, NumberInput, Stack, Switch, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { CaseClaims, CaseDetail } from '../../shared/domain/case';
import { uiMessages } from '../../shared/messages/ui';
import { ApiCallError, call, errorMessageOf } from '../api/client';

const t = uiMessages.timeline.offerPanel;

/** Host field errors name `claims.platformPromise.<field>`; the editor shows them under its two inputs. */
const promiseErrorOf = (failure: unknown, field: 'text' | 'multiplier') =>
  failure instanceof ApiCallError ? failure.fields.find((f) => f.field.endsWith(`platformPromise.${field}`))?.message : undefined;

/** The claims beyond the demand, edited where their effect on the figures shows. */
export function ClaimsEditor({ caseId, claims, onSaved }: { caseId: string; claims: CaseClaims | undefined; onSaved: (detail: CaseDetail) => void }) {
  const fraud = claims?.fraud ?? false;
  const [text, setText] = useState(claims?.platformPromise?.text ?? '');
  const [multiplier, setMultiplier] = useState<number | string>(claims?.platformPromise?.multiplier ?? '');
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const save = async (next: CaseClaims) => {
    setBusy(true);
    setFailure(undefined);
    try {
      onSaved(await call('cases:set-claims', { id: caseId, claims: next }));
      notifications.show({ color: 'green', message: t.claimsSaved });
    } catch (error) {
      setFailure(error);
      if (!(error instanceof ApiCallError && error.fields.length > 0)) {
        notifications.show({ color: 'red', title: uiMessages.timeline.actionFailed, message: errorMessageOf(error) });
      }
    } finally {
      setBusy(false);
    }
  };
  const promise = () => (text.trim() === '' && multiplier === '' ? undefined : { text, multiplier: Number(multiplier) });
  const withPromise = (value: ReturnType<typeof promise>): CaseClaims => ({ fraud, ...(value ? { platformPromise: value } : {}) });

  return (
    <Stack gap="xs">
      <Switch
        label={t.fraud}
        description={t.fraudHint}
        checked={fraud}
        disabled={busy}
        onChange={(event) => void save({ ...withPromise(claims?.platformPromise), fraud: event.currentTarget.checked })}
      />
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          label={t.promiseText}
          placeholder={t.promisePlaceholder}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={promiseErrorOf(failure, 'text')}
          size="xs"
          style={{ flex: 1 }}
        />
        <NumberInput label={t.multiplier} value={multiplier} onChange={setMultiplier} min={0} max={100} decimalScale={2} error={promiseErrorOf(failure, 'multiplier')} size="xs" w={72} hideControls />
      </Group>
      <Group gap="xs">
        <Button size="xs" variant="light" onClick={() => void save(withPromise(promise()))} loading={busy}>
          {t.saveClaims}
        </Button>
        {claims?.platformPromise && (
          <Tooltip label={t.clearPromise}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t.clearPromise}
              disabled={busy}
              onClick={() => {
                setText('');
                setMultiplier('');
                void save({ fraud });
              }}
            >
              <IconX size={14} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
    </Stack>
  );
}
