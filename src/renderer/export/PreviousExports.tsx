import { Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { DossierExport } from '../../shared/domain/dossier';
import { exportTabMessages as t } from '../../shared/messages/dossier';
import { formatDateTime } from '../format/date-time';
import { formatFileSize } from '../format/file-size';
import { ExportActions } from './ExportActions';

const c = t.previousColumns;

/** The case's earlier dossiers, newest first, each with its files' actions. */
export function PreviousExports({ caseId, exports }: { caseId: string; exports: readonly DossierExport[] }) {
  const [error, setError] = useState<string>();
  return (
    <Paper withBorder p="md" component="section" aria-label={t.previousTitle}>
      <Title order={3} size="h5" mb="sm">
        {t.previousTitle}
      </Title>
      {exports.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.previousNone}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{c.createdAt}</Table.Th>
                <Table.Th>{c.pages}</Table.Th>
                <Table.Th>{c.exhibits}</Table.Th>
                <Table.Th>{c.pdf}</Table.Th>
                <Table.Th>{c.zip}</Table.Th>
                <Table.Th>{c.actions}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {exports.map((entry) => (
                <Table.Tr key={entry.id} data-testid="previous-export">
                  <Table.Td>{formatDateTime(entry.createdAt)}</Table.Td>
                  <Table.Td>{entry.pages}</Table.Td>
                  <Table.Td>{entry.exhibits}</Table.Td>
                  <Table.Td>{formatFileSize(entry.pdf.size)}</Table.Td>
                  <Table.Td>{formatFileSize(entry.zip.size)}</Table.Td>
                  <Table.Td>
                    <ExportActions caseId={caseId} entry={entry} onError={setError} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {error && (
        <Text size="sm" c="red" mt="xs">
          {error}
        </Text>
      )}
    </Paper>
  );
}
