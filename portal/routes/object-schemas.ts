/**
 * Custom object schemas (OBJECT_SCHEMAS_API, crm-object-schemas-2026-03.json, scope crm.schemas.custom.read:
 * the first of the scopes the spec accepts, and the one the app asks for as optional). Only reads: one
 * schema by object type, and a batch by object types. Data: portal/data/object-schemas.ts.
 *
 * Unverified against a live portal: whether a batch read leaves unknown types out (as here, like the
 * lists-by-ids read) or answers 207/404, and what an unknown `{objectType}` answers (here 404
 * OBJECT_NOT_FOUND, as the properties API does).
 */
import { OBJECT_SCHEMAS_API } from '../../server/hubspot/api-versions';
import type { HsObjectSchema, HsObjectSchemaBatch } from '../../server/hubspot/hubspot-types';
import { OBJECT_SCHEMAS } from '../data/object-schemas';
import { notFound, ok, validation, type Res } from '../responses';
import { route, type Ctx, type Route } from './route';

const SCHEMAS_READ = 'crm.schemas.custom.read';

export const objectSchemaRoutes: Route[] = [
  route('POST', `${OBJECT_SCHEMAS_API}/batch/read`, SCHEMAS_READ, batchReadSchemas),
  route('GET', `${OBJECT_SCHEMAS_API}/{objectType}`, SCHEMAS_READ, getSchema),
];

/** HubSpot names a custom object by its type id (2-…), its name, or its fully qualified name. */
const find = (key: string) => OBJECT_SCHEMAS.find((s) => s.objectTypeId === key || s.name === key || s.fullyQualifiedName === key);

/** The schema as asked: property and association definitions only when the include flags say so (default true). */
function shaped(s: HsObjectSchema, include: { properties: boolean; associations: boolean }): HsObjectSchema {
  const copy = structuredClone(s);
  if (!include.properties) copy.properties = [];
  if (!include.associations) copy.associations = [];
  return copy;
}

const flag = (v: unknown, dflt: boolean) => (v === undefined || v === null ? dflt : v === true || v === 'true');

function getSchema(ctx: Ctx): Res {
  const key = decodeURIComponent(ctx.params[0]);
  const s = find(key);
  if (!s) return notFound(`Unable to infer object type from: ${key}`);
  const include = { properties: flag(ctx.query.get('includePropertyDefinitions'), true), associations: flag(ctx.query.get('includeAssociationDefinitions'), true) };
  return ok<HsObjectSchema>(shaped(s, include));
}

function batchReadSchemas(ctx: Ctx): Res {
  const b = ctx.body as Record<string, unknown> | undefined;
  if (!b || typeof b !== 'object' || !Array.isArray(b.inputs) || !b.inputs.every((i) => typeof i === 'string')) {
    return validation('inputs must be an array of object types', { inputs: ['invalid'] });
  }
  const include = { properties: flag(b.includePropertyDefinitions, true), associations: flag(b.includeAssociationDefinitions, true) };
  const results = (b.inputs as string[]).map(find).filter((s): s is HsObjectSchema => !!s);
  return ok<HsObjectSchemaBatch>({ results: results.map((s) => shaped(s, include)) });
}
