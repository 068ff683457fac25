/**
 * CRM definitions that name ids: properties (PROPERTIES_API, crm-properties-2026-03.json), pipelines
 * (PIPELINES_API, crm-pipelines-2026-03.json), owners (OWNERS_API, crm-owners-2026-03.json) and
 * association labels (ASSOCIATIONS_API, crm-associations-schema-2026-03.json). Data: portal/data/names.ts.
 */
import { ASSOCIATIONS_API, OWNERS_API, PIPELINES_API, PROPERTIES_API } from '../../server/hubspot/api-versions';
import type { HsAssociationLabelPage, HsOwner, HsOwnerPage, HsPipelinePage, HsProperty, HsPropertyBatchWithErrors, HsStandardError } from '../../server/hubspot/hubspot-types';
import { isRes, notFound, ok, validation, type Res } from '../responses';
import type { PortalNames } from '../types';
import { parseAfter, parseLimit, route, SCOPES, type Ctx, type Route } from './route';

export const OWNER_PAGE = { default: 100, max: 500 };

export const crmNameRoutes: Route[] = [
  route('POST', `${PROPERTIES_API}/{objectType}/batch/read`, SCOPES.automation, batchReadProperties),
  route('GET', `${PIPELINES_API}/{objectType}`, SCOPES.automation, listPipelines),
  route('GET', OWNERS_API, SCOPES.automation, listOwners),
  route('GET', `${OWNERS_API}/{ownerId}`, SCOPES.automation, getOwner),
  // HubSpot wants the read scope of an object of the pair; the portal checks contacts' (the app's only one).
  route('GET', `${ASSOCIATIONS_API}/{fromObjectType}/{toObjectType}/labels`, SCOPES.contactsRead, listAssociationLabels),
];

const EMPTY: PortalNames = { properties: {}, pipelines: {}, owners: [], associationLabels: {}, lists: [], forms: [], marketingEmails: [] };
export const namesOf = (ctx: Ctx): PortalNames => ctx.state.data.names ?? EMPTY;

/** HubSpot accepts object type ids (0-1) and names (contacts); the portal knows the common ones. */
const OBJECT_NAMES: Record<string, string> = { contacts: '0-1', contact: '0-1', companies: '0-2', deals: '0-3', tickets: '0-5' };
const objectTypeId = (raw: string) => OBJECT_NAMES[decodeURIComponent(raw).toLowerCase()] ?? decodeURIComponent(raw);

function batchReadProperties(ctx: Ctx): Res {
  const startedAt = new Date().toISOString();
  const b = ctx.body as { inputs?: unknown } | undefined;
  if (!b || typeof b !== 'object' || !Array.isArray(b.inputs)) return validation('inputs may not be null', { inputs: ['null'] });
  const names: string[] = [];
  for (const i of b.inputs) {
    if (!i || typeof i !== 'object' || typeof (i as { name?: unknown }).name !== 'string') return validation('each input must be { name: string }');
    names.push((i as { name: string }).name);
  }
  const objectType = objectTypeId(ctx.params[0]);
  const all = namesOf(ctx).properties[objectType];
  if (!all) return notFound(`Unable to infer object type from: ${objectType}`);
  const byName = new Map(all.map((p) => [p.name, p]));
  const results: HsProperty[] = [];
  const missing: string[] = [];
  for (const n of names) {
    const p = byName.get(n);
    if (p) results.push(structuredClone(p));
    else missing.push(n);
  }
  const meta = { status: 'COMPLETE' as const, startedAt, completedAt: new Date().toISOString() };
  if (!missing.length) return ok<HsPropertyBatchWithErrors>({ ...meta, results });
  // Unknown names: 207 with one error naming them (as the flows batch does).
  const error: HsStandardError = {
    status: 'error',
    category: 'OBJECT_NOT_FOUND',
    message: `Properties not found: ${missing.join(', ')}`,
    context: { names: missing },
    errors: [],
    links: {},
  };
  return ok<HsPropertyBatchWithErrors>({ ...meta, results, errors: [error], numErrors: 1 }, 207);
}

function listPipelines(ctx: Ctx): Res {
  const objectType = objectTypeId(ctx.params[0]);
  const pipelines = namesOf(ctx).pipelines[objectType];
  // An object without pipelines answers an empty collection (contacts have none outside lifecycle stages).
  return ok<HsPipelinePage>({ results: structuredClone(pipelines ?? []) });
}

function listOwners(ctx: Ctx): Res {
  const limit = parseLimit(ctx.query, OWNER_PAGE.default, OWNER_PAGE.max);
  if (isRes(limit)) return limit;
  const after = parseAfter(ctx.query);
  if (isRes(after)) return after;
  const email = ctx.query.get('email')?.toLowerCase();
  const all = namesOf(ctx).owners.filter((o) => !email || o.email?.toLowerCase() === email);
  const body: HsOwnerPage = { results: structuredClone(all.slice(after, after + limit)) };
  if (after + limit < all.length) {
    const next = String(after + limit);
    body.paging = { next: { after: next, link: `https://api.hubapi.com${OWNERS_API}?after=${next}&limit=${limit}` } };
  }
  return ok(body);
}

function getOwner(ctx: Ctx): Res {
  const raw = decodeURIComponent(ctx.params[0]);
  const idProperty = ctx.query.get('idProperty') ?? 'id';
  if (idProperty !== 'id' && idProperty !== 'userId') return validation(`idProperty must be id or userId, got '${idProperty}'`);
  // ownerId is an int32 in the spec: anything else is refused before the lookup.
  if (!/^\d{1,10}$/.test(raw)) return validation(`ownerId must be an integer, got '${raw}'`);
  const o: HsOwner | undefined = namesOf(ctx).owners.find((x) => (idProperty === 'userId' ? String(x.userId) === raw : x.id === raw));
  if (!o) return notFound(`No owner with ${idProperty} ${raw}`);
  return ok<HsOwner>(structuredClone(o));
}

function listAssociationLabels(ctx: Ctx): Res {
  const from = objectTypeId(ctx.params[0]);
  const to = objectTypeId(ctx.params[1]);
  return ok<HsAssociationLabelPage>({ results: structuredClone(namesOf(ctx).associationLabels[`${from}:${to}`] ?? []) });
}
