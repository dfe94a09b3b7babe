import { Button, Group, Tooltip } from '@mantine/core';
import { IconDeviceFloppy, IconEdit, IconFileTypePdf, IconMail, IconRefresh, IconSend } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { LetterDocument } from '../../shared/domain/letter-document';
import { letterEmlUrl, letterPdfUrl } from '../../shared/api/letter-transfer';
import { renderBodyText } from '../../shared/letters/render-text';
import { uiMessages } from '../../shared/messages/ui';
import { hasDesktopBridge } from '../api/client';
import { PrintButton } from '../print/PrintButton';
import { CopyTextButton } from './CopyTextButton';
import { isEmailKind } from './letter-kinds';

const t = uiMessages.letters;

export interface LetterActionsProps {
  caseId: string;
  document: LetterDocument;
  /** The saved version the files come from; the export buttons wait for it. */
  saved?: { letterId: string; version: number };
  /** The draft has edits that are not saved: what is marked sent or exported must be what was saved. */
  dirty: boolean;
  editable: boolean;
  editing: boolean;
  busy: boolean;
  onToggleEdit: () => void;
  onSave: () => void;
  onRegenerate: () => void;
  onMarkSent: () => void;
}

/** Why the saved-version actions are unavailable, or undefined when they are available. */
const blockedReason = (saved: LetterActionsProps['saved'], dirty: boolean): string | undefined =>
  !saved ? t.needsSave : dirty ? t.saveFirst : undefined;

/** A link-button to a saved letter file, disabled (with the reason) while `blocked` says why. */
function FileButton({ href, blocked, label, icon, newTab }: { href?: string; blocked?: string; label: string; icon: ReactNode; newTab?: boolean }) {
  if (!href || blocked) {
    return (
      <Tooltip label={blocked ?? t.needsSave}>
        {/* data-disabled rather than disabled, so the tooltip still hears the pointer. */}
        <Button size="xs" variant="default" leftSection={icon} data-disabled aria-disabled onClick={(event) => event.preventDefault()}>
          {label}
        </Button>
      </Tooltip>
    );
  }
  return (
    <Button size="xs" variant="default" leftSection={icon} component="a" href={href} {...(newTab ? { target: '_blank', rel: 'noopener' } : { download: '' })}>
      {label}
    </Button>
  );
}

/** Everything one can do with the document on screen: edit, save, regenerate, send, copy, export, print. */
export function LetterActions({ caseId, document, saved, dirty, editable, editing, busy, onToggleEdit, onSave, onRegenerate, onMarkSent }: LetterActionsProps) {
  const email = isEmailKind(document.kind);
  const blocked = blockedReason(saved, dirty);
  return (
    <Group gap="xs">
      {editable && (
        <Button size="xs" variant={editing ? 'filled' : 'default'} leftSection={<IconEdit size={14} />} onClick={onToggleEdit} aria-pressed={editing}>
          {editing ? t.editDone : t.edit}
        </Button>
      )}
      <Button size="xs" leftSection={<IconDeviceFloppy size={14} />} onClick={onSave} loading={busy}>
        {t.save}
      </Button>
      <Button size="xs" variant="default" leftSection={<IconRefresh size={14} />} onClick={onRegenerate} disabled={busy}>
        {t.regenerate}
      </Button>
      <Tooltip label={blocked} disabled={!blocked}>
        {/* data-disabled rather than disabled, so the tooltip still hears the pointer. */}
        <Button
          size="xs"
          variant="default"
          leftSection={<IconSend size={14} />}
          onClick={blocked ? undefined : onMarkSent}
          disabled={busy}
          data-disabled={blocked ? true : undefined}
          aria-disabled={blocked ? true : undefined}
        >
          {t.markSent}
        </Button>
      </Tooltip>
      {email && document.subject !== undefined && <CopyTextButton value={document.subject} label={t.copySubject} />}
      {email && <CopyTextButton value={renderBodyText(document)} label={t.copyBody} />}
      {email && <FileButton href={saved && letterEmlUrl(caseId, saved.letterId, saved.version)} blocked={blocked} label={t.exportEml} icon={<IconMail size={14} />} />}
      <FileButton href={saved && letterPdfUrl(caseId, saved.letterId, saved.version)} blocked={blocked} label={t.openPdf} icon={<IconFileTypePdf size={14} />} newTab />
      {/* Electron prints the sheet on screen; a browser prints the saved PDF from its own viewer. */}
      {hasDesktopBridge() ? (
        <PrintButton onPrint={() => window.print()} />
      ) : (
        <PrintButton {...(saved ? { url: letterPdfUrl(caseId, saved.letterId, saved.version) } : {})} {...(blocked ? { blocked } : {})} />
      )}
    </Group>
  );
}
