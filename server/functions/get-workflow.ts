/** get-workflow { flowId } → the workflow decoded for a person (steps in execution order, trigger, problems). */
import * as z from 'zod/mini';
import { NotFoundError } from '../hubspot/errors';
import { refusalFor } from '../runtime/errors-to-result';
import { defineFunction, hubspotId, type FunctionDeps } from '../runtime/define-function';
import { getSeedCatalog } from '../workflows/catalog';
import { decodeFlow } from '../workflows/decode';
import type { DecodedWorkflow } from '../workflows/types';

export const getWorkflowInput = z.object({ flowId: hubspotId('flowId') });
export type GetWorkflowInput = z.infer<typeof getWorkflowInput>;

export async function getWorkflow(input: GetWorkflowInput, deps: FunctionDeps): Promise<DecodedWorkflow> {
  try {
    const flow = await deps.hubspot.workflows.get({ flowId: input.flowId });
    return decodeFlow(flow, getSeedCatalog());
  } catch (err) {
    throw refusalFor(err, [{ match: (e) => e instanceof NotFoundError, code: 'NOT_FOUND', message: () => `Workflow ${input.flowId} does not exist (any more) in this HubSpot account.` }]) ?? err;
  }
}

export const main = defineFunction(getWorkflowInput, getWorkflow);
