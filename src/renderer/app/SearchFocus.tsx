import { createContext, useContext, type RefObject } from 'react';

/**
 * Lets the Ctrl+F shortcut reach the dashboard's search box: focused at once when the dashboard is
 * showing, or as soon as it mounts after the shortcut navigated there.
 */
export interface SearchFocus {
  searchRef: RefObject<HTMLInputElement | null>;
  /** True once after the shortcut asked for focus while no dashboard was showing. */
  takePendingFocus: () => boolean;
}

export const SearchFocusContext = createContext<SearchFocus | undefined>(undefined);

export function useSearchFocus(): SearchFocus {
  const value = useContext(SearchFocusContext);
  if (!value) throw new Error('useSearchFocus outside SearchFocusContext');
  return value;
}
