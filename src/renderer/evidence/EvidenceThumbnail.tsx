import { Center, Image } from '@mantine/core';
import { IconFile, IconFileText, IconHeadphones, IconMovie, IconPdf, IconPhoto } from '@tabler/icons-react';
import { useState } from 'react';
import { evidenceThumbnailUrl } from '../../shared/api/evidence-transfer';
import type { EvidenceView } from '../../shared/domain/evidence';
import { mediaKind, type MediaKind } from './media-kind';

const SIZE = 56;
const icons: Record<MediaKind, typeof IconFile> = {
  image: IconPhoto,
  audio: IconHeadphones,
  video: IconMovie,
  pdf: IconPdf,
  text: IconFileText,
  other: IconFile,
};

/** The host's thumbnail where it could make one (images, some videos), else an icon for the type. */
export function EvidenceThumbnail({ caseId, item }: { caseId: string; item: EvidenceView }) {
  const kind = mediaKind(item.mediaType);
  const [failed, setFailed] = useState(false);
  const Icon = icons[kind];
  if (failed || (kind !== 'image' && kind !== 'video')) {
    return (
      <Center w={SIZE} h={SIZE} bg="var(--mantine-color-default-hover)" style={{ borderRadius: 'var(--mantine-radius-sm)', flexShrink: 0 }}>
        <Icon size={26} stroke={1.5} color="var(--mantine-color-dimmed)" />
      </Center>
    );
  }
  return (
    <Image
      src={evidenceThumbnailUrl(caseId, item.id)}
      alt=""
      w={SIZE}
      h={SIZE}
      fit="cover"
      radius="sm"
      style={{ flexShrink: 0 }}
      onError={() => setFailed(true)}
    />
  );
}
