/**
 * The contact properties the cards ask HubSpot to send with a call (`propertiesToSend`): HubSpot reads
 * them on its side when the function is called, so the function needs no contacts read. The function
 * falls back to a read when they are absent. `hs_object_id` lets it check they are of its contact.
 * Typed against the server's lists (type-only imports: the card directory is bundled alone).
 */
import type { CONTACT_PROPERTIES } from '../../../../server/sequences/eligibility';
import type { RECORD_ID_PROPERTY } from '../../../../server/runtime/record-properties';
import type { COMMON_TOKEN_PROPERTIES } from '../../../../server/sequences/tokens';

type SequenceProperty = (typeof CONTACT_PROPERTIES)[number] | (typeof COMMON_TOKEN_PROPERTIES)[number] | typeof RECORD_ID_PROPERTY;

/** contact-sequence-status and enroll-in-sequence: email, opt-out, hard bounce, and the usual personalization tokens. */
export const SEQUENCE_PROPERTIES_TO_SEND: SequenceProperty[] = ['hs_object_id', 'email', 'hs_email_optout', 'hs_email_hard_bounce_reason_enum', 'firstname', 'lastname', 'company', 'jobtitle'];

/** enroll-in-workflow: the email HubSpot's v2 enrollment is addressed by. */
export const WORKFLOW_PROPERTIES_TO_SEND: (typeof RECORD_ID_PROPERTY | 'email')[] = ['hs_object_id', 'email'];
