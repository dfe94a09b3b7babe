import { Stack } from '@mantine/core';
import { exportTabMessages } from '../../shared/messages/dossier';
import { useApiQuery } from '../api/useApiQuery';
import { LoadFailed } from '../common/LoadStates';
import { CaseTransferSection } from './CaseTransferSection';
import { DossierPanel } from './DossierPanel';
import { PreviousExports } from './PreviousExports';
import { useDossierJob } from './useDossierJob';

/** 导出: the court dossier (make it, follow it, open or print it), earlier dossiers, and the case transfer. */
export function ExportTab({ caseId }: { caseId: string }) {
  const exports = useApiQuery('dossier:exports', { caseId });
  const dossier = useDossierJob(caseId, exports.reload);
  return (
    <Stack gap="md" maw={1000}>
      <DossierPanel caseId={caseId} dossier={dossier} hasExports={(exports.data?.length ?? 0) > 0} />
      {exports.error ? <LoadFailed title={exportTabMessages.previousTitle} message={exports.error} onRetry={exports.reload} /> : <PreviousExports caseId={caseId} exports={exports.data ?? []} />}
      <CaseTransferSection caseId={caseId} />
    </Stack>
  );
}
