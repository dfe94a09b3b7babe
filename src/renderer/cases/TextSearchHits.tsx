import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconScan } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { CaseLifecycle } from '../../shared/domain/case';
import { evidenceMessages } from '../../shared/messages/evidence';
import { ocrUiMessages as t } from '../../shared/messages/ocr';
import { useApiQuery } from '../api/useApiQuery';
import { paths } from '../app/paths';

const headingId = 'text-search-hits';

/** The dashboard search's hits (for a non-empty query) in the text read from screenshots: the case, the exhibit and the matching line, each opening that exhibit. */
export function TextSearchHits({ query, view }: { query: string; view: CaseLifecycle }) {
  const hits = useApiQuery('search:text', { query, view });
  if (!hits.data || hits.data.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h6" mb="xs" id={headingId}>
        <IconScan size={16} style={{ verticalAlign: 'middle', marginRight: 6 }} />
        {t.searchHits(hits.data.length)}
      </Title>
      <Stack gap={6}>
        {hits.data.map((hit) => (
          // One link per hit: it opens the case's 证据 tab with that exhibit shown.
          <Anchor
            key={`${hit.caseId}/${hit.itemId}`}
            component={Link}
            href={paths.caseEvidence(hit.caseId, hit.itemId)}
            underline="hover"
            c="inherit"
            data-testid="text-search-hit"
          >
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" c="blue" style={{ flexShrink: 0 }}>
                {hit.caseTitle}
              </Text>
              <Badge size="sm" variant="light" style={{ flexShrink: 0 }}>
                {t.searchHitLine(hit.exhibitNumber ? evidenceMessages.exhibit(hit.exhibitNumber) : '', hit.itemTitle)}
              </Badge>
              <Text size="sm" c="dimmed" truncate="end">
                {hit.line}
              </Text>
            </Group>
          </Anchor>
        ))}
      </Stack>
    </Paper>
  );
}
