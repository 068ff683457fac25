import { useCallback, useRef, useState } from 'react';
import { WORKFLOW_PROPERTIES_TO_SEND } from '../shared/properties-to-send';
import { callFunction, useFunction, type FunctionError, type FunctionInput, type FunctionResult, type RunFunction } from '../shared/useFunction';
import type {
  EnrollInWorkflowResult,
} from '../../../../server/workflows/types';

export const useContactWorkflows = (run: RunFunction, contactId: string) => useFunction(run, 'contact-workflows', { contactId });

/** `flowId === null`: not yet (panel closed, nothing selected). */
export const useDecodedWorkflow = (run: RunFunction, flowId: string | null, userId?: string) =>
  useFunction(run, 'get-workflow', flowId === null ? null : userId ? { flowId, userId } : { flowId });

export const useWorkflowSearch = (run: RunFunction, query: string | null) =>
  useFunction(run, 'search-workflows', query === null ? null : query ? { query } : {});

/** The catalog is fetched once (when first needed) and filtered on the client. */
export const useActionTypeCatalog = (run: RunFunction, enabled: boolean) => useFunction(run, 'action-type-catalog', enabled ? {} : null);

export interface EnrollState {
  pending: boolean;
  error: FunctionError | null;
  data: EnrollInWorkflowResult | null;
}

/**
 * One enrollment at a time: a ref (not state, which updates only after a render) blocks a second
 * submit fired before the first re-render, so a double click makes exactly one call.
 */
export function useEnrollInWorkflow(run: RunFunction) {
  const inFlight = useRef(false);
  const [state, setState] = useState<EnrollState>({ pending: false, error: null, data: null });
  const submit = useCallback(
    async (params: FunctionInput<'enroll-in-workflow'>): Promise<FunctionResult<EnrollInWorkflowResult> | null> => {
      if (inFlight.current) return null;
      inFlight.current = true;
      setState({ pending: true, error: null, data: null });
      const result = await callFunction(run, 'enroll-in-workflow', params, { write: true, propertiesToSend: WORKFLOW_PROPERTIES_TO_SEND });
      inFlight.current = false;
      setState(result.ok ? { pending: false, error: null, data: result.data } : { pending: false, error: result.error, data: null });
      return result;
    },
    [run],
  );
  const reset = useCallback(() => {
    if (!inFlight.current) setState({ pending: false, error: null, data: null });
  }, []);
  return { ...state, submit, reset };
}
