/** The action-type catalog (WORKFLOWS_BETA_API, OpenAPI automation-2026-09-beta.json). */
import { WORKFLOWS_BETA_API } from '../../server/hubspot/api-versions';
import type { HsActionTypePage } from '../../server/hubspot/hubspot-types';
import { err, ok, type Res } from '../responses';
import { route, SCOPES, type Ctx, type Route } from './route';

export const actionTypeRoutes: Route[] = [route('GET', `${WORKFLOWS_BETA_API}/action-types`, SCOPES.automation, actionTypes)];

function actionTypes(ctx: Ctx): Res {
  // A portal without the beta answers 404 (option betaActionTypes: false).
  if (!ctx.opts.betaActionTypes) return err(404, 'OBJECT_NOT_FOUND', 'Not found');
  const obj = ctx.query.get('objectTypeId');
  const results = ctx.state.data.actionTypes.filter((a) => !obj || a.objectTypeIds.includes(obj));
  return ok<HsActionTypePage>({ results: structuredClone(results) });
}
