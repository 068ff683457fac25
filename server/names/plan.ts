/**
 * From the references a workflow's words make to the HubSpot calls that name them: deduped, batched
 * where HubSpot has a batch endpoint, one call per id only where it has none, nothing already known
 * (cached) asked again. Pure: the wave (./wave.ts) makes the calls.
 *
 *   kind                       call                                                     per
 *   property, propertyValue    POST /crm/properties/2026-03/{objectType}/batch/read      object type (≤ 100 names)
 *   pipeline, pipelineStage    GET  /crm/pipelines/2026-03/{objectType}                  object type
 *   owner / user               GET  /crm/owners/2026-03/{id}?idProperty=id|userId        id (no batch endpoint)
 *   team                       GET  /crm/owners/2026-03?limit=100 (owners carry teams)   workflow
 *   associationType            GET  /crm/associations/2026-03/{from}/{to}/labels         object pair with contacts
 *   list                       GET  /crm/lists/2026-03?listIds=…                         ≤ 100 ids
 *   form                       GET  /marketing/v3/forms/{formId}  (v3 only)              id
 *   marketingEmail             GET  /marketing/emails/2026-03/{emailId}                  id
 *   sequence                   GET  /automation/sequences/2026-09/{id}?userId=           id (needs the acting user)
 *   workflow                   POST /automation/v4/flows/batch/read                      ≤ 100 ids
 *   objectType (custom, 2-…)   POST /crm-object-schemas/2026-03/schemas/batch/read       ≤ 100 types (optional scope)
 */
import type { Reference } from './reference';
import { factKey, type FactReader, type PropertyFact } from './facts';
import { OPTIONAL_NAME_SCOPES } from './scopes';

export type PlannedCall =
  | { kind: 'properties'; objectType: string; names: string[] }
  | { kind: 'pipelines'; objectType: string }
  | { kind: 'owner'; id: string; idProperty: 'id' | 'userId' }
  | { kind: 'teams' }
  | { kind: 'associationLabels'; from: string; to: string }
  | { kind: 'lists'; ids: string[] }
  | { kind: 'form'; id: string }
  | { kind: 'marketingEmail'; id: string }
  | { kind: 'sequence'; id: string; userId: string }
  | { kind: 'workflows'; ids: string[] }
  | { kind: 'objectSchemas'; objectTypes: string[] };

/** Contacts: the one object whose read scope the app has (association labels need one of the pair's). */
const CONTACTS = '0-1';
const NUMERIC = /^\d{1,20}$/;
const FORM_ID = /^[\w-]{1,64}$/;
/** CRM object types (0-x standard, 2-x custom) have properties and pipelines; events (4-x) do not. */
const CRM_OBJECT = /^[02]-\d+$/;
/** Custom object types: the schemas API names them (standard ones are named by the catalog). */
const CUSTOM_OBJECT = /^2-\d+$/;

export function planNameCalls(refs: Reference[], known: FactReader, opts: { userId?: string } = {}): PlannedCall[] {
  const missing = (key: string) => known(key) === undefined;
  const scopeGranted = (kind: keyof typeof OPTIONAL_NAME_SCOPES) => known(factKey.scopeMissing(OPTIONAL_NAME_SCOPES[kind].scope)) === undefined;
  const properties = new Map<string, Set<string>>();
  const pipelines = new Set<string>();
  const owners = new Map<string, 'id' | 'userId'>();
  const pairs = new Map<string, { from: string; to: string }>();
  const ids = { list: new Set<string>(), form: new Set<string>(), marketingEmail: new Set<string>(), sequence: new Set<string>(), workflow: new Set<string>() };
  const objectTypes = new Set<string>();
  let teams = false;

  const wantProperty = (objectTypeId: string, property: string) => {
    if (!CRM_OBJECT.test(objectTypeId) || !missing(factKey.property(objectTypeId, property))) return;
    let names = properties.get(objectTypeId);
    if (!names) properties.set(objectTypeId, (names = new Set()));
    names.add(property);
  };
  const wantOwner = (id: string, idProperty: 'id' | 'userId') => {
    if (NUMERIC.test(id) && missing(factKey.id(idProperty === 'id' ? 'owner' : 'user', id))) owners.set(`${idProperty}:${id}`, idProperty);
  };

  for (const ref of refs) {
    switch (ref.kind) {
      case 'property':
        wantProperty(ref.objectTypeId, ref.property);
        break;
      case 'propertyValue': {
        wantProperty(ref.objectTypeId, ref.property);
        // A property known (cached) to hold owner ids: its values are owners.
        const fact = known(factKey.property(ref.objectTypeId, ref.property)) as PropertyFact | null | undefined;
        if (fact?.ownerValues) wantOwner(ref.value, 'id');
        break;
      }
      case 'pipeline':
      case 'pipelineStage':
        if (CRM_OBJECT.test(ref.objectTypeId) && missing(factKey.pipelines(ref.objectTypeId))) pipelines.add(ref.objectTypeId);
        break;
      case 'owner':
        wantOwner(ref.id, 'id');
        break;
      case 'user':
        wantOwner(ref.id, 'userId');
        break;
      case 'team':
        if (missing(factKey.id('team', ref.id))) teams = true;
        break;
      case 'associationType': {
        const { fromObjectTypeId: from, toObjectTypeId: to } = ref;
        if (from && to && CRM_OBJECT.test(from) && CRM_OBJECT.test(to) && (from === CONTACTS || to === CONTACTS) && missing(factKey.associationLabels(from, to))) {
          pairs.set(`${from}:${to}`, { from, to });
        }
        break;
      }
      case 'list':
      case 'marketingEmail':
        if (NUMERIC.test(ref.id) && missing(factKey.id(ref.kind, ref.id)) && scopeGranted(ref.kind)) ids[ref.kind].add(ref.id);
        break;
      case 'form':
        if (FORM_ID.test(ref.id) && missing(factKey.id('form', ref.id)) && scopeGranted('form')) ids.form.add(ref.id);
        break;
      case 'sequence':
      case 'workflow':
        if (NUMERIC.test(ref.id) && missing(factKey.id(ref.kind, ref.id))) ids[ref.kind].add(ref.id);
        break;
      case 'objectType':
        if (CUSTOM_OBJECT.test(ref.id) && missing(factKey.objectType(ref.id)) && scopeGranted('objectType')) objectTypes.add(ref.id);
        break;
      default:
        break; // ads audiences: no public API names them; action types: the live catalog (./workflow.ts)
    }
  }

  const calls: PlannedCall[] = [];
  for (const [objectType, names] of properties) for (const part of chunk([...names], 100)) calls.push({ kind: 'properties', objectType, names: part });
  for (const objectType of pipelines) calls.push({ kind: 'pipelines', objectType });
  for (const [key, idProperty] of owners) calls.push({ kind: 'owner', id: key.slice(key.indexOf(':') + 1), idProperty });
  if (teams) calls.push({ kind: 'teams' });
  for (const { from, to } of pairs.values()) calls.push({ kind: 'associationLabels', from, to });
  for (const part of chunk([...ids.list], 100)) calls.push({ kind: 'lists', ids: part });
  for (const id of ids.form) calls.push({ kind: 'form', id });
  for (const id of ids.marketingEmail) calls.push({ kind: 'marketingEmail', id });
  // Sequences are read as the acting user: without one, their ids stay.
  if (opts.userId) for (const id of ids.sequence) calls.push({ kind: 'sequence', id, userId: opts.userId });
  for (const part of chunk([...ids.workflow], 100)) calls.push({ kind: 'workflows', ids: part });
  for (const part of chunk([...objectTypes], 100)) calls.push({ kind: 'objectSchemas', objectTypes: part });
  return calls;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
