import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconScan } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { CaseLifecycle } from '../../shared/domain/case';
import { evidenceMessages } from '../../shared/messages/evidence';
import { ocrUiMessages as t } from '../../shared/messages/ocr';
import { useApiQuery } from '../api/useApiQuery';
import { paths } from '../app/paths';

const headingId = 'text-search-hits';

/** The dashboard search's hits in the text read from screenshots: the case, the exhibit and the matching line. */
export function TextSearchHits({ query, view }: { query: string; view: CaseLifecycle }) {
  const hits = useApiQuery('search:text', { query, view });
  if (!query || !hits.data || hits.data.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h6" mb="xs" id={headingId}>
        <IconScan size={16} style={{ verticalAlign: 'middle', marginRight: 6 }} />
        {t.searchHits(hits.data.length)}
      </Title>
      <Stack gap={6}>
        {hits.data.map((hit) => (
          <Group key={`${hit.caseId}/${hit.itemId}`} gap="xs" wrap="nowrap" data-testid="text-search-hit">
            <Anchor component={Link} href={paths.case(hit.caseId)} size="sm" style={{ flexShrink: 0 }}>
              {hit.caseTitle}
            </Anchor>
            <Badge size="sm" variant="light" style={{ flexShrink: 0 }}>
              {t.searchHitLine(hit.exhibitNumber ? evidenceMessages.exhibit(hit.exhibitNumber) : '', hit.itemTitle)}
            </Badge>
            <Text size="sm" c="dimmed" truncate="end">
              {hit.line}
            </Text>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
