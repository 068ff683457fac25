/**
 * Every HubSpot endpoint the app calls, with the scope it needs. The client builds URLs only from
 * this table, and tools/scopes.test.ts checks it against app-hsmeta.json and HubSpot's OpenAPI files,
 * so a new endpoint without its scope (or a scope nothing uses) fails the build.
 */

/** Current GA sequences path. Same shapes as the seed's /automation/v4/sequences (v4 support ends 2027-03-30). */
export const SEQUENCES_BASE = '/automation/sequences/2026-03';

export const ENDPOINTS = {
  listSequences: { method: 'GET', path: `${SEQUENCES_BASE}`, scope: 'automation.sequences.read' },
  getSequence: { method: 'GET', path: `${SEQUENCES_BASE}/{sequenceId}`, scope: 'automation.sequences.read' },
  enrollInSequence: { method: 'POST', path: `${SEQUENCES_BASE}/enrollments`, scope: 'automation.sequences.enrollments.write' },
  getContactSequenceEnrollment: { method: 'GET', path: `${SEQUENCES_BASE}/enrollments/contact/{contactId}`, scope: 'automation.sequences.read' },

  listFlows: { method: 'GET', path: '/automation/v4/flows', scope: 'automation' },
  getFlow: { method: 'GET', path: '/automation/v4/flows/{flowId}', scope: 'automation' },
  batchReadFlows: { method: 'POST', path: '/automation/v4/flows/batch/read', scope: 'automation' },
  mapWorkflowIds: { method: 'POST', path: '/automation/v4/workflow-id-mappings/batch/read', scope: 'automation' },
  listActionTypes: { method: 'GET', path: '/automation/2026-09-beta/action-types', scope: 'automation' },

  listContactWorkflows: { method: 'GET', path: '/automation/v2/workflows/enrollments/contacts/{contactId}', scope: 'automation' },
  enrollInWorkflow: { method: 'POST', path: '/automation/v2/workflows/{workflowId}/enrollments/contacts/{email}', scope: 'automation' },

  /** Called through @hubspot/api-client (crm.contacts.basicApi.getById), listed here for the scope check. */
  getContact: { method: 'GET', path: '/crm/v3/objects/contacts/{contactId}', scope: 'crm.objects.contacts.read' },
} as const satisfies Record<string, { method: 'GET' | 'POST'; path: string; scope: string }>;

export type EndpointName = keyof typeof ENDPOINTS;

/** Fills `{name}` placeholders, URL-encoding each value. */
export function endpointPath(name: EndpointName, params: Record<string, string> = {}): string {
  return ENDPOINTS[name].path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`Missing path parameter ${key} for ${name}`);
    return encodeURIComponent(value);
  });
}
