/**
 * get-workflow { flowId, userId? } → the workflow decoded for a person (steps in execution order, trigger,
 * problems), with HubSpot's names for the ids it shows. Round trips: the flow read, then one parallel
 * wave of name calls (server/names). `nameNotices`: optional scopes the app lacks, once each.
 */
import * as z from 'zod/mini';
import { NotFoundError } from '../hubspot/errors';
import { workflowNames } from '../names/workflow';
import type { NameNotice } from '../names';
import { refusalFor } from '../runtime/errors-to-result';
import { defineFunction, hubspotId, type FunctionDeps } from '../runtime/define-function';
import { getSeedCatalog } from '../workflows/catalog';
import { decodeFlow } from '../workflows/decode';
import type { DecodedWorkflow } from '../workflows/types';

export const getWorkflowInput = z.object({
  flowId: hubspotId('flowId'),
  /** The acting user (the card's context.user.id): sequences named in actions are read as them. */
  userId: z.optional(hubspotId('userId')),
});
export type GetWorkflowInput = z.infer<typeof getWorkflowInput>;

export type GetWorkflowResult = DecodedWorkflow & { nameNotices: NameNotice[] };

export async function getWorkflow(input: GetWorkflowInput, deps: FunctionDeps): Promise<GetWorkflowResult> {
  try {
    const flow = await deps.hubspot.workflows.get({ flowId: input.flowId });
    const names = await workflowNames(deps, flow, { userId: input.userId }, getSeedCatalog());
    return { ...decodeFlow(flow, names.catalog, names.lookup), nameNotices: names.notices };
  } catch (err) {
    throw refusalFor(err, [{ match: (e) => e instanceof NotFoundError, code: 'NOT_FOUND', message: () => `Workflow ${input.flowId} does not exist (any more) in this HubSpot account.` }]) ?? err;
  }
}

export const main = defineFunction(getWorkflowInput, getWorkflow);
