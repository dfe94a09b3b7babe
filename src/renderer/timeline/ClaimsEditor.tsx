import { ActionIcon, Button, Group, NumberInput, Stack, Switch, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { ApiInput } from '../../shared/api/contract';
import type { CaseClaims, CaseDetail } from '../../shared/domain/case';
import { claimMessages as c } from '../../shared/messages/claims';
import { uiMessages } from '../../shared/messages/ui';
import { fenToInput } from '../../shared/validation/money';
import { ApiCallError, call, errorMessageOf } from '../api/client';

const t = uiMessages.timeline.offerPanel;

type ClaimsInput = ApiInput<'cases:set-claims'>['claims'];
type LossRow = { text: string; amount: string };

/** Host field errors name `claims.<path>`; each input shows the one for its own path. */
const errorAt = (failure: unknown, path: string) =>
  failure instanceof ApiCallError ? failure.fields.find((f) => f.field === `claims.${path}`)?.message : undefined;

/** The stored claims as the editor (and the API) takes them: loss amounts in 元 as typed. */
const inputOf = (claims: CaseClaims | undefined): ClaimsInput => ({
  fraud: claims?.fraud ?? false,
  ...(claims?.platformPromise ? { platformPromise: claims.platformPromise } : {}),
  ...(claims?.losses ? { losses: claims.losses.map((loss) => ({ text: loss.text, amount: fenToInput(loss.amountFen) })) } : {}),
});

/** The claims beyond the demand — fraud, the platform's promise, other losses — edited where their effect on the figures shows. */
export function ClaimsEditor({ caseId, claims, onSaved }: { caseId: string; claims: CaseClaims | undefined; onSaved: (detail: CaseDetail) => void }) {
  const stored = inputOf(claims);
  const [text, setText] = useState(claims?.platformPromise?.text ?? '');
  const [multiplier, setMultiplier] = useState<number | string>(claims?.platformPromise?.multiplier ?? '');
  const [losses, setLosses] = useState<LossRow[]>(() => (stored.losses ?? []).map((loss) => ({ text: loss.text, amount: String(loss.amount) })));
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const save = async (next: ClaimsInput) => {
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
  const typedLosses = losses.filter((loss) => loss.text.trim() !== '' || loss.amount.trim() !== '');
  const edited = (): ClaimsInput => {
    const typed = promise();
    return { fraud: stored.fraud, ...(typed ? { platformPromise: typed } : {}), ...(typedLosses.length > 0 ? { losses: typedLosses } : {}) };
  };
  const setLoss = (index: number, patch: Partial<LossRow>) => setLosses((rows) => rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <Stack gap="xs">
      <Switch label={t.fraud} description={t.fraudHint} checked={stored.fraud} disabled={busy} onChange={(event) => void save({ ...stored, fraud: event.currentTarget.checked })} />
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput
          label={t.promiseText}
          placeholder={t.promisePlaceholder}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={errorAt(failure, 'platformPromise.text')}
          size="xs"
          style={{ flex: 1 }}
        />
        <NumberInput label={t.multiplier} value={multiplier} onChange={setMultiplier} min={0} max={100} decimalScale={2} error={errorAt(failure, 'platformPromise.multiplier')} size="xs" w={72} hideControls />
        {claims?.platformPromise && (
          <Tooltip label={t.clearPromise}>
            <ActionIcon
              mt={22}
              variant="subtle"
              color="gray"
              aria-label={t.clearPromise}
              disabled={busy}
              onClick={() => {
                setText('');
                setMultiplier('');
                const { platformPromise: _cleared, ...rest } = stored;
                void save(rest);
              }}
            >
              <IconX size={14} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      <Text size="xs" fw={500}>
        {c.lossesTitle}
      </Text>
      {losses.map((loss, index) => (
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
          <TextInput aria-label={c.lossText} placeholder={c.lossText} value={loss.text} onChange={(e) => setLoss(index, { text: e.currentTarget.value })} error={errorAt(failure, `losses.${index}.text`)} size="xs" style={{ flex: 1 }} />
          <TextInput aria-label={c.lossAmount} placeholder={c.lossAmount} value={loss.amount} onChange={(e) => setLoss(index, { amount: e.currentTarget.value })} error={errorAt(failure, `losses.${index}.amount`)} inputMode="decimal" size="xs" w={96} />
          <ActionIcon variant="subtle" color="gray" aria-label={c.removeLoss(loss.text)} disabled={busy} onClick={() => setLosses((rows) => rows.filter((_, i) => i !== index))}>
            <IconX size={14} />
          </ActionIcon>
        </Group>
      ))}
      <Group gap="xs">
        <Button size="xs" variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => setLosses((rows) => [...rows, { text: '', amount: '' }])} disabled={busy}>
          {c.addLoss}
        </Button>
        <Button size="xs" variant="light" onClick={() => void save(edited())} loading={busy}>
          {t.saveClaims}
        </Button>
      </Group>
    </Stack>
  );
}
