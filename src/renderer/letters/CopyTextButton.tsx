import { Button, CopyButton } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { uiMessages } from '../../shared/messages/ui';

const t = uiMessages.letters;

export interface CopyTextButtonProps {
  value: string;
  label: string;
  /** The accessible name when the visible label is not enough (several 复制 buttons in a list). */
  ariaLabel?: string;
}

/** Copies `value` to the clipboard and says 已复制 for a moment. */
export function CopyTextButton({ value, label, ariaLabel }: CopyTextButtonProps) {
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) => (
        <Button
          size="xs"
          variant={copied ? 'light' : 'default'}
          color={copied ? 'teal' : undefined}
          leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
          onClick={copy}
          aria-label={ariaLabel}
        >
          {copied ? t.copied : label}
        </Button>
      )}
    </CopyButton>
  );
}
