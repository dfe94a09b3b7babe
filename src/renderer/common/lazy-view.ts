import { lazy, type ComponentType } from 'react';

/**
 * A view whose code is fetched, as a chunk of its own, the first time it is shown: `React.lazy` for a
 * module's named export. Render it inside a `<Suspense>` that shows `<Loading />`.
 *
 * @example const CasePage = lazyView(() => import('../cases/CasePage'), 'CasePage');
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props: the view keeps its own prop types through P
export function lazyView<K extends string, P extends Record<string, any>>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
