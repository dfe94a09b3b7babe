import { cleanup, configure } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach } from 'vitest';

/** jsdom lacks the layout APIs Mantine asks for; inert stand-ins are enough for behaviour tests. */
export function stubBrowserLayoutApis(): void {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  window.HTMLElement.prototype.scrollIntoView ??= () => {};
  // Mantine's autosizing Textarea re-measures when web fonts finish loading.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', { value: { addEventListener() {}, removeEventListener() {} } });
  }
}

stubBrowserLayoutApis();
afterEach(cleanup);
// findBy…/waitFor give up after 1 s by default: on a busy 2-core machine a Mantine form can take longer
// to settle. A hang detector, not a speed check — a passing wait returns as soon as it is met.
configure({ asyncUtilTimeout: 15_000 });

/**
 * A person at the keyboard, without the pause user-event makes between keystrokes by default: each
 * pause is a timer turn in which Mantine re-renders, which made typing a form take seconds.
 */
export const person = () => userEvent.setup({ delay: null });
