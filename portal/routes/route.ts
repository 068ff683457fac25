/**
 * What a route is, and the helpers every route file shares. A route is declared by its OpenAPI path
 * (`/automation/v4/flows/{flowId}`): the matcher is built from it, and the contract test finds the
 * operation in shared/hubspot-openapi by it (pass `openapi: false` for endpoints no OpenAPI file has).
 */
import type { PortalState } from '../state';
import { validation, type Res } from '../responses';

export interface PortalBehaviour {
  /** what GET …/enrollments/contact/{id} answers for a contact in no sequence (real shape unverified) */
  notEnrolledShape: '404' | 'empty';
  /** serve GET /automation/2026-09-beta/action-types */
  betaActionTypes: boolean;
  /**
   * Whether the v2 membership answer carries `migrationStatus` (with the v4 `flowId`) like the recorded v3
   * list item does. Unverified for v2 (../shared/realdata/README.md): on by default, off to see the app map ids.
   */
  v2MigrationStatus: boolean;
  /**
   * Sensitive-data scopes the token holds (`crm.objects.contacts.sensitive.read`…). Not implied by a '*'
   * token: '*' stands for the scopes this app declares, and it declares none of these (routes/sensitive.ts).
   */
  grantedSensitiveScopes: string[];
}

export interface Ctx {
  state: PortalState;
  opts: PortalBehaviour;
  /** path parameters in the order of the path's `{…}` placeholders, as sent (still URL-encoded) */
  params: string[];
  query: URLSearchParams;
  body: unknown;
  /** the request path without a trailing slash (paging links) */
  basePath: string;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  re: RegExp;
  /** scope from the OpenAPI operation's `security` (v2: `automation`) */
  scope: string;
  /** OpenAPI path (for the contract test) or null when no OpenAPI file covers it */
  openapi: string | null;
  handler: (ctx: Ctx) => Res;
}

/** Scopes the portal's routes require (names as in app-hsmeta.json). */
export const SCOPES = {
  sequencesRead: 'automation.sequences.read',
  sequencesEnroll: 'automation.sequences.enrollments.write',
  automation: 'automation',
  contactsRead: 'crm.objects.contacts.read',
  /** optional scope of the beta sales email templates API */
  templatesRead: 'sales-templates-public-read',
  // Optional scopes (names): an install may lack them; the portal can withhold each (withheldScopes).
  listsRead: 'crm.lists.read',
  forms: 'forms',
  content: 'content',
} as const;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** A route from its path template; a trailing slash is accepted unless the path ends in a parameter. */
export function route(method: Route['method'], path: string, scope: string, handler: Route['handler'], opts: { openapi?: boolean } = {}): Route {
  const pattern = path
    .split(/\{[^}]+\}/)
    .map(esc)
    .join('([^/]+)');
  const slash = path.endsWith('}') ? '' : '/?';
  return { method, re: new RegExp(`^${pattern}${slash}$`), scope, openapi: opts.openapi === false ? null : path, handler };
}

export function parseLimit(q: URLSearchParams, dflt: number, max: number): number | Res {
  const raw = q.get('limit');
  if (raw === null || raw === '') return dflt;
  // Digits only: Number() would read ' 5' as 5 and '1e2' as 100, which HubSpot refuses.
  const n = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= 1)) return validation(`Unable to parse limit: '${raw}' is not a positive integer`, { limit: [raw] });
  return Math.min(n, max);
}

export function parseAfter(q: URLSearchParams): number | Res {
  const raw = q.get('after');
  if (raw === null || raw === '') return 0;
  // The portal's cursors are offsets: digits only. Number() would read ' ' or '\n' as 0 (page one) and
  // '1e1' as 10; HubSpot answers a cursor it did not issue with a 400 VALIDATION_ERROR.
  if (!/^\d{1,9}$/.test(raw)) return validation(`Unable to parse after: '${raw}' is not a paging cursor HubSpot issued`, { after: [raw] });
  return Number(raw);
}

/** The `userId` query parameter the sequences API requires, checked against the portal's users. */
export function requireUser(ctx: Ctx): Res | string {
  const userId = ctx.query.get('userId');
  if (!userId) return validation('query param userId may not be null', { userId: ['null'] });
  if (!ctx.state.usersById.has(userId)) return validation(`userId ${userId} is not a user of this portal`, { userId: [userId] });
  return userId;
}
