import { Alert, Badge, Button, Code, Divider, Drawer, Group, Paper, ScrollArea, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import type { EvidenceView } from '../../shared/domain/evidence';
import type { CaseFieldProposal, OcrDetail, OcrFact, TimelineProposal } from '../../shared/domain/ocr';
import { evidenceCategoryLabels, evidenceMessages } from '../../shared/messages/evidence';
import { fieldLabels } from '../../shared/messages/labels';
import { ocrMessages, ocrUiMessages as t } from '../../shared/messages/ocr';
import { parseDateTime } from '../../shared/validation/date-time';
import { call, errorMessageOf } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { LoadFailed, Loading } from '../common/LoadStates';
import { formatDateTime, formatDateTimeWithSeconds } from '../format/date-time';
import { intakeWithField, proposalToEntry } from './ocr-proposals';

export interface OcrDrawerProps {
  caseId: string;
  item: EvidenceView;
  onClose: () => void;
  /** After a re-read was started or a proposal was saved: the tab reloads the list. */
  onChanged: () => void;
}

function factText(fact: OcrFact): string {
  if (fact.kind === 'amount') return `¥${fact.value}`;
  if (fact.kind === 'date-time' && !fact.timeOnly) return formatDateTimeWithSeconds(fact.value);
  return fact.value;
}

/** What was read from one screenshot, and what it proposes for the timeline and the case — each saved only when confirmed. */
export function OcrDrawer({ caseId, item, onClose, onChanged }: OcrDrawerProps) {
  const detail = useApiQuery('ocr:get', { caseId, itemId: item.id });
  const exhibit = evidenceMessages.exhibit(item.exhibitNumber ?? 0);
  const reread = async () => {
    try {
      await call('ocr:read', { caseId, itemIds: [item.id] });
      notifications.show({ color: 'blue', message: t.queuedToast(1) });
      onChanged();
      onClose();
    } catch (failure) {
      notifications.show({ color: 'red', message: errorMessageOf(failure) });
    }
  };

  return (
    <Drawer opened onClose={onClose} position="right" size="lg" title={t.drawerTitle(exhibit)}>
      {detail.error && !detail.data ? (
        <LoadFailed title={t.showReading} message={detail.error} onRetry={detail.reload} />
      ) : !detail.data ? (
        <Loading height={160} />
      ) : (
        <Reading detail={detail.data} caseId={caseId} item={item} onReread={reread} onChanged={onChanged} />
      )}
    </Drawer>
  );
}

function Reading({ detail, caseId, item, onReread, onChanged }: { detail: OcrDetail; caseId: string; item: EvidenceView; onReread: () => void; onChanged: () => void }) {
  const kinds = [...new Set(detail.facts.map((f) => f.kind))];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text size="xs" c="dimmed">
          {detail.readAt ? t.readAt(formatDateTimeWithSeconds(detail.readAt)) : ocrMessages.status[detail.status]}
        </Text>
        <Button size="xs" variant="default" leftSection={<IconRefresh size={14} />} onClick={onReread}>
          {t.reread}
        </Button>
      </Group>
      {detail.classification && (
        <Stack gap={2}>
          <Text size="sm">{t.classified(evidenceCategoryLabels[detail.classification.category], detail.classification.title)}</Text>
          <Text size="xs" c="dimmed">
            {t.because(detail.classification.because.join('、'))}
          </Text>
          <Text size="xs" c="dimmed">
            {t.userSetNote}
          </Text>
        </Stack>
      )}
      {detail.mismatches.length > 0 && (
        <Alert color="orange" title={t.warnings}>
          {detail.mismatches.map((mismatch) => (
            <Text key={mismatch.field} size="sm">
              {ocrMessages.mismatch(mismatch)}
            </Text>
          ))}
        </Alert>
      )}

      <Title order={4} size="h6">
        {t.facts}
      </Title>
      {kinds.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.noFacts}
        </Text>
      ) : (
        <Stack gap={4}>
          {kinds.map((kind) => (
            <Group key={kind} gap="xs" wrap="wrap">
              <Badge size="sm" variant="light" w={96}>
                {ocrMessages.factKinds[kind]}
              </Badge>
              {[...new Set(detail.facts.filter((f) => f.kind === kind).map(factText))].map((shown) => (
                <Text key={shown} size="sm">
                  {shown}
                </Text>
              ))}
            </Group>
          ))}
        </Stack>
      )}

      {detail.timeline.length > 0 && <TimelineProposals proposals={detail.timeline} caseId={caseId} itemId={item.id} onChanged={onChanged} />}
      {detail.caseFields.length > 0 && <CaseFieldProposals proposals={detail.caseFields} caseId={caseId} onChanged={onChanged} />}

      <Divider />
      <Title order={4} size="h6">
        {t.text}
      </Title>
      {detail.lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.noText}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={320}>
          <Code block>{detail.lines.map((line) => line.text).join('\n')}</Code>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}

function TimelineProposals({ proposals, caseId, itemId, onChanged }: { proposals: TimelineProposal[]; caseId: string; itemId: string; onChanged: () => void }) {
  return (
    <Stack gap="xs">
      <Title order={4} size="h6">
        {t.timelineTitle}
      </Title>
      <Text size="xs" c="dimmed">
        {t.timelineHint}
      </Text>
      {proposals.map((proposal) => (
        <TimelineProposalCard key={proposal.key} proposal={proposal} caseId={caseId} itemId={itemId} onChanged={onChanged} />
      ))}
    </Stack>
  );
}

function TimelineProposalCard({ proposal, caseId, itemId, onChanged }: { proposal: TimelineProposal; caseId: string; itemId: string; onChanged: () => void }) {
  const [at, setAt] = useState(proposal.at ? formatDateTime(proposal.at) : '');
  const [summary, setSummary] = useState(proposal.summary);
  const [error, setError] = useState<string>();
  const [state, setState] = useState<'open' | 'saving' | 'added'>('open');
  const add = async () => {
    const parsed = parseDateTime(at);
    if (!parsed.ok) return setError(at.trim() ? parsed.message : t.timelineNeedsTime);
    setError(undefined);
    setState('saving');
    try {
      await call('timeline:add', { caseId, event: proposalToEntry(proposal, itemId, parsed.value, summary) });
      setState('added');
      notifications.show({ color: 'green', message: t.timelineAdded });
      onChanged();
    } catch (failure) {
      setState('open');
      setError(errorMessageOf(failure));
    }
  };
  return (
    <Paper withBorder p="sm" data-testid="timeline-proposal">
      <Stack gap={6}>
        <Group gap="xs">
          {proposal.agentId && <Badge size="sm">{proposal.agentId}</Badge>}
          {proposal.promisedWorkingDays !== undefined && <Badge size="sm" color="teal">{t.promise(proposal.promisedWorkingDays)}</Badge>}
          {proposal.offerKind && <Badge size="sm" color="grape">{t.offerKinds[proposal.offerKind]}</Badge>}
        </Group>
        <TextInput size="xs" label={t.timelineAt} value={at} onChange={(e) => setAt(e.currentTarget.value)} disabled={state !== 'open'} />
        <Textarea size="xs" label={t.timelineSummary} autosize minRows={2} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} disabled={state !== 'open'} />
        {error && (
          <Text size="xs" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button size="xs" onClick={add} loading={state === 'saving'} disabled={state === 'added'}>
            {state === 'added' ? t.timelineAdded : t.timelineAdd}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function CaseFieldProposals({ proposals, caseId, onChanged }: { proposals: CaseFieldProposal[]; caseId: string; onChanged: () => void }) {
  const [filled, setFilled] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const fill = async (proposal: CaseFieldProposal) => {
    setError(undefined);
    try {
      const { record } = await call('cases:get', { ref: caseId });
      await call('cases:update', { id: caseId, intake: intakeWithField(record, proposal) });
      setFilled((done) => [...done, proposal.field]);
      notifications.show({ color: 'green', message: t.caseFieldFilled });
      onChanged();
    } catch (failure) {
      setError(errorMessageOf(failure));
    }
  };
  return (
    <Stack gap="xs">
      <Title order={4} size="h6">
        {t.caseFieldsTitle}
      </Title>
      <Text size="xs" c="dimmed">
        {t.caseFieldsHint}
      </Text>
      {proposals.map((proposal) => (
        <Group key={proposal.field} justify="space-between" wrap="nowrap">
          <Text size="sm">
            {fieldLabels[proposal.field] ?? proposal.field}：{proposal.value}
          </Text>
          <Button size="compact-xs" variant="light" onClick={() => fill(proposal)} disabled={filled.includes(proposal.field)}>
            {filled.includes(proposal.field) ? t.caseFieldFilled : t.caseFieldFill}
          </Button>
        </Group>
      ))}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
