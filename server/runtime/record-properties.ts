/**
 * The contact's own properties: from `context.propertiesToSend` when the card sent them, else one
 * contacts read (the fallback: a caller without them, an older card, another record).
 *
 * HubSpot documents `propertiesToSend` as the card asking HubSpot to read the current record's
 * properties on its side *when the function is called* (not when the card rendered), and handing
 * them to the function as `context.propertiesToSend`:
 *   https://developers.hubspot.com/docs/platform/ui-extensions-sdk ("propertiesToSend … will fetch
 *   property data when the serverless function is called")
 *   https://developers.hubspot.com/docs/apps/developer-platform/add-features/serverless-functions/reference
 * So they are as fresh as a contacts read at the same moment, which is why a write may decide
 * eligibility (email, opt-out, bounce) on them: the enrollment itself still goes to HubSpot, which
 * refuses what it would refuse either way.
 *
 * They are used only when they are of the contact asked about (`hs_object_id` = contactId) and carry
 * every property needed (a key HubSpot sends with null is an unset property, an absent key is one the
 * card did not ask for).
 */
import { RECORD_ID_PROPERTY } from '../hubspot/contact-property-names';
import type { Contact } from '../hubspot/schemas';
import type { FunctionDeps, PropertiesToSend } from './define-function';

/** What the card sent when it is of this contact (`hs_object_id` = contactId); undefined otherwise. */
export function propertiesSentFor(deps: Pick<FunctionDeps, 'propertiesToSend'>, contactId: string): PropertiesToSend | undefined {
  return deps.propertiesToSend?.[RECORD_ID_PROPERTY] === contactId ? deps.propertiesToSend : undefined;
}

/** The contact from `propertiesToSend`, or null when they are absent, of another record, or incomplete. */
export function contactFromPropertiesToSend(deps: Pick<FunctionDeps, 'propertiesToSend'>, contactId: string, properties: readonly string[]): Contact | null {
  const sent = propertiesSentFor(deps, contactId);
  if (!sent) return null;
  if (!properties.every((p) => Object.prototype.hasOwnProperty.call(sent, p))) return null;
  return { id: contactId, properties: Object.fromEntries(properties.map((p) => [p, sent[p]])) };
}

/** The contact's `properties`: from what the card sent when it can, otherwise read from HubSpot. */
export async function contactProperties(deps: FunctionDeps, contactId: string, properties: readonly string[]): Promise<Contact> {
  return contactFromPropertiesToSend(deps, contactId, properties) ?? deps.hubspot.contacts.get({ contactId, properties: [...properties] });
}
