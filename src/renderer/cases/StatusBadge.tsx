import { Badge, type MantineColor } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { CaseStatus } from '../../shared/domain/case';
import { statusLabels } from '../../shared/messages/labels';

/** Colours follow the case's path: amber while preparing, cool while talking, warmer as it escalates, grey once closed. */
export const statusColors: Record<CaseStatus, MantineColor> = {
  preparing: 'yellow',
  complained: 'blue',
  negotiating: 'cyan',
  escalated: 'orange',
  'third-party': 'grape',
  regulator: 'violet',
  litigation: 'red',
  resolved: 'green',
  closed: 'gray',
};

/**
 * Mantine's light badge drawn as two plain elements with its classes and the variables its `Badge`
 * would compute: the dashboard shows one per row, and the component's props and styles resolution
 * cost more than the rest of the row's cells together.
 */
export function StatusBadge({ status }: { status: CaseStatus }) {
  const color = statusColors[status];
  const style = {
    '--badge-radius': 'var(--mantine-radius-sm)',
    '--badge-bg': `var(--mantine-color-${color}-light)`,
    '--badge-color': `var(--mantine-color-${color}-light-color)`,
  } as CSSProperties;
  return (
    <span className={Badge.classes.root} style={style}>
      <span className={Badge.classes.label}>{statusLabels[status]}</span>
    </span>
  );
}
