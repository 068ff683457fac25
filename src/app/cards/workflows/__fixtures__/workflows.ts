/** Canned function answers for the Workflows card tests (typed by the contract, so they cannot drift). */
import type { ErrorCode } from '../../../../../server/contract';
import type {
  ActionTypeCatalogResult,
  ContactWorkflowsResult,
  EnrollInWorkflowResult,
  SearchWorkflowsResult,
  UnenrollFromWorkflowResult,
} from '../../../../../server/workflows/types';
import type { GetWorkflowResult } from '../../../../../server/functions/get-workflow';

export const fail =
  (code: ErrorCode, message: string, retryable = false) =>
  () => ({ ok: false as const, error: { code, message, retryable } });

export const three: ContactWorkflowsResult = {
  contactId: '1006',
  workflows: [
    { flowId: null, legacyWorkflowId: '11000004', name: 'Classic lead rotation', isEnabled: true, objectTypeId: null, objectLabel: null, legacyType: 'PROPERTY_ANCHOR' },
    { flowId: '600000002', legacyWorkflowId: '11000002', name: 'Lead scoring', isEnabled: false, objectTypeId: '0-1', objectLabel: 'Contacts', legacyType: 'DRIP_DELAY' },
    { flowId: '600000001', legacyWorkflowId: '11000001', name: 'Welcome series', isEnabled: true, objectTypeId: '0-1', objectLabel: 'Contacts', legacyType: 'DRIP_DELAY' },
  ],
};
export const empty: ContactWorkflowsResult = { contactId: '1006', workflows: [] };
export const onlyWelcome: ContactWorkflowsResult = { contactId: '1006', workflows: [three.workflows[2]] };

export const decoded: GetWorkflowResult = {
  nameNotices: [],
  flowId: '600000002',
  legacyWorkflowId: '11000002',
  name: 'Lead scoring',
  isEnabled: false,
  objectTypeId: '0-1',
  objectLabel: 'Contacts',
  flowType: 'CONTACT_FLOW',
  trigger: {
    type: 'EVENT_BASED',
    summary: 'Enrolls when: Form submission where hs_form_id is any of abc',
    lead: 'Enrolls when:',
    lines: [
      { depth: 0, text: 'Form submission where' },
      { depth: 1, text: 'hs_form_id is any of abc' },
    ],
    reEnrollment: false,
    reEnrollmentSummary: 'Re-enrollment is off.',
    reEnrollmentLead: 'Re-enrollment is on when:',
    reEnrollmentLines: [],
    unenrollWhenNotMeetingCriteria: false,
  },
  steps: [
    {
      actionId: '1',
      actionTypeId: null,
      kind: 'branch',
      name: 'Branch on a value',
      summary: 'Branch on Lead status',
      details: [],
      jump: null,
      order: 1,
      branches: [
        {
          label: 'Lead status is New',
          isDefault: false,
          targetActionId: '2',
          edgeType: 'STANDARD',
          jump: null,
          steps: [
            {
              actionId: '2',
              actionTypeId: '0-1',
              kind: 'action',
              name: 'Delay for a set amount of time',
              summary: 'Wait 1 day',
              details: [],
              branches: [],
              jump: 'Go to step 3: Edit records',
              order: 2,
            },
          ],
        },
        {
          label: 'Otherwise (Default Path)',
          isDefault: true,
          targetActionId: '4',
          edgeType: 'STANDARD',
          jump: null,
          steps: [
            {
              actionId: '4',
              actionTypeId: '0-5',
              kind: 'action',
              name: 'Edit records',
              summary: 'Set Lead status to In progress',
              details: [],
              branches: [],
              jump: null,
              order: 3,
            },
          ],
        },
      ],
    },
  ],
  executionOrder: ['1', '2', '4'],
  unreachable: [
    {
      actionId: '9',
      actionTypeId: '0-999',
      kind: 'unknown',
      name: 'Unknown action 0-999',
      summary: 'Unknown action 0-999 (not described by this app)',
      details: [],
      branches: [],
      jump: null,
      order: 0,
    },
  ],
  problems: [{ code: 'UNREACHABLE', message: '1 action never runs: nothing leads to it from the start ("Unknown action 0-999").' }],
  actionCount: 4,
  warnings: [],
  enrollment: { isMember: true, canEnroll: false, reason: 'This contact is already in this workflow.' },
};

export const welcomeDetails: GetWorkflowResult = {
  ...decoded,
  flowId: '600000001',
  legacyWorkflowId: '11000001',
  name: 'Welcome series',
  isEnabled: true,
  problems: [],
  unreachable: [],
  enrollment: { isMember: false, canEnroll: true },
};

/** get-workflow for a legacy workflow HubSpot has no v4 mapping for (server/workflows/legacy-only.ts). */
export const classicDetails: GetWorkflowResult = {
  ...welcomeDetails,
  flowId: null,
  legacyWorkflowId: '11000004',
  name: 'Classic lead rotation',
  flowType: null,
  trigger: { ...welcomeDetails.trigger, type: 'UNKNOWN', summary: "This app can't read this workflow's enrollment trigger.", lead: '', lines: [] },
  steps: [],
  executionOrder: [],
  actionCount: 0,
  stepsUnavailable: "This app can't read this workflow's steps (HubSpot shares them only in an older format), so they aren't shown here. Open the workflow in HubSpot to see them.",
  warnings: ["This workflow's steps could not be checked for conflicts with this contact's sequences or email settings."],
  enrollment: { isMember: false, canEnroll: true },
};

/** Enrollable first, then the others with their reasons (as search-workflows orders them). */
export const picker: SearchWorkflowsResult = {
  total: 5,
  enrollableCount: 3,
  contactReason: null,
  workflows: [
    { legacyWorkflowId: '11000001', flowId: null, name: 'Welcome series', isEnabled: true, canEnroll: true },
    { legacyWorkflowId: '11000003', flowId: null, name: 'Webinar follow-up', isEnabled: true, canEnroll: true },
    // No v4 mapping: still enrollable (v2 takes the legacy id); get-workflow answers it with flowId null.
    { legacyWorkflowId: '11000004', flowId: null, name: 'Classic lead rotation', isEnabled: true, canEnroll: true },
    { legacyWorkflowId: '11000002', flowId: null, name: 'Lead scoring', isEnabled: false, canEnroll: false, reason: 'It is turned off.' },

    { legacyWorkflowId: '11000005', flowId: null, name: 'Welcome back', isEnabled: true, canEnroll: false, reason: 'This contact is already in it.' },
  ],
};

export const enrolled: EnrollInWorkflowResult = {
  contactId: '1006',
  flowId: '600000001',
  legacyWorkflowId: '11000001',
  workflowName: 'Welcome series',
  email: 'a@b.c',
  recoveredAfterAmbiguousFailure: false,
  memberOf: ['11000001'],
};
export const enrolledClassic: EnrollInWorkflowResult = { ...enrolled, flowId: null, legacyWorkflowId: '11000004', workflowName: 'Classic lead rotation', memberOf: ['11000004'] };
export const unenrolled: UnenrollFromWorkflowResult = { unenrolled: true, flowId: '600000001', legacyWorkflowId: '11000001', recoveredAfterAmbiguousFailure: false, memberOf: [] };

export const catalog: ActionTypeCatalogResult = {
  liveCatalog: true,
  total: 3,
  entries: [
    {
      kind: 'action',
      id: '0-1',
      name: 'Delay for a set amount of time',
      description: 'Delay enrolled records for a specific amount of days.',
      group: 'Delays',
      aliases: [],
      sources: ['seed:002'],
    },
    {
      kind: 'action',
      id: '0-46510720',
      name: 'Enroll in a sequence',
      description: 'Automatically enroll contacts in a sequence.',
      group: 'Enrollment',
      aliases: [],
      sources: ['seed:002'],
    },
    { kind: 'event', id: '4-1639801', name: 'Form submission', description: 'Triggers when a form is submitted.', group: 'Forms', aliases: [], sources: ['seed:002'] },
  ],
};
