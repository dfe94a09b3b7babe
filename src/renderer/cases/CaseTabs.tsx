import { Tabs } from '@mantine/core';
import { IconClipboardText, IconFileExport, IconFileText, IconPhoto, IconTimeline } from '@tabler/icons-react';
import type { CaseRecord } from '../../shared/domain/case';
import { uiMessages } from '../../shared/messages/ui';
import { EvidenceTab } from '../evidence/EvidenceTab';
import { CaseOverview } from './CaseOverview';
import { ComingSoon } from './ComingSoon';

const t = uiMessages.casePage;
const soon = t.comingSoon;

export function CaseTabs({ record }: { record: CaseRecord }) {
  return (
    <Tabs defaultValue="overview">
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
        <EvidenceTab caseId={record.id} />
      </Tabs.Panel>
      <Tabs.Panel value="timeline" pt="md">
        <ComingSoon icon={<IconTimeline />} {...soon.timeline} />
      </Tabs.Panel>
      <Tabs.Panel value="documents" pt="md">
        <ComingSoon icon={<IconFileText />} {...soon.documents} />
      </Tabs.Panel>
      <Tabs.Panel value="export" pt="md">
        <ComingSoon icon={<IconFileExport />} {...soon.export} />
      </Tabs.Panel>
    </Tabs>
  );
}
