import { Divider, Group, Paper, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { TimelineView } from '../../shared/api/contract';
import type { CaseDetail, CaseRecord } from '../../shared/domain/case';
import type { TimelineEventView } from '../../shared/domain/timeline';
import { uiMessages } from '../../shared/messages/ui';
import { parseMoney } from '../../shared/validation/money';
import { formatDateTime } from '../format/date-time';
import { formatYuan } from '../format/money';
import { ClaimsEditor } from './ClaimsEditor';
import { latestOffer, offerFigures } from './offer-figures';
import { claimItemLabel, claimMessages, claimWarningText, legalBasisLabels } from '../../shared/messages/claims';
import { offerMessages as o } from '../../shared/messages/offers';

const t = uiMessages.timeline.offerPanel;

/** 报价评估: the latest (or a typed) offer against the demand and what the law or the platform's promise allows. */
export function OfferPanel({
  record,
  events,
  smallClaims,
  onClaimsSaved,
}: {
  record: CaseRecord;
  events: TimelineEventView[];
  smallClaims: TimelineView['smallClaims'];
  onClaimsSaved: (detail: CaseDetail) => void;
}) {
  const [typed, setTyped] = useState('');
  const latest = latestOffer(events);
  const parsed = typed.trim() === '' ? undefined : parseMoney(typed);
  // A typed amount is weighed as money offered; otherwise the latest offer as what it is.
  const offer = parsed?.ok ? { kind: 'partial-refund' as const, fen: parsed.value } : latest ? { kind: latest.offerKind, fen: latest.offerAmountFen } : undefined;
  const { model, assessment, fee } = offerFigures(record, offer ?? {});
  const percent = Math.round(assessment.coverage * 100);
  const noCash = offer?.kind && offer.kind in o.noCashValue ? o.noCashValue[offer.kind as keyof typeof o.noCashValue] : undefined;

  return (
    <Paper withBorder p="md" component="section" aria-label={t.title}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t.title}
        </Title>
        <Text size="sm" c={latest ? undefined : 'dimmed'}>
          {latest
            ? o.latest(latest.offerKind, latest.offerAmountFen === undefined ? undefined : formatYuan(latest.offerAmountFen), formatDateTime(latest.at))
            : t.noOffer}
        </Text>
        <TextInput
          label={t.amountLabel}
          description={t.amountHint}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          error={parsed && !parsed.ok ? parsed.message : undefined}
          inputMode="decimal"
          size="xs"
        />
        {offer && (
          <Stack gap={4} data-testid="offer-gap">
            <Group justify="space-between">
              <Text size="sm">{t.demand(formatYuan(assessment.demandFen))}</Text>
              <Text size="sm" fw={600} c={assessment.gapFen > 0 || assessment.coverage < 1 ? 'red' : 'teal'}>
                {assessment.gapFen > 0 ? t.gap(formatYuan(assessment.gapFen)) : assessment.coverage < 1 ? t.coverage(percent) : t.covered}
              </Text>
            </Group>
            <Progress value={percent} color={percent >= 100 ? 'teal' : 'orange'} aria-label={t.coverageLabel} />
            <Text size="xs" c="dimmed">
              {t.coverage(percent)}
            </Text>
            {noCash && (
              <Text size="sm" c="orange" data-testid="offer-no-cash">
                {noCash}
              </Text>
            )}
          </Stack>
        )}

        <Divider label={t.entitlementTitle} labelPosition="left" />
        <Stack gap={2} data-testid="entitlement">
          {model.items.map((item) => (
            <Group key={`${item.kind}-${item.text ?? ''}`} justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
              <Stack gap={0}>
                <Text size="sm">{claimItemLabel(item)}</Text>
                <Text size="xs" c="dimmed">
                  {item.basis.map((basis) => legalBasisLabels[basis]).join('、')}
                </Text>
              </Stack>
              <Text size="sm" ff="monospace">
                {formatYuan(item.fen)}
              </Text>
            </Group>
          ))}
          <Text size="sm" fw={600} ta="right">
            {t.entitlement(formatYuan(model.totalFen))}
          </Text>
          {model.notAdded && (
            <Text size="xs" c="dimmed">
              {claimMessages.notAdded(claimItemLabel(model.notAdded), formatYuan(model.notAdded.fen))}
            </Text>
          )}
          {model.warnings.map((warning) => (
            <Text key={warning.kind} size="xs" c="orange" data-testid="claim-warning">
              {claimWarningText(warning)}
            </Text>
          ))}
        </Stack>

        <Divider label={t.claimsTitle} labelPosition="left" />
        <ClaimsEditor key={JSON.stringify(record.claims ?? null)} caseId={record.id} claims={record.claims} onSaved={onClaimsSaved} />

        <Divider label={t.feeTitle} labelPosition="left" />
        <Stack gap={2} data-testid="court-fee">
          <Text size="sm">{t.feeFull(formatYuan(fee.fullFen))}</Text>
          <Text size="sm">{t.feeSimple(formatYuan(fee.simpleProcedureFen))}</Text>
          {smallClaims && (
            <Text size="sm" data-testid="small-claims">
              {smallClaims.likely ? t.smallClaimsLikely : t.smallClaimsUnlikely}
              {t.smallClaimsBasis(formatYuan(smallClaims.thresholdFen), smallClaims.basis.year, smallClaims.basis.region)}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t.feeNote}
          </Text>
        </Stack>
      </Stack>
    </Paper>
  );
}
