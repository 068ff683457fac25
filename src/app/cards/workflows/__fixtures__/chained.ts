/**
 * get-workflow answers for a chain of "Enroll in workflow" (0-15) steps: a contact workflow the contact is
 * in, a company workflow and a custom-object one it opens (HubSpot chains the same type only: the cross-type
 * hops are the card's concern here, reading any flow by id, not a portal's).
 */
import type { DecodedStep } from '../../../../../server/workflows/types';
import type { GetWorkflowResult } from '../../../../../server/functions/get-workflow';
import { fail, welcomeDetails } from './workflows';

const enrollStep = (actionId: string, order: number, targetName: string, targetFlowId: string): DecodedStep => ({
  actionId,
  actionTypeId: '0-15',
  kind: 'action',
  name: 'Enroll in another workflow',
  summary: `Enroll in workflow ${targetName}`,
  details: [],
  branches: [],
  jump: null,
  order,
  targetFlowId,
});
const editStep = (actionId: string, order: number, summary: string): DecodedStep => ({
  actionId,
  actionTypeId: '0-5',
  kind: 'action',
  name: 'Edit records',
  summary,
  details: [],
  branches: [],
  jump: null,
  order,
});
const manual = (records: string) => ({
  ...welcomeDetails.trigger,
  type: 'MANUAL',
  summary: `Manual enrollment only: ${records} are enrolled by hand (from a record or a list), by another workflow, or through the API.`,
  lead: '',
  lines: [],
});
/** Read by flow id alone (no contact): no warnings, no enrollability. */
function withoutContact(d: GetWorkflowResult): GetWorkflowResult {
  const copy = { ...d };
  delete copy.warnings;
  delete copy.enrollment;
  return copy;
}

/** The contact's workflow: step 2 enrolls in the company workflow. */
export const chainRoot: GetWorkflowResult = {
  ...welcomeDetails,
  steps: [editStep('1', 1, 'Set Lead status to New'), enrollStep('2', 2, 'Re-score company fit', '600000012')],
  executionOrder: ['1', '2'],
  actionCount: 2,
};

export const companyFlow: GetWorkflowResult = {
  ...withoutContact(welcomeDetails),
  flowId: '600000012',
  legacyWorkflowId: null,
  name: 'Re-score company fit',
  objectTypeId: '0-2',
  objectLabel: 'Companies',
  flowType: 'PLATFORM_FLOW',
  trigger: manual('companies'),
  steps: [enrollStep('1', 1, 'Webinar check-in', '600000013')],
  executionOrder: ['1'],
  actionCount: 1,
};

export const customObjectFlow: GetWorkflowResult = {
  ...companyFlow,
  flowId: '600000013',
  name: 'Webinar check-in',
  objectTypeId: '2-34637667',
  objectLabel: 'Webinar registrations',
  trigger: manual('webinar registrations'),
  steps: [editStep('1', 1, 'Set Registration status to Checked in')],
  executionOrder: ['1'],
  actionCount: 1,
  nameNotices: [],
};

/** get-workflow by flow id, as the portal would answer each of them. */
export const chainAnswers = (params: { flowId?: string; legacyWorkflowId?: string }) => {
  const byId: Record<string, GetWorkflowResult> = { '600000001': chainRoot, '600000012': companyFlow, '600000013': customObjectFlow };
  const found = params.legacyWorkflowId === '11000001' ? chainRoot : params.flowId ? byId[params.flowId] : undefined;
  return found ? { ok: true as const, data: found } : fail('NOT_FOUND', 'This workflow no longer exists in this HubSpot account. Refresh the list of workflows.')();
};
