import { Stack, Tabs } from '@mantine/core';
import { IconClipboardText, IconFileExport, IconFileText, IconPhoto, IconTimeline } from '@tabler/icons-react';
import { useState } from 'react';
import type { CaseDetail, CaseRecord } from '../../shared/domain/case';
import { uiMessages } from '../../shared/messages/ui';
import { CasePathPanel } from '../case-path/CasePathPanel';
import { EvidenceTab } from '../evidence/EvidenceTab';
import { TimelineTab } from '../timeline/TimelineTab';
import { CaseOverview } from './CaseOverview';
import { ComingSoon } from './ComingSoon';
import type { LetterKind } from '../../shared/domain/letters';
import { LettersTab, type KindRequest } from '../letters/LettersTab';
import type { FixTarget } from '../letters/missing-fact-target';

const t = uiMessages.casePage;
const soon = t.comingSoon;

export interface CaseTabsProps {
  record: CaseRecord;
  onCaseChanged: () => void;
  onCaseDetail: (detail: CaseDetail) => void;
  /** Opens the case form (a document lacks a fact of the case). */
  onEditCase: () => void;
}

export function CaseTabs({ record, onCaseChanged, onCaseDetail, onEditCase }: CaseTabsProps) {
  // Controlled, so the timeline can send the person to the evidence or to a document, and back.
  const [tab, setTab] = useState<string | null>('overview');
  const [letterRequest, setLetterRequest] = useState<KindRequest>();
  const openTab = (target: 'evidence' | 'documents', kind?: LetterKind) => {
    if (kind) setLetterRequest({ kind });
    setTab(target);
  };
  const fix = (target: FixTarget) => (target === 'case' ? onEditCase() : setTab(target));
  return (
    <Tabs value={tab} onChange={setTab}>
      <Tabs.List>
        <Tabs.Tab value="overview" leftSection={<IconClipboardText size={16} />}>
          {t.tabs.overview}
        </Tabs.Tab>
        <Tabs.Tab value="evidence" leftSection={<IconPhoto size={16} />}>
          {t.tabs.evidence}
        </Tabs.Tab>
        <Tabs.Tab value="timeline" leftSection={<IconTimeline size={16} />}>
          {t.tabs.timeline}
        </Tabs.Tab>
        <Tabs.Tab value="documents" leftSection={<IconFileText size={16} />}>
          {t.tabs.documents}
        </Tabs.Tab>
        <Tabs.Tab value="export" leftSection={<IconFileExport size={16} />}>
          {t.tabs.export}
        </Tabs.Tab>
      </Tabs.List>

      {/* Mounted only while shown, so the path reflects the timeline as the timeline tab left it. */}
      <Tabs.Panel value="overview" pt="md" keepMounted={false}>
        <Stack gap="md">
          <CasePathPanel key={record.updatedAt} caseId={record.id} onOpenDocuments={(kind) => openTab('documents', kind)} />
          <CaseOverview record={record} />
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="evidence" pt="md">
        <EvidenceTab caseId={record.id} />
      </Tabs.Panel>
      {/* Mounted only while shown, so it reads the evidence locker as the evidence tab left it. */}
      <Tabs.Panel value="timeline" pt="md" keepMounted={false}>
        <TimelineTab record={record} onCaseChanged={onCaseChanged} onClaimsSaved={onCaseDetail} onOpenTab={openTab} />
      </Tabs.Panel>
      <Tabs.Panel value="documents" pt="md">
        <LettersTab record={record} request={letterRequest} onFix={fix} />
      </Tabs.Panel>
      <Tabs.Panel value="export" pt="md">
        <ComingSoon icon={<IconFileExport />} {...soon.export} />
      </Tabs.Panel>
    </Tabs>
  );
}
