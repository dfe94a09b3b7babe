import { IconPackageExport } from '@tabler/icons-react';
import { caseTransferPlaceholder } from '../../shared/messages/dossier';
import { ComingSoon } from '../cases/ComingSoon';

/**
 * 导出案件 (moving the whole case folder to another PC): the slot the case-transfer feature fills on
 * the 导出 tab. It receives the case id and stands on its own below the dossier sections.
 */
export function CaseTransferSection(_props: { caseId: string }) {
  return <ComingSoon icon={<IconPackageExport />} {...caseTransferPlaceholder} />;
}
