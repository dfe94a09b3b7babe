import { useHotkeys } from '@mantine/hooks';
import type { RefObject } from 'react';

export interface GlobalShortcuts {
  /** The dashboard's search box while it is showing. */
  searchRef: RefObject<HTMLInputElement | null>;
  /** Ctrl+F away from the dashboard: go there and focus its search once it mounts. */
  searchElsewhere: () => void;
  /** Ctrl+N. */
  newCase: () => void;
}

/** Where typing happens: leaving the page from here would throw away what was typed. */
const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');

/**
 * Ctrl+N (new case) and Ctrl+F (search cases). Physical keys, so they still fire while a Chinese
 * input method is composing.
 *
 * Ctrl+N keeps Mantine's default ignore list: it leaves the page, so it must not fire while typing.
 * Ctrl+F fires everywhere, because focusing the dashboard's search loses nothing; away from the
 * dashboard it navigates only when no field has focus, and otherwise lets the browser's own find run.
 */
export function useGlobalShortcuts({ searchRef, searchElsewhere, newCase }: GlobalShortcuts): void {
  useHotkeys([['mod+N', newCase, { usePhysicalKeys: true }]]);
  useHotkeys(
    [
      [
        'mod+F',
        (event) => {
          const search = searchRef.current;
          if (search) {
            event.preventDefault();
            search.focus();
            search.select();
          } else if (!isEditable(event.target)) {
            event.preventDefault();
            searchElsewhere();
          }
        },
        // Decided above: the browser's find must still run when we do nothing.
        { usePhysicalKeys: true, preventDefault: false },
      ],
    ],
    [],
    true,
  );
}
