import { useCallback, useRef, useState } from 'react';
import { useExtensionContext } from '@hubspot/ui-extensions';
import { WORKFLOW_DETAILS_PROPERTIES_TO_SEND, WORKFLOW_PROPERTIES_TO_SEND } from '../shared/properties-to-send';
import { callFunction, useFunction, type FunctionError, type FunctionInput, type FunctionOutput, type FunctionResult, type RunFunction } from '../shared/useFunction';

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

type WorkflowWrite = 'enroll-in-workflow' | 'unenroll-from-workflow';

export interface WriteState<T> {
  pending: boolean;
  error: FunctionError | null;
  data: T | null;
}

/**
 * One write at a time: a ref (not state, which updates only after a render) blocks a second submit
 * fired before the first re-render, so a double click makes exactly one call.
 */
function useWorkflowWrite<U extends WorkflowWrite>(run: RunFunction, uid: U) {
  type T = FunctionOutput<U>;
  const inFlight = useRef(false);
  const [state, setState] = useState<WriteState<T>>({ pending: false, error: null, data: null });
  const submit = useCallback(
    async (params: FunctionInput<U>): Promise<FunctionResult<T> | null> => {
      if (inFlight.current) return null;
      inFlight.current = true;
      setState({ pending: true, error: null, data: null });
      const call = callFunction as (run: RunFunction, uid: U, p: FunctionInput<U>, o: { write: true; propertiesToSend?: string[] }) => Promise<FunctionResult<T>>;
      const result = await call(run, uid, params, { write: true, propertiesToSend: WORKFLOW_PROPERTIES_TO_SEND });
      inFlight.current = false;
      setState(result.ok ? { pending: false, error: null, data: result.data } : { pending: false, error: result.error, data: null });
      return result;
    },
    [run, uid],
  );
  const reset = useCallback(() => {
    if (!inFlight.current) setState({ pending: false, error: null, data: null });
  }, []);
  return { ...state, submit, reset };
}

export const useEnrollInWorkflow = (run: RunFunction) => useWorkflowWrite(run, 'enroll-in-workflow');
export const useUnenrollFromWorkflow = (run: RunFunction) => useWorkflowWrite(run, 'unenroll-from-workflow');
