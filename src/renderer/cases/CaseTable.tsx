import { Table } from '@mantine/core';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useRef, useState } from 'react';
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
/** Mantine's own classes for the table's rows and cells, which the rows below draw as plain elements. */
const tableClasses = Table.classes;
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
        {items.map((item) => (
          <CaseRow key={cases[item.index]!.id} row={cases[item.index]!} rowIndex={item.index + 2} onOpen={navigate} />
        ))}
        {paddingBottom > 0 && <tr aria-hidden style={{ height: paddingBottom }} />}
      </Table.Tbody>
    </Table>
  );
}

/**
 * One case: plain elements with Mantine's table classes instead of Table.Tr, Table.Td, Anchor and Text,
 * whose props and styles resolution made up most of the time to the first rows on screen. Memoised, so
 * scrolling renders only the rows coming into view.
 */
const CaseRow = memo(function CaseRow({ row, rowIndex, onOpen }: { row: CaseSummary; rowIndex: number; onOpen: (path: string) => void }) {
  const caseLink = paths.case(row.id);
  return (
    <tr
      className={`${tableClasses.tr} ${classes.row}`}
      data-with-row-border
      data-hover
      data-overdue={(row.overdueWorkingDays ?? 0) > 0 || undefined}
      style={{ height: ROW_HEIGHT }}
      aria-rowindex={rowIndex}
      onClick={() => onOpen(caseLink)}
    >
      <td className={tableClasses.td}>
        {/* A real link: keyboard and assistive technology reach the case through it. */}
        <a className={`mantine-focus-auto ${classes.title}`} href={`#${caseLink}`} title={row.title} onClick={(event) => event.stopPropagation()}>
          {row.title}
        </a>
      </td>
      <td className={tableClasses.td}>
        <StageCell stage={row.pathStage} />
      </td>
      <td className={tableClasses.td}>
        <DueCell row={row} />
      </td>
      <td className={`${tableClasses.td} ${classes.number}`}>{formatFen(row.amountPaidFen)}</td>
      <td className={tableClasses.td}>
        <StatusBadge status={row.status} />
      </td>
      <td className={`${tableClasses.td} ${classes.truncate} mantine-visible-from-xl`}>{row.platformName}</td>
      <td className={`${tableClasses.td} ${classes.truncate} mantine-visible-from-xl`}>{row.product}</td>
      <td className={`${tableClasses.td} ${classes.date} mantine-visible-from-lg`}>{formatDateTime(row.lastActivityAt)}</td>
    </tr>
  );
});
