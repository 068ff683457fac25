/**
 * HubSpot's own contact property names that more than one part of the app reads, written once. Imports
 * nothing of the app, so every layer may use it.
 */

/** The record id: always sent with propertiesToSend, so a function can tell the properties are of its contact. */
export const RECORD_ID_PROPERTY = 'hs_object_id';

/** "Unsubscribed from all email": HubSpot skips marketing email and refuses sequence enrollment for it. */
export const EMAIL_OPT_OUT_PROPERTY = 'hs_email_optout';

/** HubSpot's boolean properties read as text: "true" (any case, trimmed) is opted out; unset or anything else is not. */
export const isOptedOut = (properties: Record<string, string | null | undefined>): boolean => properties[EMAIL_OPT_OUT_PROPERTY]?.trim().toLowerCase() === 'true';
