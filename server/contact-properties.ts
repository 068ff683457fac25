/**
 * The contact properties each app function reads, one list per function, made of the lists of the
 * code that reads them (sequence eligibility, personalization tokens, the workflow facts). HubSpot sends
 * them with the call when the card asks (`propertiesToSend`); without them the function reads the contact.
 *
 * The cards' propertiesToSend (src/app/cards/shared/properties-to-send.ts) are typed EXACTLY against
 * these lists (type-only import: HubSpot bundles the cards folder alone, so the card writes the values
 * and the compiler holds them equal): a property missing from a card's list, or one no function reads,
 * fails `npm run typecheck`.
 */
import { RECORD_ID_PROPERTY } from './hubspot/contact-property-names';
import { CONTACT_PROPERTIES as ELIGIBILITY_PROPERTIES } from './sequences/eligibility';
import { ENROLLMENT_HINT_PROPERTIES } from './sequences/enrollment-hint';
import { COMMON_TOKEN_PROPERTIES } from './sequences/tokens';
import { CONTACT_PROPERTIES as WORKFLOW_FACT_PROPERTIES } from './workflows/for-contact';
import { TRIGGER_CHECK_PROPERTIES } from './workflows/trigger-check';

/** The v2 workflow calls address the contact by email (enroll, unenroll; search-workflows reads it for the "no email" reason). */
const WORKFLOW_EMAIL = ['email'] as const;

/** hs_object_id rides along everywhere: the function checks the properties are of its contact (record-properties.ts). */
export const CONTACT_PROPERTIES_BY_FUNCTION = {
  // HubSpot's own sequence properties start the sequence read early (never decide alone: sequences/enrollment-hint.ts).
  'contact-sequence-status': [RECORD_ID_PROPERTY, ...ELIGIBILITY_PROPERTIES, ...COMMON_TOKEN_PROPERTIES, ...ENROLLMENT_HINT_PROPERTIES],
  // The answer carries the new status, steps personalized (sequences/status.ts).
  'enroll-in-sequence': [RECORD_ID_PROPERTY, ...ELIGIBILITY_PROPERTIES, ...COMMON_TOKEN_PROPERTIES],
  'get-sequence': [RECORD_ID_PROPERTY, ...COMMON_TOKEN_PROPERTIES],
  'search-workflows': [RECORD_ID_PROPERTY, ...WORKFLOW_EMAIL],
  // The trigger check's most compared properties (others are read in the names wave: workflows/trigger-check).
  'get-workflow': [RECORD_ID_PROPERTY, ...WORKFLOW_FACT_PROPERTIES, ...TRIGGER_CHECK_PROPERTIES],
  'enroll-in-workflow': [RECORD_ID_PROPERTY, ...WORKFLOW_EMAIL],
  'unenroll-from-workflow': [RECORD_ID_PROPERTY, ...WORKFLOW_EMAIL],
} as const;

export type ContactPropertyFunction = keyof typeof CONTACT_PROPERTIES_BY_FUNCTION;

/** Every property the functions `U` read: what one propertiesToSend list sent to all of them must name. */
export type ContactPropertiesOf<U extends ContactPropertyFunction> = (typeof CONTACT_PROPERTIES_BY_FUNCTION)[U][number];
