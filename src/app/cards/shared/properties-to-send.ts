/**
 * The contact properties the cards ask HubSpot to send with a call (`propertiesToSend`): HubSpot reads
 * them on its side when the function is called, so the function needs no contacts read (it falls back to
 * a read when they are absent; `hs_object_id` lets it check they are of its contact).
 *
 * Each list is typed EXACTLY against what the functions it is sent to read
 * (server/contact-properties.ts, the one list per function): leaving a property out, or naming one no
 * function reads, is a compile error that names it. The values are written here because HubSpot bundles
 * the cards folder alone (a type-only import is all a card may take from server/).
 */
import type { ContactPropertiesOf, ContactPropertyFunction } from '../../../../server/contact-properties';

/** `list` unchanged, if it names every property of `P` and only those; else a type error naming the missing ones. */
export function exactly<P extends string>() {
  return <const L extends readonly P[]>(list: L & ([Exclude<P, L[number]>] extends [never] ? unknown : { missing: Exclude<P, L[number]> })): P[] => [...list];
}

type SentTo<U extends ContactPropertyFunction> = ContactPropertiesOf<U>;

/** What both cards send: the record id, the email and the email opt-out (each written once on this side). */
const EVERY_CARD = ['hs_object_id', 'email', 'hs_email_optout'] as const;

/** The Sequences card's calls for a contact: contact-sequence-status, get-sequence (the preview), enroll-in-sequence. */
export const SEQUENCE_PROPERTIES_TO_SEND = exactly<SentTo<'contact-sequence-status' | 'get-sequence' | 'enroll-in-sequence'>>()([
  ...EVERY_CARD,
  'hs_email_hard_bounce_reason_enum',
  'firstname',
  'lastname',
  'company',
  'jobtitle',
  'hs_sequences_is_enrolled',
  'hs_latest_sequence_enrolled',
  'hs_latest_sequence_enrolled_date',
]);

/**
 * The Workflows card's list, picker and writes (search-workflows, enroll-in-workflow, unenroll-from-workflow):
 * the email v2 addresses the contact by.
 */
export const WORKFLOW_PROPERTIES_TO_SEND = exactly<SentTo<'search-workflows' | 'enroll-in-workflow' | 'unenroll-from-workflow'>>()(['hs_object_id', 'email']);

/**
 * get-workflow with a contact: the email, the opt-out its warnings read, and the properties triggers compare
 * most, so "Would this contact enroll?" usually needs no contacts read (the rest is read in its names wave).
 */
export const WORKFLOW_DETAILS_PROPERTIES_TO_SEND = exactly<SentTo<'get-workflow'>>()([
  ...EVERY_CARD,
  'firstname',
  'lifecyclestage',
  'hs_lead_status',
  'hubspot_owner_id',
  'city',
  'state',
  'country',
  'jobtitle',
  'company',
  'createdate',
]);
