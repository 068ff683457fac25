/**
 * Seed for "Would this contact enroll?" (issue 20): one filter-based workflow whose trigger reads like
 * the recorded contact flows (OR of AND groups, a list filter, re-enrollment on a form submission; see
 * ../shared/realdata/flows-v4/udep-*), three contacts in it who meet it by its properties, miss it, and
 * meet it by a list, and the lists they are in (GET /crm/lists/2026-03/records/0-1/{id}/memberships).
 * The third contact is also in the seed form-submission workflow, whose event trigger the app cannot tell.
 */
import { completeFlow, contact, delayAction, setProp } from '../builders';
import type { LegacyWorkflow, PortalContact, PortalFlow, PortalListMembership, WorkflowMembership } from '../types';
import { FIXTURES } from './ids';

const C = FIXTURES.contacts;
const F = FIXTURES.flows;
const W = FIXTURES.legacyWorkflows;
const IRELAND_LEADS = 'Ireland leads follow-up';

const property = (name: string, operation: Record<string, unknown>) => ({
  filterType: 'PROPERTY',
  property: name,
  operation: { includeObjectsWithNoValueSet: false, ...operation },
});
const and = (filters: unknown[]) => ({ filterBranchType: 'AND', filterBranchOperator: 'AND', filterBranches: [], filters });

export function irelandLeadsFlow(at: string): PortalFlow {
  return completeFlow(
    {
      type: 'CONTACT_FLOW',
      objectTypeId: '0-1',
      flowType: 'WORKFLOW',
      isEnabled: true,
      name: IRELAND_LEADS,
      startActionId: '1',
      actions: [setProp('1', 'hs_lead_status', 'NEW', '2'), delayAction('2', 1440)],
      enrollmentCriteria: {
        type: 'LIST_BASED',
        shouldReEnroll: true,
        unEnrollObjectsNotMeetingCriteria: false,
        listFilterBranch: {
          filterBranchType: 'OR',
          filterBranchOperator: 'OR',
          filters: [],
          filterBranches: [
            and([
              property('country', { operationType: 'STRING', operator: 'IS_EQUAL_TO', value: 'Ireland' }),
              property('lifecyclestage', { operationType: 'ENUMERATION', operator: 'IS_ANY_OF', values: ['lead'] }),
            ]),
            and([{ filterType: 'IN_LIST', listId: '178', operator: 'IN_LIST' }]),
          ],
        },
        // As the recorded contact flows do: re-enroll when a form is filled out again.
        reEnrollmentTriggersFilterBranches: [and([{ filterType: 'FORM_SUBMISSION', formId: '2f5cc7f8-d359-4e9c-a770-dd42ea07d217', operator: 'FILLED_OUT' }])],
      },
    },
    F.irelandLeads,
    at,
    '4',
  );
}

export function triggerCheckSeed(now: number, created: number) {
  const enrolledAt = new Date(now - 5 * 86_400_000).toISOString();
  const contacts: PortalContact[] = [
    contact(C.meetsTrigger, { email: 'aoife.byrne@example.ie', firstname: 'Aoife', lastname: 'Byrne', country: 'Ireland', lifecyclestage: 'lead' }, created),
    contact(C.missesTrigger, { email: 'liam.walsh@example.co.uk', firstname: 'Liam', lastname: 'Walsh', country: 'United Kingdom', lifecyclestage: 'lead' }, created),
    contact(C.triggerByList, { email: 'maeve.kelly@example.ie', firstname: 'Maeve', lastname: 'Kelly', country: 'Ireland', lifecyclestage: 'subscriber' }, created),
  ];
  const t = Date.parse('2025-10-01T09:00:00.000Z');
  const legacyWorkflows: LegacyWorkflow[] = [
    { workflowId: W.irelandLeads, flowId: F.irelandLeads, name: IRELAND_LEADS, type: 'DRIP_DELAY', enabled: true, insertedAt: t, updatedAt: t },
  ];
  const workflowMemberships: WorkflowMembership[] = [
    ...[C.meetsTrigger, C.missesTrigger, C.triggerByList].map((contactId) => ({ contactId, workflowId: W.irelandLeads, enrolledAt })),
    { contactId: C.triggerByList, workflowId: W.seedFormSubmission, enrolledAt },
  ];
  const listMemberships: PortalListMembership[] = [
    { objectTypeId: '0-1', recordId: C.meetsTrigger, listId: '42', addedAt: enrolledAt },
    { objectTypeId: '0-1', recordId: C.triggerByList, listId: '178', addedAt: enrolledAt },
  ];
  return { contacts, flows: [irelandLeadsFlow('2025-10-01T09:00:00.000Z')], legacyWorkflows, workflowMemberships, listMemberships };
}
