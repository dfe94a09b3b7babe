import { Button, Tooltip } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { exportTabMessages as t } from '../../shared/messages/dossier';
import { hasDesktopBridge } from '../api/client';
import { printPdf } from './print-pdf';

export interface PrintButtonProps {
  /** The PDF to print; without it the button says why it cannot. */
  url?: string;
  /** Why there is no PDF yet (e.g. the letter is not saved). */
  blocked?: string;
  /** Prints something else than the PDF (the letter sheet on screen, under Electron). */
  onPrint?: () => void;
}

/** 打印: the system print dialog under Electron, the browser's PDF viewer and its print dialog otherwise. */
export function PrintButton({ url, blocked, onPrint }: PrintButtonProps) {
  const desktop = hasDesktopBridge();
  const disabled = !onPrint && (!url || blocked !== undefined);
  const tooltip = disabled ? (blocked ?? t.printNeedsSave) : desktop ? t.printTooltipDesktop : t.printTooltipBrowser;
  return (
    <Tooltip label={tooltip}>
      {/* data-disabled rather than disabled, so the tooltip still hears the pointer. */}
      <Button
        size="xs"
        variant="default"
        leftSection={<IconPrinter size={14} />}
        data-disabled={disabled || undefined}
        aria-disabled={disabled || undefined}
        onClick={() => {
          if (onPrint) onPrint();
          else if (!disabled && url) printPdf(url);
        }}
      >
        {t.print}
      </Button>
    </Tooltip>
  );
}
