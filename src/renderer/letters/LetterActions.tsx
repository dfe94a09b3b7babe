import { Button, Group, Menu, Text, Tooltip } from '@mantine/core';
import { IconChevronDown, IconDeviceFloppy, IconEdit, IconFileTypePdf, IconMail, IconRefresh, IconSend } from '@tabler/icons-react';
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

/** A menu entry that needs a saved version, greyed with the reason it cannot be used yet. */
function UnavailableItem({ icon, label, reason }: { icon: ReactNode; label: string; reason: string }) {
  return (
    <Menu.Item leftSection={icon} disabled>
      {label}
      <Text size="xs" c="dimmed">
        {reason}
      </Text>
    </Menu.Item>
  );
}

/**
 * Everything one can do with the document on screen. What is done with every letter stays in sight
 * (edit, save, mark sent, the copies an e-mail needs, the PDF, 打印); regenerating and the .eml export
 * wait in 更多, so the row fits beside the letter at 1366 px.
 */
export function LetterActions({ caseId, document, saved, dirty, editable, editing, busy, onToggleEdit, onSave, onRegenerate, onMarkSent }: LetterActionsProps) {
  const email = isEmailKind(document.kind);
  const blocked = blockedReason(saved, dirty);
  const emlHref = saved && !blocked ? letterEmlUrl(caseId, saved.letterId, saved.version) : undefined;
  const pdfHref = saved && !blocked ? letterPdfUrl(caseId, saved.letterId, saved.version) : undefined;
  const desktop = hasDesktopBridge();
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
      <FileButton href={pdfHref} blocked={blocked} label={t.openPdf} icon={<IconFileTypePdf size={14} />} newTab />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="default" rightSection={<IconChevronDown size={14} />}>
            {t.more}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconRefresh size={14} />} onClick={onRegenerate} disabled={busy}>
            {t.regenerate}
          </Menu.Item>
          {email &&
            (emlHref ? (
              <Menu.Item leftSection={<IconMail size={14} />} component="a" href={emlHref} download="">
                {t.exportEml}
              </Menu.Item>
            ) : (
              <UnavailableItem icon={<IconMail size={14} />} label={t.exportEml} reason={blocked ?? t.needsSave} />
            ))}
        </Menu.Dropdown>
      </Menu>
      {/* Electron prints the sheet on screen; a browser prints the saved PDF from its own viewer. */}
      {desktop ? <PrintButton onPrint={() => window.print()} /> : <PrintButton {...(pdfHref ? { url: pdfHref } : {})} {...(blocked ? { blocked } : {})} />}
    </Group>
  );
}
