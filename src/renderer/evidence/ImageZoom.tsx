import { ActionIcon, Box, Button, Group, Text } from '@mantine/core';
import { IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import { useElementSize } from '@mantine/hooks';
import { useState, type WheelEvent } from 'react';
import { uiMessages } from '../../shared/messages/ui';

const t = uiMessages.evidence.viewer;
const MIN = 0.1;
const MAX = 8;
const STEP = 1.25;

/** `fit` shrinks the image into the frame; a number is the scale of its natural size. */
type Zoom = 'fit' | number;

/** An image that can be inspected closely: screenshots are read for small print (order numbers, times). */
export function ImageZoom({ src, alt }: { src: string; alt: string }) {
  const [zoom, setZoom] = useState<Zoom>('fit');
  // Auto margins centre a smaller image yet collapse when it overflows, so every edge stays scrollable.
  const [natural, setNatural] = useState<{ width: number; height: number }>();
  const frame = useElementSize();
  // Fit never enlarges: a small screenshot shown bigger than it is would look sharper than it is.
  const fitScale = natural && frame.width > 0 ? Math.min(1, frame.width / natural.width, frame.height / natural.height) : 1;

  const current = zoom === 'fit' ? fitScale : zoom;
  const zoomBy = (factor: number) => setZoom(Math.min(MAX, Math.max(MIN, current * factor)));
  const onWheel = (event: WheelEvent) => zoomBy(event.deltaY < 0 ? STEP : 1 / STEP);

  return (
    <Box>
      <Group gap="xs" mb="xs">
        <ActionIcon variant="default" onClick={() => zoomBy(1 / STEP)} aria-label={t.zoomOut}>
          <IconZoomOut size={16} />
        </ActionIcon>
        <ActionIcon variant="default" onClick={() => zoomBy(STEP)} aria-label={t.zoomIn}>
          <IconZoomIn size={16} />
        </ActionIcon>
        <Button size="xs" variant={zoom === 'fit' ? 'light' : 'default'} onClick={() => setZoom('fit')}>
          {t.fit}
        </Button>
        <Button size="xs" variant={zoom === 1 ? 'light' : 'default'} onClick={() => setZoom(1)}>
          {t.actualSize}
        </Button>
        <Text size="xs" c="dimmed" aria-live="polite">
          {t.zoomLevel(Math.round(current * 100))}
        </Text>
      </Group>
      <Box
        ref={frame.ref}
        onWheel={onWheel}
        h="65vh"
        style={{ overflow: 'auto', display: 'grid', background: 'var(--mantine-color-default-hover)', borderRadius: 'var(--mantine-radius-sm)' }}
      >
        <img
          src={src}
          alt={alt}
          onLoad={(event) => setNatural({ width: event.currentTarget.naturalWidth, height: event.currentTarget.naturalHeight })}
          style={natural ? { width: natural.width * current, height: natural.height * current, maxWidth: 'none', margin: 'auto' } : { maxWidth: '100%' }}
        />
      </Box>
    </Box>
  );
}
