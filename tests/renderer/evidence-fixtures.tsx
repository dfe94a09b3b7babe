import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { EvidenceView } from '../../src/shared/domain/evidence';

/** A plausible evidence item; ids are valid ULIDs so the shared schemas accept them. */
export function evidenceItem(n: number, overrides: Partial<EvidenceView> = {}): EvidenceView {
  const id = `01J00000000000000000000${String(n).padStart(3, '0')}`;
  return {
    id,
    storedName: `${id}.png`,
    storedPath: `evidence/${id}.png`,
    originalName: `file-${n}.png`,
    size: 1024 * n,
    mediaType: 'text/plain',
    sha256: String(n).repeat(64).slice(0, 64),
    importedAt: '2024-05-21T10:00:00+08:00',
    capturedAt: '2024-05-20T14:32:08+08:00',
    capturedAtSource: 'file-mtime',
    category: 'other',
    title: `材料${n}`,
    elements: [],
    exhibitNumber: n,
    ...overrides,
  };
}

/** env="test" turns off transitions and portals, so modals and options are reachable at once. */
export const renderWithMantine = (ui: ReactNode) => render(<MantineProvider env="test">{ui}</MantineProvider>);
