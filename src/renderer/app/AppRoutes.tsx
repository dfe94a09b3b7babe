import { Redirect, Route, Switch } from 'wouter';
import { CasePage } from '../cases/CasePage';
import { Dashboard } from '../cases/Dashboard';
import { NewCasePage } from '../cases/NewCasePage';
import { paths } from './paths';

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
      <Route path={paths.newCase}>
        <NewCasePage />
      </Route>
      <Route path="/case/:id">{(params) => <CasePage key={params.id} id={params.id} />}</Route>
      <Route path="/case/:id/evidence/:item">{(params) => <CasePage key={params.id} id={params.id} showItem={params.item} />}</Route>
      <Route>
        <Redirect to={paths.active} replace />
      </Route>
    </Switch>
  );
}
