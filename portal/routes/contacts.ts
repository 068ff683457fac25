/** Contacts (CONTACTS_API, OpenAPI crm-contacts-2026-03.json; HubSpot still serves v3 too: crm-contacts-v3.json). */
import { CONTACTS_API } from '../../server/hubspot/api-versions';
import { notFound, ok, type Res } from '../responses';
import type { PortalContactResponse } from '../types';
import { route, SCOPES, type Ctx, type Route } from './route';

export const CONTACT_BASES = [CONTACTS_API, '/crm/v3/objects/contacts'];

export const contactRoutes: Route[] = CONTACT_BASES.map((base) => route('GET', `${base}/{contactId}`, SCOPES.contactsRead, getContact));

const DEFAULT_CONTACT_PROPS = ['email', 'firstname', 'lastname'];
const ALWAYS_CONTACT_PROPS = ['hs_object_id', 'createdate', 'lastmodifieddate'];

function getContact(ctx: Ctx): Res {
  const raw = decodeURIComponent(ctx.params[0]);
  const idProperty = ctx.query.get('idProperty');
  const c = idProperty === 'email' ? ctx.state.contactsByEmail.get(raw.toLowerCase()) : ctx.state.contactsById.get(raw);
  if (!c) return notFound(`Object not found. objectId are usually numeric.`);
  const requested = ctx.query
    .getAll('properties')
    .flatMap((p) => p.split(','))
    .map((p) => p.trim())
    .filter(Boolean);
  const names = [...new Set([...(requested.length ? requested : DEFAULT_CONTACT_PROPS), ...ALWAYS_CONTACT_PROPS])];
  const properties: Record<string, string | null> = {};
  // A property this portal does not define is left out; a defined property without value is null (as HubSpot does).
  for (const n of names) if (n in c.properties || DEFAULT_CONTACT_PROPS.includes(n)) properties[n] = c.properties[n] ?? null;
  return ok<PortalContactResponse>({ id: c.id, properties, createdAt: c.createdAt, updatedAt: c.updatedAt, archived: false });
}
