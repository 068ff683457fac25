/**
 * The contact properties the cards ask HubSpot to send with a call (`propertiesToSend`): HubSpot reads
 * them on its side when the function is called, so the function needs no contacts read. The function
 * falls back to a read when they are absent. `hs_object_id` lets it check they are of its contact.
 * Typed against the server's lists (type-only imports: the card directory is bundled alone).
 */
import type { CONTACT_PROPERTIES } from '../../../../server/sequences/eligibility';
import type { RECORD_ID_PROPERTY } from '../../../../server/runtime/record-properties';
import type { COMMON_TOKEN_PROPERTIES } from '../../../../server/sequences/tokens';
import type { CONTACT_PROPERTIES as WORKFLOW_CONTACT_PROPERTIES } from '../../../../server/workflows/for-contact';
import type { TRIGGER_CHECK_PROPERTIES } from '../../../../server/workflows/trigger-check';

type SequenceProperty = (typeof CONTACT_PROPERTIES)[number] | (typeof COMMON_TOKEN_PROPERTIES)[number] | typeof RECORD_ID_PROPERTY;

/** contact-sequence-status and enroll-in-sequence: email, opt-out, hard bounce, and the usual personalization tokens. */
export const SEQUENCE_PROPERTIES_TO_SEND: SequenceProperty[] = [
  'hs_object_id',
  'email',
  'hs_email_optout',
  'hs_email_hard_bounce_reason_enum',
  'firstname',
  'lastname',
  'company',
  'jobtitle',
];

/**
 * The Workflows card's calls for a contact (search-workflows, get-workflow, enroll-in-workflow,
 * unenroll-from-workflow): the email v2 addresses the contact by, and the opt-out get-workflow's warnings
 * read (server/workflows/for-contact.ts CONTACT_PROPERTIES). One list for all four, so none reads the contact.
 */
export const WORKFLOW_PROPERTIES_TO_SEND: (typeof RECORD_ID_PROPERTY | (typeof WORKFLOW_CONTACT_PROPERTIES)[number])[] = ['hs_object_id', 'email', 'hs_email_optout'];

/**
 * get-workflow with a contact: the above, and the properties triggers compare most (server/workflows/trigger-check
 * TRIGGER_CHECK_PROPERTIES), so "Would this contact enroll?" usually needs no contacts read; others are read
 * by the function in the wave it already makes after the flow read.
 */
export const WORKFLOW_DETAILS_PROPERTIES_TO_SEND: ((typeof WORKFLOW_PROPERTIES_TO_SEND)[number] | (typeof TRIGGER_CHECK_PROPERTIES)[number])[] = [
  ...WORKFLOW_PROPERTIES_TO_SEND,
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
];
