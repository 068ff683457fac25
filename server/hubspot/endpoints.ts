/**
 * Every HubSpot endpoint the app calls, with the scope it needs. The client builds URLs only from
 * this table, and tools/scopes.test.ts checks it against app-hsmeta.json and HubSpot's OpenAPI files,
 * so a new endpoint without its scope (or a scope nothing uses) fails the build. Base paths (the API
 * version of each family) come from ./api-versions.
 */
import {
  ASSOCIATIONS_API,
  CONTACTS_API,
  EMAIL_TEMPLATES_API,
  FORMS_API,
  LISTS_API,
  MARKETING_EMAILS_API,
  OBJECT_SCHEMAS_API,
  OWNERS_API,
  PIPELINES_API,
  PROPERTIES_API,
  SEQUENCES_API,
  WORKFLOWS_API,
  WORKFLOWS_BETA_API,
  WORKFLOWS_LEGACY_V2_API,
  WORKFLOWS_LEGACY_V3_API,
} from './api-versions';

export const ENDPOINTS = {
  listSequences: { method: 'GET', path: `${SEQUENCES_API}`, scope: 'automation.sequences.read' },
  getSequence: { method: 'GET', path: `${SEQUENCES_API}/{sequenceId}`, scope: 'automation.sequences.read' },
  enrollInSequence: { method: 'POST', path: `${SEQUENCES_API}/enrollments`, scope: 'automation.sequences.enrollments.write' },
  getContactSequenceEnrollment: { method: 'GET', path: `${SEQUENCES_API}/enrollments/contact/{contactId}`, scope: 'automation.sequences.read' },

  /** Beta; optional scope: without it (403), or for a template gone (404), steps show the template id. */
  getEmailTemplate: { method: 'GET', path: `${EMAIL_TEMPLATES_API}/{templateId}`, scope: 'sales-templates-public-read', optionalScope: true },

  listFlows: { method: 'GET', path: `${WORKFLOWS_API}/flows`, scope: 'automation' },
  getFlow: { method: 'GET', path: `${WORKFLOWS_API}/flows/{flowId}`, scope: 'automation' },
  batchReadFlows: { method: 'POST', path: `${WORKFLOWS_API}/flows/batch/read`, scope: 'automation' },
  mapWorkflowIds: { method: 'POST', path: `${WORKFLOWS_API}/workflow-id-mappings/batch/read`, scope: 'automation' },
  listActionTypes: { method: 'GET', path: `${WORKFLOWS_BETA_API}/action-types`, scope: 'automation' },

  listContactWorkflows: { method: 'GET', path: `${WORKFLOWS_LEGACY_V2_API}/enrollments/contacts/{contactId}`, scope: 'automation' },
  enrollInWorkflow: { method: 'POST', path: `${WORKFLOWS_LEGACY_V2_API}/{workflowId}/enrollments/contacts/{email}`, scope: 'automation' },
  unenrollFromWorkflow: { method: 'DELETE', path: `${WORKFLOWS_LEGACY_V2_API}/{workflowId}/enrollments/contacts/{email}`, scope: 'automation' },
  /** Every contact-based workflow (legacy id, name, on/off) in one answer, no paging. */
  listLegacyWorkflows: { method: 'GET', path: `${WORKFLOWS_LEGACY_V3_API}`, scope: 'automation' },
  /** One contact-based workflow by legacy id (name, on/off): for a workflow HubSpot has no v4 mapping for. */
  getLegacyWorkflow: { method: 'GET', path: `${WORKFLOWS_LEGACY_V3_API}/{workflowId}`, scope: 'automation' },

  /** Called through @hubspot/api-client (crm.contacts.basicApi.getById), listed here for the scope check. */
  getContact: { method: 'GET', path: `${CONTACTS_API}/{contactId}`, scope: 'crm.objects.contacts.read' },

  // Names for the ids a workflow shows (server/names). Properties, pipelines and owners accept `automation`.
  batchReadProperties: { method: 'POST', path: `${PROPERTIES_API}/{objectType}/batch/read`, scope: 'automation' },
  listPipelines: { method: 'GET', path: `${PIPELINES_API}/{objectType}`, scope: 'automation' },
  getOwner: { method: 'GET', path: `${OWNERS_API}/{ownerId}`, scope: 'automation' },
  listOwners: { method: 'GET', path: `${OWNERS_API}`, scope: 'automation' },
  /** Needs the read scope of an object of the pair: the app asks only for pairs with contacts. */
  listAssociationLabels: { method: 'GET', path: `${ASSOCIATIONS_API}/{fromObjectType}/{toObjectType}/labels`, scope: 'crm.objects.contacts.read' },
  // Optional scopes (app-hsmeta.json optionalScopes): without them the ids stay visible.
  getListsByIds: { method: 'GET', path: `${LISTS_API}`, scope: 'crm.lists.read', optionalScope: true },
  /** Called through @hubspot/api-client (marketing.forms.formsApi.getById), listed here for the scope check. */
  getForm: { method: 'GET', path: `${FORMS_API}/{formId}`, scope: 'forms', optionalScope: true },
  getMarketingEmail: { method: 'GET', path: `${MARKETING_EMAILS_API}/{emailId}`, scope: 'content', optionalScope: true },
  /** Custom object names ("Webinar registrations"); the spec also accepts crm.objects.custom.read (platform doc §6). */
  batchReadObjectSchemas: { method: 'POST', path: `${OBJECT_SCHEMAS_API}/batch/read`, scope: 'crm.schemas.custom.read', optionalScope: true },
} as const satisfies Record<
  string,
  { method: 'GET' | 'POST' | 'DELETE'; path: string; scope: string; /** the scope is in optionalScopes: the app works without it */ optionalScope?: true }
>;

export type EndpointName = keyof typeof ENDPOINTS;

/** Fills `{name}` placeholders, URL-encoding each value. */
export function endpointPath(name: EndpointName, params: Record<string, string> = {}): string {
  return ENDPOINTS[name].path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`Missing path parameter ${key} for ${name}`);
    return encodeURIComponent(value);
  });
}
