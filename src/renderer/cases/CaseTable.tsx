import { Anchor, Table, Text } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { CaseSummary } from '../../shared/domain/case';
import { uiMessages } from '../../shared/messages/ui';
import { formatFen } from '../../shared/validation/money';
import { paths } from '../app/paths';
import { formatDateTime } from '../format/date-time';
import { StageCell } from '../case-path/StageCell';
import { DueCell } from './DueCell';
import { StatusBadge } from './StatusBadge';
import classes from './CaseTable.module.css';

const t = uiMessages.dashboard.columns;
/** Rows have one line each (cells truncate), so a fixed height keeps the virtual list exact. */
const ROW_HEIGHT = 44;
/** The sticky column header sits right under the app header. */
const HEADER_OFFSET = 56;

/**
 * The case list. Only the rows near the viewport are rendered, with spacer rows standing in for the
 * rest, so a thousand cases scroll as smoothly as ten. The page itself scrolls, not an inner box.
 */
export function CaseTable({ cases }: { cases: CaseSummary[] }) {
  const [, navigate] = useLocation();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (body) setScrollMargin(body.getBoundingClientRect().top + window.scrollY);
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: cases.length,
    estimateSize: () => ROW_HEIGHT,
    // Six rows (264 px) beyond each edge keep scrolling smooth; each one more is work before the first paint.
    overscan: 6,
    // The window's size is known now: the first render already shows the rows that fit, instead of a pass
    // without them until the virtualizer has measured the window.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    scrollMargin,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length > 0 ? items[0]!.start - scrollMargin : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - scrollMargin) : 0;

  return (
    <Table
      className={classes.table}
      stickyHeader
      stickyHeaderOffset={HEADER_OFFSET}
      highlightOnHover
      verticalSpacing={0}
      aria-rowcount={cases.length + 1}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t.title}</Table.Th>
          <Table.Th className={classes.stage}>{t.stage}</Table.Th>
          <Table.Th className={classes.due}>{t.due}</Table.Th>
          <Table.Th className={classes.amount}>{t.amount}</Table.Th>
          <Table.Th className={classes.status}>{t.status}</Table.Th>
          <Table.Th className={classes.platform} visibleFrom="xl">
            {t.platform}
          </Table.Th>
          <Table.Th className={classes.product} visibleFrom="xl">
            {t.product}
          </Table.Th>
          <Table.Th className={classes.activity} visibleFrom="lg">
            {t.lastActivity}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody ref={bodyRef}>
        {paddingTop > 0 && <tr aria-hidden style={{ height: paddingTop }} />}
        {items.map((item) => {
          const row = cases[item.index]!;
          return (
            <Table.Tr
              key={row.id}
              className={(row.overdueWorkingDays ?? 0) > 0 ? `${classes.row} ${classes.overdue}` : classes.row}
              style={{ height: ROW_HEIGHT }}
              aria-rowindex={item.index + 2}
              onClick={() => navigate(paths.case(row.id))}
            >
              <Table.Td>
                {/* A real link: keyboard and assistive technology reach the case through it. */}
                <Anchor href={`#${paths.case(row.id)}`} size="sm" truncate="end" display="block" title={row.title} onClick={(event) => event.stopPropagation()}>
                  {row.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <StageCell stage={row.pathStage} />
              </Table.Td>
              <Table.Td>
                <DueCell row={row} />
              </Table.Td>
              <Table.Td className={classes.number}>{formatFen(row.amountPaidFen)}</Table.Td>
              <Table.Td>
                <StatusBadge status={row.status} />
              </Table.Td>
              <Table.Td visibleFrom="xl">
                <Text size="sm" truncate>
                  {row.platformName}
                </Text>
              </Table.Td>
              <Table.Td visibleFrom="xl">
                <Text size="sm" truncate>
                  {row.product}
                </Text>
              </Table.Td>
              <Table.Td visibleFrom="lg" className={classes.date}>
                {formatDateTime(row.lastActivityAt)}
              </Table.Td>
            </Table.Tr>
          );
        })}
        {paddingBottom > 0 && <tr aria-hidden style={{ height: paddingBottom }} />}
      </Table.Tbody>
    </Table>
  );
}
