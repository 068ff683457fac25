import { useExtensionContext } from '@hubspot/ui-extensions';
import { WORKFLOW_DETAILS_PROPERTIES_TO_SEND, WORKFLOW_PROPERTIES_TO_SEND } from '../shared/properties-to-send';
import { useFunction, type RunFunction } from '../shared/useFunction';

/** The contact's email and opt-out, read by HubSpot with the call: the functions need no contacts read. */
const SEND_CONTACT = { propertiesToSend: WORKFLOW_PROPERTIES_TO_SEND };

export const useContactWorkflows = (run: RunFunction, contactId: string) => useFunction(run, 'contact-workflows', { contactId });

/** Which workflow to read: by v4 flow id, or by legacy id (the picker lists legacy ids only). */
export type WorkflowRef = { flowId: string } | { legacyWorkflowId: string };

/**
 * A workflow decoded, with this contact's warnings and enrollability (`contactId`, `userId` for the
 * sequence-conflict check). `ref === null`: not yet (panel closed, nothing selected).
 */
export function useWorkflowDetails(run: RunFunction, ref: WorkflowRef | null, contactId: string, userId: string | undefined) {
  // The portal's time zone: the trigger check's dates are the rep's calendar days (issue 20).
  const timeZone = useExtensionContext<'crm.record.sidebar'>()?.portal?.timezone;
  const params = ref === null ? null : { ...ref, contactId, ...(userId ? { userId } : {}), ...(timeZone ? { timeZone } : {}) };
  return useFunction(run, 'get-workflow', params, { propertiesToSend: WORKFLOW_DETAILS_PROPERTIES_TO_SEND });
}

/** Every contact-based workflow with whether this contact can join it: loaded once per opening, filtered on the card. */
export const useWorkflowPicker = (run: RunFunction, contactId: string, enabled: boolean) => useFunction(run, 'search-workflows', enabled ? { contactId } : null, SEND_CONTACT);

/** The catalog is fetched once (when first needed) and filtered on the client. */
export const useActionTypeCatalog = (run: RunFunction, enabled: boolean) => useFunction(run, 'action-type-catalog', enabled ? {} : null);

/**
 * The workflow an "Enroll in workflow" step chains into, read by its flow id for reading only: no contact
 * (it may run on companies or custom objects; this view offers no write), so no warnings or enrollability.
 */
export const useChainedWorkflow = (run: RunFunction, flowId: string | null) => useFunction(run, 'get-workflow', flowId === null ? null : { flowId });
