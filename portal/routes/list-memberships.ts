/**
 * GET {LISTS_API}/records/{objectTypeId}/{recordId}/memberships (crm-lists-2026-03.json "Get lists record is
 * member of", scope crm.lists.read): the lists a record is in, one page. Data: PortalData.listMemberships.
 * A record in no list (or unknown to the portal) answers 200 with no results: the spec documents no 404 here.
 */
import { LISTS_API } from '../../server/hubspot/api-versions';
import type { components } from '../../server/hubspot/openapi/crm-lists-2026-03';
import { ok, type Res } from '../responses';
import { route, SCOPES, type Ctx, type Route } from './route';

type RecordMemberships = components['schemas']['ApiCollectionResponseRecordListMembership'];

export const listMembershipRoutes: Route[] = [route('GET', `${LISTS_API}/records/{objectTypeId}/{recordId}/memberships`, SCOPES.listsRead, recordMemberships)];

function recordMemberships(ctx: Ctx): Res {
  const objectTypeId = decodeURIComponent(ctx.params[0]);
  const recordId = decodeURIComponent(ctx.params[1]);
  const results = (ctx.state.data.listMemberships ?? [])
    .filter((m) => m.objectTypeId === objectTypeId && m.recordId === recordId)
    .map((m) => ({ listId: m.listId, listVersion: 3, firstAddedTimestamp: m.addedAt, lastAddedTimestamp: m.addedAt, isPublicList: true }));
  return ok<RecordMemberships>({ results, total: results.length });
}
