/**
 * HubSpot's own sequence properties on the contact (shared/docs/hubspot-platform.md §6): whether it is
 * enrolled and the id of the last sequence it was enrolled in. HubSpot updates them after the fact, so
 * they can lag an enrollment by seconds: they may start the sequence read early (beside the enrollment
 * read), never decide alone. The enrollment read stays the truth. Pure.
 */
import type { Contact } from '../hubspot/schemas';

/** The card sends these with `propertiesToSend`; they are never read from HubSpot on their own. */
export const ENROLLMENT_HINT_PROPERTIES = ['hs_sequences_is_enrolled', 'hs_latest_sequence_enrolled', 'hs_latest_sequence_enrolled_date'] as const;

/** The sequence the properties say the contact is in, or undefined when they say none (or nothing usable). */
export function hintedSequenceId(properties: Contact['properties'] | undefined): string | undefined {
  if (String(properties?.hs_sequences_is_enrolled ?? '').toLowerCase() !== 'true') return undefined;
  const id = String(properties?.hs_latest_sequence_enrolled ?? '').trim();
  return /^\d{1,20}$/.test(id) ? id : undefined;
}
