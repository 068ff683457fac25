/** The workflow a function acts on: exactly one of its v4 `flowId` and its legacy `workflowId` (v2/v3 routes). */
import * as z from 'zod/mini';
import { hubspotId } from './fields';

export const workflowIdFields = { flowId: z.optional(hubspotId('flowId')), legacyWorkflowId: z.optional(hubspotId('legacyWorkflowId')) };

export const exactlyOneWorkflowId = z.refine<{ flowId?: string; legacyWorkflowId?: string }>((i) => (i.flowId === undefined) !== (i.legacyWorkflowId === undefined), {
  message: 'give exactly one of flowId and legacyWorkflowId',
});
