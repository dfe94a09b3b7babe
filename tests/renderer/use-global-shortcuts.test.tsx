// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useGlobalShortcuts } from '../../src/renderer/app/use-global-shortcuts';

/** A page with fields to type in, optionally showing the dashboard's search box. */
function Page({ withSearch, searchElsewhere, newCase }: { withSearch: boolean; searchElsewhere: () => void; newCase: () => void }) {
  const searchRef = useRef<HTMLInputElement>(null);
  useGlobalShortcuts({ searchRef, searchElsewhere, newCase });
  return (
    <div>
      <input aria-label="field" />
      <textarea aria-label="notes" />
      <div aria-label="rich" contentEditable suppressContentEditableWarning />
      <button type="button">plain</button>
      {withSearch && <input aria-label="search" ref={searchRef} defaultValue="abc" />}
    </div>
  );
}

const renderPage = (withSearch: boolean) => {
  const searchElsewhere = vi.fn();
  const newCase = vi.fn();
  render(<Page withSearch={withSearch} searchElsewhere={searchElsewhere} newCase={newCase} />);
  return { searchElsewhere, newCase };
};

/** Ctrl+<key> on `target` (physical key code, as the hook listens for); false when default was prevented. */
const press = (target: HTMLElement, key: 'f' | 'n') => {
  // jsdom does not derive isContentEditable from the attribute.
  if (target.getAttribute('contenteditable') !== null) Object.defineProperty(target, 'isContentEditable', { value: true });
  target.focus();
  return fireEvent.keyDown(target, { key, code: `Key${key.toUpperCase()}`, ctrlKey: true, bubbles: true });
};

describe('global shortcuts', () => {
  it('Ctrl+F away from the dashboard leaves the page only when no field has focus', () => {
    const { searchElsewhere } = renderPage(false);
    for (const label of ['field', 'notes', 'rich']) {
      // Not prevented: the browser's own find runs, and what was typed stays.
      expect(press(screen.getByLabelText(label), 'f')).toBe(true);
    }
    expect(searchElsewhere).not.toHaveBeenCalled();
    expect(press(screen.getByRole('button', { name: 'plain' }), 'f')).toBe(false);
    expect(searchElsewhere).toHaveBeenCalledTimes(1);
  });

  it('Ctrl+F on the dashboard focuses its search even from another field', () => {
    const { searchElsewhere } = renderPage(true);
    expect(press(screen.getByLabelText('notes'), 'f')).toBe(false);
    expect(document.activeElement).toBe(screen.getByLabelText('search'));
    expect(searchElsewhere).not.toHaveBeenCalled();
  });

  it('Ctrl+N does not fire while typing', () => {
    const { newCase } = renderPage(false);
    for (const label of ['field', 'notes', 'rich']) press(screen.getByLabelText(label), 'n');
    expect(newCase).not.toHaveBeenCalled();
    press(screen.getByRole('button', { name: 'plain' }), 'n');
    expect(newCase).toHaveBeenCalledTimes(1);
  });
});
