import { Suspense } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { Dashboard } from '../cases/Dashboard';
import { lazyView } from '../common/lazy-view';
import { Loading } from '../common/LoadStates';
import { paths } from './paths';

// The dashboard is the first screen and comes with the app; a case and the new-case form are fetched when opened.
const CasePage = lazyView(() => import('../cases/CasePage'), 'CasePage');
const NewCasePage = lazyView(() => import('../cases/NewCasePage'), 'NewCasePage');
const BackupPage = lazyView(() => import('../backup/BackupPage'), 'BackupPage');

/** A case, or (a search hit) a case open on its 证据 tab with one exhibit shown. */
const casePage = (id: string, showItem?: string) => (
  <Suspense fallback={<Loading />}>
    <CasePage key={id} id={id} showItem={showItem} />
  </Suspense>
);

export function AppRoutes() {
  return (
    <Switch>
      {/* Keys make each view a fresh dashboard, so search and filter do not leak between views. */}
      <Route path={paths.active}>
        <Dashboard key="active" view="active" />
      </Route>
      <Route path={paths.archived}>
        <Dashboard key="archived" view="archived" />
      </Route>
      <Route path={paths.trashed}>
        <Dashboard key="trashed" view="trashed" />
      </Route>
      {/* A key of its own: the menu's 导入案件… from the dashboard must mount it anew, with the dialog open. */}
      <Route path={paths.importCase}>
        <Dashboard key="import" view="active" importOpen />
      </Route>
      <Route path={paths.backup}>
        <Suspense fallback={<Loading />}>
          <BackupPage />
        </Suspense>
      </Route>
      <Route path={paths.newCase}>
        <Suspense fallback={<Loading />}>
          <NewCasePage />
        </Suspense>
      </Route>
      <Route path="/case/:id">{(params) => casePage(params.id)}</Route>
      <Route path="/case/:id/evidence/:item">{(params) => casePage(params.id, params.item)}</Route>
      <Route>
        <Redirect to={paths.active} replace />
      </Route>
    </Switch>
  );
}
