/**
 * One base path per HubSpot API family: the version the app calls is chosen here and nowhere else.
 * server/hubspot/endpoints.ts builds every URL from these; the emulated portal (portal/routes/*) serves
 * the same constants; each family's OpenAPI file (shared/hubspot-openapi) is named beside it.
 *
 * Dated versions (YYYY-MM) are HubSpot's date-versioned APIs; a GA version is supported 18 months
 * (docs/hubspot-platform.md). Families the app does not call yet are listed for the work that adds them.
 */

/** Sequences: newest GA (same shapes as 2026-03 and v4; longer support). OpenAPI: sequences-2026-09.json */
export const SEQUENCES_API = '/automation/sequences/2026-09';
/** Workflows v4: flows and workflow-id mappings. OpenAPI: automation-v4.json */
export const WORKFLOWS_API = '/automation/v4';
/** Workflows beta: the action-type catalog (only here). OpenAPI: automation-2026-09-beta.json */
export const WORKFLOWS_BETA_API = '/automation/2026-09-beta';
/** Legacy v2 workflows: contact enrollment (no OpenAPI file; documented in words only). */
export const WORKFLOWS_LEGACY_V2_API = '/automation/v2/workflows';
/** Legacy v3 workflows: the list of every contact-based workflow (no OpenAPI file; documented in words only). */
export const WORKFLOWS_LEGACY_V3_API = '/automation/v3/workflows';
/** Contacts: v3, the version @hubspot/api-client's crm.contacts.basicApi calls. OpenAPI: crm-contacts-v3.json */
export const CONTACTS_API = '/crm/v3/objects/contacts';
/** Property labels and option labels (names). OpenAPI: crm-properties-2026-03.json */
export const PROPERTIES_API = '/crm/properties/2026-03';
/** Owners and users by id (names). OpenAPI: crm-owners-2026-03.json */
export const OWNERS_API = '/crm/owners/2026-03';
/** Pipelines and stages (names). OpenAPI: crm-pipelines-2026-03.json */
export const PIPELINES_API = '/crm/pipelines/2026-03';
/** List names (optional scope crm.lists.read). OpenAPI: crm-lists-2026-03.json */
export const LISTS_API = '/crm/lists/2026-03';
/** Form names (optional scope forms; through @hubspot/api-client, which calls this v3 path). OpenAPI: marketing-forms-v3.json */
export const FORMS_API = '/marketing/v3/forms';
/** Marketing email names (optional scope content). OpenAPI: marketing-emails-2026-03.json */
export const MARKETING_EMAILS_API = '/marketing/emails/2026-03';
/** Sales email templates, beta (template names of email steps). OpenAPI: email-templates-2026-09-beta.json */
export const EMAIL_TEMPLATES_API = '/automation/email-templates/2026-09-beta';
/** Custom object schemas: a custom object type's name (optional scope crm.schemas.custom.read). OpenAPI: crm-object-schemas-2026-03.json */
export const OBJECT_SCHEMAS_API = '/crm-object-schemas/2026-03/schemas';
/** Association labels (names). OpenAPI: crm-associations-schema-2026-03.json */
export const ASSOCIATIONS_API = '/crm/associations/2026-03';
