import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom lacks the layout APIs Mantine asks for; inert stand-ins are enough for behaviour tests.
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

// A setup file, so this runs for every file, also for those sharing the worker's jsdom.
afterEach(cleanup);
// findBy…/waitFor give up after 1 s by default: on a busy 2-core machine a Mantine form can take longer
// to settle. A hang detector, not a speed check — a passing wait returns as soon as it is met.
configure({ asyncUtilTimeout: 15_000 });
