import { Badge, Tooltip } from '@mantine/core';
import { uiMessages } from '../../shared/messages/ui';

const t = uiMessages.timeline;

/** Marks a date computed for a year whose holiday arrangement is not published yet. */
export function ApproximateMark({ approximate }: { approximate: boolean }) {
  if (!approximate) return null;
  return (
    <Tooltip label={t.approximateHint} withArrow>
      <Badge size="xs" variant="outline" color="gray" radius="sm" tabIndex={0} aria-label={`${t.approximate}：${t.approximateHint}`}>
        {t.approximate}
      </Badge>
    </Tooltip>
  );
}
