/**
 * Input building blocks shared by every function's zod schema (parameters arrive as strings). Checked by
 * the runtime before any HubSpot call (server/runtime/define-function.ts); imports nothing of the app but
 * the time-zone check.
 */
import * as z from 'zod/mini';
import { isValidTimeZone } from '../time/zones';

/** A HubSpot numeric id passed as a string: digits only, at most 20 characters. */
export const hubspotId = (label: string) => z.string().check(z.trim(), z.regex(/^\d{1,20}$/, `${label} must be a HubSpot id (digits only)`));

export const optionalQuery = z.optional(z.string().check(z.trim(), z.maxLength(200, 'query must be at most 200 characters')));

/**
 * What a HubSpot paging cursor (`paging.next.after`) can contain, for every function that passes one
 * through: HubSpot's cursors are opaque tokens, seen as digits ("10"), base64 and base64url ("NA==",
 * "MTAw-_") and URL-encoded base64 ("NA%3D%3D", the sequences seed). So: letters, digits, `-` `_` `+`
 * `/` `=`, and `%` only as the escape of one of those (%2B, %2F, %3D: the client decodes it once, so `%2E%2E%2F` would become `../`); at most 500 characters (empty = first page). Spaces, newlines, `.` (so no `../`),
 * `?`, `&`, `#` and anything else are refused before HubSpot sees them.
 */
export const HUBSPOT_CURSOR = /^(?:[A-Za-z0-9\-_+/=]|%(?:2[Bb]|2[Ff]|3[Dd]))*$/;

export const optionalCursor = z.optional(
  z.string().check(z.maxLength(500, 'after must be a paging cursor from a previous page'), z.regex(HUBSPOT_CURSOR, 'after must be a paging cursor from a previous page')),
);

/** A page size passed as a string ("20"), bounded. */
export const optionalLimit = (max: number) =>
  z.optional(
    z.pipe(
      z.string().check(z.regex(/^\d{1,3}$/, 'limit must be a whole number')),
      z.pipe(
        z.transform((s: string) => Number(s)),
        z.number().check(z.minimum(1, 'limit must be at least 1'), z.maximum(max, `limit must be at most ${max}`)),
      ),
    ),
  );

export const email = (label: string) => z.string().check(z.trim(), z.maxLength(254), z.email(`${label} must be an email address`));

/** Function input: an optional IANA zone name (the card passes `context.portal.timezone`); absent → UTC. */
export const optionalTimeZone = z.optional(z.string().check(z.trim(), z.refine(isValidTimeZone, { message: 'timeZone must be an IANA time zone name such as America/New_York' })));
