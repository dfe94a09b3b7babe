import { Tabs } from '@mantine/core';
import { IconClipboardText, IconFileExport, IconFileText, IconPhoto, IconTimeline } from '@tabler/icons-react';
import { Suspense, useState, type ReactNode } from 'react';
import type { CaseDetail, CaseRecord } from '../../shared/domain/case';
import { uiMessages } from '../../shared/messages/ui';
import { lazyView } from '../common/lazy-view';
import { Loading } from '../common/LoadStates';
import { CaseOverview } from './CaseOverview';
import { ExportTab } from '../export/ExportTab';
import type { LetterKind } from '../../shared/domain/letters';
import type { KindRequest } from '../letters/LettersTab';
import type { FixTarget } from '../letters/missing-fact-target';

// Each tab's code is fetched when the tab is first shown; the overview comes with the case page.
const EvidenceTab = lazyView(() => import('../evidence/EvidenceTab'), 'EvidenceTab');
const TimelineTab = lazyView(() => import('../timeline/TimelineTab'), 'TimelineTab');
const LettersTab = lazyView(() => import('../letters/LettersTab'), 'LettersTab');

const Lazy = ({ children }: { children: ReactNode }) => <Suspense fallback={<Loading height={160} />}>{children}</Suspense>;

const t = uiMessages.casePage;

export interface CaseTabsProps {
  record: CaseRecord;
  onCaseChanged: () => void;
  onCaseDetail: (detail: CaseDetail) => void;
  /** Opens the case form (a document lacks a fact of the case). */
  onEditCase: () => void;
  /** The document kinds with unsaved edits, as the 文书 tab reports them. */
  onUnsavedLetters?: (kinds: LetterKind[]) => void;
}

export function CaseTabs({ record, onCaseChanged, onCaseDetail, onEditCase, onUnsavedLetters }: CaseTabsProps) {
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

      <Tabs.Panel value="overview" pt="md">
        <CaseOverview record={record} />
      </Tabs.Panel>
      <Tabs.Panel value="evidence" pt="md">
        <Lazy>
          <EvidenceTab caseId={record.id} />
        </Lazy>
      </Tabs.Panel>
      {/* Mounted only while shown, so it reads the evidence locker as the evidence tab left it. */}
      <Tabs.Panel value="timeline" pt="md" keepMounted={false}>
        <Lazy>
          <TimelineTab record={record} onCaseChanged={onCaseChanged} onClaimsSaved={onCaseDetail} onOpenTab={openTab} />
        </Lazy>
      </Tabs.Panel>
      <Tabs.Panel value="documents" pt="md">
        <Lazy>
          <LettersTab record={record} request={letterRequest} onFix={fix} onUnsavedChange={onUnsavedLetters} />
        </Lazy>
      </Tabs.Panel>
      <Tabs.Panel value="export" pt="md">
        <ExportTab caseId={record.id} />
      </Tabs.Panel>
    </Tabs>
  );
}
