import { Alert, Anchor, Code, DataList, Loader, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { evidenceFileUrl } from '../../shared/api/evidence-transfer';
import type { EvidenceView } from '../../shared/domain/evidence';
import { evidenceMessages } from '../../shared/messages/evidence';
import { uiMessages } from '../../shared/messages/ui';
import { formatDateTimeWithSeconds } from '../format/date-time';
import { formatFileSize } from '../format/file-size';
import { ImageZoom } from './ImageZoom';
import { mediaKind } from './media-kind';
import { useFileText } from './useFileText';

const t = uiMessages.evidence.viewer;

function Preview({ item, url }: { item: EvidenceView; url: string }) {
  const kind = mediaKind(item.mediaType);
  const text = useFileText(url, kind === 'text');
  switch (kind) {
    case 'image':
      return <ImageZoom src={url} alt={item.title} />;
    case 'audio':
      return <audio controls src={url} style={{ width: '100%' }} />;
    case 'video':
      return <video controls src={url} style={{ width: '100%', maxHeight: '65vh' }} />;
    case 'pdf':
      return <iframe src={url} title={item.title} style={{ width: '100%', height: '65vh', border: 0 }} />;
    case 'text':
      if (text.status === 'loading') return <Loader size="sm" aria-label={uiMessages.common.loading} />;
      if (text.status === 'failed') {
        return (
          <Alert color="red" role="alert">
            {t.textFailed(text.reason)}
          </Alert>
        );
      }
      return (
        <ScrollArea.Autosize mah="60vh">
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {text.text}
          </Code>
        </ScrollArea.Autosize>
      );
    case 'other':
      return <Text size="sm">{t.noPreview}</Text>;
  }
}

const facts = (item: EvidenceView): [string, string][] => [
  [t.originalName, item.originalName],
  [t.size, formatFileSize(item.size)],
  [t.mediaType, item.mediaType],
  [uiMessages.evidence.sha256, item.sha256],
  [t.importedAt, formatDateTimeWithSeconds(item.importedAt)],
];

/** Shows an original as it was imported, with the facts that identify it. */
export function EvidenceViewer({ caseId, item, onClose }: { caseId: string; item: EvidenceView; onClose: () => void }) {
  const url = evidenceFileUrl(caseId, item.id);
  const exhibit = item.exhibitNumber ? evidenceMessages.exhibit(item.exhibitNumber) : '';
  return (
    <Modal opened onClose={onClose} size="xl" title={t.title(exhibit, item.title)} closeButtonProps={{ 'aria-label': t.close }}>
      <Stack gap="md">
        <Preview item={item} url={url} />
        <DataList size="sm" labelWidth={100} withDivider>
          {facts(item).map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
              <DataList.ItemValue style={{ wordBreak: 'break-all' }}>{value}</DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
        <Anchor href={url} download={item.originalName} size="sm">
          <IconDownload size={14} style={{ verticalAlign: 'middle' }} /> {t.download}
        </Anchor>
      </Stack>
    </Modal>
  );
}
