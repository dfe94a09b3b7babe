import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { WorkspaceInfo } from '../../shared/api/contract';
import { call } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';

interface WorkspaceState {
  info: WorkspaceInfo | undefined;
  error: string | undefined;
  reload: () => void;
  /**
   * Opens another workspace folder — by its path in a browser, by the handle of the folder chosen in
   * the desktop app's dialog; rejects with an ApiCallError the caller shows.
   */
  switchTo: (folder: string) => Promise<WorkspaceInfo>;
}

const WorkspaceContext = createContext<WorkspaceState | undefined>(undefined);

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const { data, error, reload, setData } = useApiQuery('workspace:info', {});
  const switchTo = useCallback(
    async (folder: string) => {
      const info = await call('workspace:switch', { path: folder });
      setData(info);
      return info;
    },
    [setData],
  );
  const value = useMemo(() => ({ info: data, error, reload, switchTo }), [data, error, reload, switchTo]);
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): WorkspaceState {
  const state = useContext(WorkspaceContext);
  if (!state) throw new Error('useWorkspace outside WorkspaceProvider');
  return state;
}
