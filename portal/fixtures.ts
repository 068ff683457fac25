/**
 * Named fixture ids of the emulated portal. Other engineers' tests import FIXTURES: keep the names and ids stable.
 * seedData() returns a fresh copy of the portal data built around them.
 */
import seedFlowsJson from './data/seed-flows.json';
import { ACTION_TYPES } from './data/action-types';
import type {
  PortalContact,
  PortalData,
  PortalFlow,
  PortalSequence,
  SequenceDependency,
  SequenceStep,
  LegacyWorkflow,
} from './types';

const DAY = 86_400_000;

export const FIXTURES = {
  portalId: 24_681_357,
  users: {
    /** paid seat, 2 connected inboxes (own + shared alias) */
    rep: {
      userId: '2620022',
      email: 'melinda.nelson@acme-demo.com',
      firstName: 'Melinda',
      lastName: 'Nelson',
      alias: 'sales@acme-demo.com',
    },
    /** paid seat, no connected inbox */
    repNoInbox: { userId: '2620023', email: 'noah.inbox@acme-demo.com', firstName: 'Noah', lastName: 'Inbox' },
    /** connected inbox, no paid seat */
    repNoSeat: { userId: '2620024', email: 'sam.seatless@acme-demo.com', firstName: 'Sam', lastName: 'Seatless' },
  },
  contacts: {
    /** actively enrolled in sequences.simpleCall by rep, 3 days ago */
    enrolled: '1001',
    notEnrolled: '1002',
    /** no email address */
    noEmail: '1003',
    /** hs_email_optout = true */
    optedOut: '1004',
    /** hs_email_hard_bounce_reason_enum set */
    bounced: '1005',
    /** in 3 legacy workflows: welcome, leadScoring, classicRotation (the last has NO v4 mapping) */
    inWorkflows: '1006',
    inNoWorkflows: '1007',
  },
  sequences: {
    /** from seed 004 "Melinda's simple call sequence": CALL/EMAIL tasks, FINISH_ENROLLMENT, TASK_COMPLETION deps */
    simpleCall: '123456789',
    /** emails with threadEmailToStepOrder, delays 0 / 1 day / 3 days, TODO task with HTML notes, LinkedIn task */
    outboundProspecting: '200000001',
    inboundFollowUp: '200000002',
    renewalReminder: '200000003',
    webinarFollowUp: '200000004',
    reEngagement: '200000005',
    /** owned by repNoSeat */
    partnerIntro: '200000006',
  },
  flows: {
    /** seed 000 (POST example), contact, create ticket + delay + marketing email */
    seedFormTicket: '585051001',
    /** seed 000 GET example */
    seedFormSubmission: '12345678',
    /** seed 000 PUT example */
    seedContactUs: '1734596242',
    /** seed 003 13.1 */
    seedLeadNurturing: '585051946',
    /** seed 003 13.2 (deal-based PLATFORM_FLOW) */
    seedDealStage: '585051947',
    welcome: '600000001',
    leadScoring: '600000002',
    listRouting: '600000003',
    abNurture: '600000004',
    customCode: '600000005',
    webhook: '600000006',
    enrollInSequence: '600000007',
    dealWon: '600000008',
    disabled: '600000009',
  },
  /** legacy v2 workflow ids */
  legacyWorkflows: {
    welcome: 11000001,
    leadScoring: 11000002,
    enrollInSequence: 11000003,
    /** NO v4 mapping */
    classicRotation: 11000004,
    /** disabled (v4 flows.disabled): v2 enrollment answers 400 */
    disabled: 11000005,
    seedFormSubmission: 11000006,
  },
  /** workflowId known to nobody, flowId known to nobody */
  unknown: { contactId: '999999', sequenceId: '999999999', flowId: '999999999', workflowId: 99999999 },
} as const;

const U = FIXTURES.users;
const C = FIXTURES.contacts;
const S = FIXTURES.sequences;
const F = FIXTURES.flows;
const W = FIXTURES.legacyWorkflows;

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function contact(id: string, props: Record<string, string | null>, createdMs: number): PortalContact {
  const createdAt = iso(createdMs);
  return {
    id,
    createdAt,
    updatedAt: createdAt,
    properties: {
      hs_object_id: id,
      createdate: createdAt,
      lastmodifieddate: createdAt,
      hs_email_optout: 'false',
      hs_email_hard_bounce_reason_enum: null,
      hs_sequences_is_enrolled: 'false',
      hs_sequences_actively_enrolled_count: '0',
      hs_latest_sequence_enrolled: null,
      hs_latest_sequence_enrolled_date: null,
      hubspot_owner_id: null,
      ...props,
    },
  };
}

/** Build steps + TASK_COMPLETION dependencies for every TASK step followed by another step. */
function seq(
  id: string,
  name: string,
  userId: string,
  at: string,
  steps: Omit<SequenceStep, 'id' | 'stepOrder' | 'createdAt' | 'updatedAt'>[],
  opts: { folderId?: string; dependOnTasks?: boolean } = {},
): PortalSequence {
  const base = Number(id.slice(-6)) * 10;
  const full: SequenceStep[] = steps.map((s, i) => {
    const step: SequenceStep = { id: String(base + i), stepOrder: i, delayMillis: s.delayMillis, actionType: s.actionType, createdAt: at, updatedAt: at };
    if (s.taskPattern) step.taskPattern = { ...s.taskPattern, createdAt: at, updatedAt: at };
    if (s.emailPattern) step.emailPattern = { ...s.emailPattern, createdAt: at, updatedAt: at };
    return step;
  });
  const dependencies: SequenceDependency[] = [];
  if (opts.dependOnTasks !== false) {
    full.forEach((s, i) => {
      if (s.actionType === 'TASK' && full[i + 1]) {
        dependencies.push({
          id: String(base + 500 + i),
          dependencyType: 'TASK_COMPLETION',
          requiredBySequenceStepId: full[i + 1].id,
          reliesOnSequenceStepId: s.id,
          requiredByStepOrder: i + 1,
          reliesOnStepOrder: i,
          createdAt: at,
          updatedAt: at,
        });
      }
    });
  }
  const out: PortalSequence = {
    id,
    name,
    userId,
    createdAt: at,
    updatedAt: at,
    steps: full,
    settings: {
      id: String(base + 900),
      eligibleFollowUpDays: 'BUSINESS_DAYS',
      sellingStrategy: 'LEAD_BASED',
      sendWindowStartMinute: 480,
      sendWindowEndMinute: 1080,
      taskReminderMinute: 480,
      individualTaskRemindersEnabled: false,
      createdAt: at,
      updatedAt: at,
    },
    dependencies,
  };
  if (opts.folderId) out.folderId = opts.folderId;
  return out;
}

type TaskP = NonNullable<SequenceStep['taskPattern']>;
const task = (id: string, taskType: TaskP['taskType'], taskPriority: TaskP['taskPriority'], subject: string, notes?: string) =>
  ({ id, taskType, taskPriority, subject, ...(notes ? { notes } : {}) }) as TaskP;
const email = (id: string, templateId: string, threadEmailToStepOrder?: number) =>
  ({ id, templateId, ...(threadEmailToStepOrder !== undefined ? { threadEmailToStepOrder } : {}) }) as NonNullable<SequenceStep['emailPattern']>;

function sequences(): PortalSequence[] {
  // Seed 004, copied (ids, timestamps, steps, settings, dependencies) with the owner set to our rep.
  const seedAt = '2024-06-26T18:37:01.146Z';
  const simpleCall: PortalSequence = {
    id: S.simpleCall,
    name: "Melinda's simple call sequence",
    createdAt: seedAt,
    updatedAt: seedAt,
    userId: U.rep.userId,
    steps: [
      { id: '198771535', stepOrder: 0, delayMillis: 0, actionType: 'TASK', createdAt: seedAt, updatedAt: seedAt,
        taskPattern: { id: '23594004', taskType: 'CALL', taskPriority: 'LOW', subject: 'Call contact to follow up', createdAt: seedAt, updatedAt: seedAt } },
      { id: '198771536', stepOrder: 1, delayMillis: 86400000, actionType: 'TASK', createdAt: seedAt, updatedAt: seedAt,
        taskPattern: { id: '23594005', taskType: 'EMAIL', taskPriority: 'LOW', subject: 'Send follow-up email',
          notes: '<p>Send an email to thank them for their time and follow up. Use one of our templates based on the call outcome.</p>',
          createdAt: seedAt, updatedAt: seedAt } },
      { id: '198771537', stepOrder: 2, delayMillis: 0, actionType: 'FINISH_ENROLLMENT', createdAt: seedAt, updatedAt: seedAt },
    ],
    settings: { id: '18167737', eligibleFollowUpDays: 'BUSINESS_DAYS', sellingStrategy: 'LEAD_BASED', sendWindowStartMinute: 480,
      sendWindowEndMinute: 1080, taskReminderMinute: 480, individualTaskRemindersEnabled: false, createdAt: seedAt, updatedAt: seedAt },
    dependencies: [
      { id: '15241774', createdAt: seedAt, updatedAt: seedAt, dependencyType: 'TASK_COMPLETION', requiredBySequenceStepId: '198771536',
        reliesOnSequenceStepId: '198771535', requiredByStepOrder: 1, reliesOnStepOrder: 0 },
      { id: '15241775', createdAt: seedAt, updatedAt: seedAt, dependencyType: 'TASK_COMPLETION', requiredBySequenceStepId: '198771537',
        reliesOnSequenceStepId: '198771536', requiredByStepOrder: 2, reliesOnStepOrder: 1 },
    ],
  };
  const at = '2025-11-03T09:15:00.000Z';
  return [
    simpleCall,
    seq(S.outboundProspecting, 'Outbound prospecting – 5 touches', U.rep.userId, at, [
      { actionType: 'EMAIL', delayMillis: 0, emailPattern: email('31000001', '91000001') },
      { actionType: 'TASK', delayMillis: DAY, taskPattern: task('32000001', 'CALL', 'HIGH', 'Call {{contact.firstname}} about the intro email',
        '<p>Reference the <strong>intro email</strong>. Ask about:</p><ul><li>current tooling</li><li>timeline</li></ul>') },
      { actionType: 'EMAIL', delayMillis: 3 * DAY, emailPattern: email('31000002', '91000002', 0) },
      { actionType: 'TASK', delayMillis: DAY, taskPattern: task('32000002', 'LINKED_IN_CONNECT', 'MEDIUM', 'Connect on LinkedIn') },
      { actionType: 'TASK', delayMillis: 3 * DAY, taskPattern: task('32000003', 'TODO', 'NONE', 'Research account',
        '<p>Check the <a href="https://example.com/crm">account page</a> &amp; recent deals.</p>') },
      { actionType: 'EMAIL', delayMillis: 0, emailPattern: email('31000003', '91000003', 2) },
      { actionType: 'FINISH_ENROLLMENT', delayMillis: 0 },
    ], { folderId: '7001' }),
    seq(S.inboundFollowUp, 'Inbound lead follow-up', U.rep.userId, at, [
      { actionType: 'EMAIL', delayMillis: 0, emailPattern: email('31000011', '91000011') },
      { actionType: 'TASK', delayMillis: DAY, taskPattern: task('32000011', 'CALL', 'MEDIUM', 'Follow-up call') },
      { actionType: 'EMAIL', delayMillis: 3 * DAY, emailPattern: email('31000012', '91000012', 0) },
    ]),
    seq(S.renewalReminder, 'Renewal reminder (customers)', U.rep.userId, at, [
      { actionType: 'TASK', delayMillis: 0, taskPattern: task('32000021', 'EMAIL', 'HIGH', 'Send renewal quote', '<p>Attach the <em>renewal quote</em>.</p>') },
      { actionType: 'TASK', delayMillis: 3 * DAY, taskPattern: task('32000022', 'MEETING', 'LOW', 'Book renewal meeting') },
      { actionType: 'FINISH_ENROLLMENT', delayMillis: 0 },
    ], { folderId: '7002' }),
    seq(S.webinarFollowUp, 'Webinar attendees follow-up', U.repNoInbox.userId, at, [
      { actionType: 'EMAIL', delayMillis: 0, emailPattern: email('31000031', '91000031') },
      { actionType: 'TASK', delayMillis: DAY, taskPattern: task('32000031', 'LINKED_IN_MESSAGE', 'LOW', 'Message on LinkedIn') },
    ]),
    seq(S.reEngagement, 'Q4 re-engagement', U.rep.userId, at, [
      { actionType: 'EMAIL', delayMillis: 0, emailPattern: email('31000041', '91000041') },
      { actionType: 'EMAIL', delayMillis: 3 * DAY, emailPattern: email('31000042', '91000042', 0) },
    ]),
    seq(S.partnerIntro, 'Partner intro', U.repNoSeat.userId, at, [
      { actionType: 'TASK', delayMillis: 0, taskPattern: task('32000051', 'TODO', 'LOW', 'Prepare partner intro') },
      { actionType: 'FINISH_ENROLLMENT', delayMillis: DAY },
    ]),
  ];
}

/** Fill the fields HubSpot always returns on a stored flow; everything the seed has is kept as-is. */
export function completeFlow(raw: Record<string, unknown>, id: string, at: string, revisionId = '1'): PortalFlow {
  const actions = (raw.actions as Record<string, unknown>[]) ?? [];
  const maxId = actions.reduce((m, a) => Math.max(m, Number(a.actionId) || 0), 0);
  const isContact = raw.type !== 'PLATFORM_FLOW';
  const flow: Record<string, unknown> = {
    id,
    revisionId,
    createdAt: at,
    updatedAt: at,
    nextAvailableActionId: String(maxId + 1),
    crmObjectCreationStatus: 'COMPLETE',
    timeWindows: [],
    blockedDates: [],
    customProperties: {},
    dataSources: [],
    ...(isContact ? { suppressionListIds: [], canEnrollFromSalesforce: false } : {}),
    ...raw,
  };
  flow.id = (raw.id as string) ?? id;
  return flow as PortalFlow;
}

const conn = (next: string, edgeType: 'STANDARD' | 'GOTO' = 'STANDARD') => ({ edgeType, nextActionId: next });
const delayAction = (actionId: string, minutes: number, next?: string) => ({
  type: 'SINGLE_CONNECTION', actionId, actionTypeVersion: 0, actionTypeId: '0-1',
  ...(next ? { connection: conn(next) } : {}), fields: { delta: String(minutes), time_unit: 'MINUTES' },
});
const setProp = (actionId: string, property: string, value: string, next?: string) => ({
  type: 'SINGLE_CONNECTION', actionId, actionTypeVersion: 0, actionTypeId: '0-5',
  ...(next ? { connection: conn(next) } : {}),
  fields: { property_name: property, value: { type: 'STATIC_VALUE', staticValue: value } },
});
const sendEmail = (actionId: string, contentId: string, next?: string) => ({
  type: 'SINGLE_CONNECTION', actionId, actionTypeVersion: 0, actionTypeId: '0-4',
  ...(next ? { connection: conn(next) } : {}), fields: { content_id: contentId },
});
const manual = { type: 'MANUAL', shouldReEnroll: false };
const listBased = (property: string, value: string) => ({
  type: 'LIST_BASED', shouldReEnroll: false, unEnrollObjectsNotMeetingCriteria: false, reEnrollmentTriggersFilterBranches: [],
  listFilterBranch: {
    filterBranchType: 'OR', filterBranchOperator: 'OR', filters: [],
    filterBranches: [{
      filterBranchType: 'AND', filterBranchOperator: 'AND', filterBranches: [],
      filters: [{ filterType: 'PROPERTY', property, operation: { operationType: 'ENUMERATION', operator: 'IS_ANY_OF', includeObjectsWithNoValueSet: false, values: [value] } }],
    }],
  },
});

function customFlows(at: string): PortalFlow[] {
  const contactFlow = (id: string, name: string, rest: Record<string, unknown>, isEnabled = true) =>
    completeFlow({ type: 'CONTACT_FLOW', objectTypeId: '0-1', flowType: 'WORKFLOW', isEnabled, name, ...rest }, id, at, '3');
  return [
    contactFlow(F.welcome, 'Welcome series', {
      startActionId: '1',
      actions: [sendEmail('1', '41000001', '2'), delayAction('2', 1440, '3'), sendEmail('3', '41000002', '4'), delayAction('4', 4320, '5'), setProp('5', 'lifecyclestage', 'marketingqualifiedlead')],
      enrollmentCriteria: listBased('lifecyclestage', 'subscriber'),
    }),
    contactFlow(F.leadScoring, 'Lead scoring – static branch on lifecycle stage', {
      startActionId: '1',
      actions: [
        { type: 'STATIC_BRANCH', actionId: '1', inputValue: { type: 'OBJECT_PROPERTY', propertyName: 'lifecyclestage' },
          staticBranches: [{ branchValue: 'lead', connection: conn('2') }, { branchValue: 'customer', connection: conn('3') }],
          defaultBranchName: 'Other', defaultBranch: conn('4') },
        setProp('2', 'hs_lead_status', 'NEW'),
        setProp('3', 'hs_lead_status', 'CONNECTED'),
        delayAction('4', 60),
      ],
      enrollmentCriteria: manual,
    }),
    contactFlow(F.listRouting, 'List branch routing by country', {
      startActionId: '1',
      actions: [
        { type: 'LIST_BRANCH', actionId: '1', defaultBranchName: 'Rest of world', defaultBranch: conn('4'),
          listBranches: [
            { branchName: 'France', connection: conn('2'), filterBranch: { filterBranchType: 'AND', filterBranchOperator: 'AND', filterBranches: [],
              filters: [{ filterType: 'PROPERTY', property: 'country', operation: { operationType: 'STRING', operator: 'IS_EQUAL_TO', includeObjectsWithNoValueSet: false, value: 'France' } }] } },
            { branchName: 'Germany', connection: conn('3'), filterBranch: { filterBranchType: 'AND', filterBranchOperator: 'AND', filterBranches: [],
              filters: [{ filterType: 'PROPERTY', property: 'country', operation: { operationType: 'STRING', operator: 'IS_EQUAL_TO', includeObjectsWithNoValueSet: false, value: 'Germany' } }] } },
          ] },
        setProp('2', 'hubspot_owner_id', '2620022'),
        setProp('3', 'hubspot_owner_id', '2620023'),
        setProp('4', 'hubspot_owner_id', '2620024'),
      ],
      enrollmentCriteria: listBased('hs_lead_status', 'NEW'),
    }),
    contactFlow(F.abNurture, 'A/B nurture with go-to', {
      startActionId: '1',
      actions: [
        { type: 'AB_TEST_BRANCH', actionId: '1', testBranches: [{ percentage: 50, connection: conn('2') }, { percentage: 50, connection: conn('3') }] },
        sendEmail('2', '41000010', '4'),
        { ...sendEmail('3', '41000011'), connection: conn('4', 'GOTO') },
        delayAction('4', 2880, '5'),
        { ...setProp('5', 'hs_lead_status', 'OPEN'), connection: conn('2', 'GOTO') },
      ],
      enrollmentCriteria: manual,
    }),
    contactFlow(F.customCode, 'Custom code enrichment', {
      startActionId: '1',
      actions: [
        { type: 'CUSTOM_CODE', actionId: '1', runtime: 'NODE20X', secretNames: ['ENRICH_API_KEY'],
          sourceCode: "exports.main = async (event, callback) => {\n  const email = event.inputFields['email'];\n  callback({ outputFields: { tier: email && email.endsWith('.edu') ? 'edu' : 'std' } });\n};\n",
          inputFields: [{ name: 'email', value: { type: 'OBJECT_PROPERTY', propertyName: 'email' } }],
          outputFields: [{ type: 'ENUMERATION', name: 'tier', options: ['edu', 'std'] }],
          connection: conn('2') },
        setProp('2', 'industry', 'EDUCATION'),
      ],
      enrollmentCriteria: manual,
    }),
    contactFlow(F.webhook, 'Webhook to ERP', {
      startActionId: '1',
      actions: [
        { type: 'WEBHOOK', actionId: '1', method: 'POST', webhookUrl: 'https://erp.example.com/hooks/hubspot',
          queryParams: [{ name: 'source', value: { type: 'STATIC_VALUE', staticValue: 'hubspot' } }],
          authSettings: { type: 'SIGNATURE', appId: 4102237 } },
      ],
      enrollmentCriteria: manual,
    }),
    contactFlow(F.enrollInSequence, 'Enroll MQLs in outbound sequence', {
      startActionId: '1',
      actions: [
        delayAction('1', 0, '2'),
        { type: 'SINGLE_CONNECTION', actionId: '2', actionTypeVersion: 0, actionTypeId: '0-46510720',
          fields: { sequenceId: S.outboundProspecting, sender_type: 'CONTACT_OWNER', contact_owner_email: FIXTURES.users.rep.email } },
      ],
      enrollmentCriteria: listBased('lifecyclestage', 'marketingqualifiedlead'),
    }),
    completeFlow({
      type: 'PLATFORM_FLOW', objectTypeId: '0-3', flowType: 'WORKFLOW', isEnabled: true, name: 'Deal won follow-up', startActionId: '1',
      actions: [
        { type: 'SINGLE_CONNECTION', actionId: '1', actionTypeVersion: 0, actionTypeId: '0-3', connection: conn('2'),
          fields: { task_type: 'TODO', subject: 'Kick-off call', body: '<p>Schedule the kick-off.</p>', associations: [] } },
        delayAction('2', 10080),
      ],
      enrollmentCriteria: manual,
    }, F.dealWon, at, '2'),
    contactFlow(F.disabled, 'Old nurture (disabled)', {
      startActionId: '1', actions: [sendEmail('1', '41000099')], enrollmentCriteria: manual,
    }, false),
  ];
}

/**
 * The seed examples (esp. seed 003, a compiled doc) omit fields HubSpot always returns. Fill ONLY those
 * defaults, nothing else: includeObjectsWithNoValueSet=false, filterBranches/filters=[], inputValue.type
 * OBJECT_PROPERTY when only propertyName is given, reEnrollmentTriggersFilterBranches=[] on LIST_BASED criteria.
 */
export function repairSeedFlow(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(repairSeedFlow);
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  if (typeof o.operationType === 'string' && o.includeObjectsWithNoValueSet === undefined) o.includeObjectsWithNoValueSet = false;
  if (typeof o.filterBranchType === 'string') {
    o.filterBranches ??= [];
    o.filters ??= [];
  }
  if (o.type === 'LIST_BASED') o.reEnrollmentTriggersFilterBranches ??= [];
  const iv = o.inputValue as Record<string, unknown> | undefined;
  if (iv && iv.type === undefined && typeof iv.propertyName === 'string') iv.type = 'OBJECT_PROPERTY';
  Object.values(o).forEach(repairSeedFlow);
}

function seedFlows(): PortalFlow[] {
  const ids = [F.seedFormTicket, F.seedFormSubmission, F.seedContactUs, F.seedLeadNurturing, F.seedDealStage];
  const entries = seedFlowsJson as { source: string; flow: Record<string, unknown> }[];
  return entries.map((e, i) => {
    const raw = structuredClone(e.flow);
    repairSeedFlow(raw);
    const created = (raw.createdAt as string) ?? '2025-01-15T10:00:00.000Z';
    return completeFlow(raw, (raw.id as string) ?? ids[i], created, (raw.revisionId as string) ?? '1');
  });
}

function legacyWorkflows(): LegacyWorkflow[] {
  const t = Date.parse('2024-03-01T12:00:00.000Z');
  return [
    { workflowId: W.welcome, flowId: F.welcome, name: 'Welcome series', type: 'DRIP_DELAY', enabled: true, insertedAt: t, updatedAt: t },
    { workflowId: W.leadScoring, flowId: F.leadScoring, name: 'Lead scoring – static branch on lifecycle stage', type: 'DRIP_DELAY', enabled: true, insertedAt: t, updatedAt: t },
    { workflowId: W.enrollInSequence, flowId: F.enrollInSequence, name: 'Enroll MQLs in outbound sequence', type: 'DRIP_DELAY', enabled: true, insertedAt: t, updatedAt: t },
    { workflowId: W.classicRotation, name: 'Classic lead rotation (no v4 mapping)', type: 'PROPERTY_ANCHOR', enabled: true, insertedAt: t, updatedAt: t },
    { workflowId: W.disabled, flowId: F.disabled, name: 'Old nurture (disabled)', type: 'DRIP_DELAY', enabled: false, insertedAt: t, updatedAt: t },
    { workflowId: W.seedFormSubmission, flowId: F.seedFormSubmission, name: 'New form submission workflow', type: 'DRIP_DELAY', enabled: true, insertedAt: t, updatedAt: t },
  ];
}

/** Fresh portal data (timestamps relative to now for "3 days ago"). */
export function seedData(now = Date.now()): PortalData {
  const created = now - 90 * DAY;
  const enrolledAt = iso(now - 3 * DAY);
  const contacts: PortalContact[] = [
    contact(C.enrolled, { email: 'ada.enrolled@example.com', firstname: 'Ada', lastname: 'Enrolled', hubspot_owner_id: U.rep.userId,
      hs_sequences_is_enrolled: 'true', hs_sequences_actively_enrolled_count: '1', hs_latest_sequence_enrolled: S.simpleCall,
      hs_latest_sequence_enrolled_date: enrolledAt, lifecyclestage: 'lead' }, created),
    contact(C.notEnrolled, { email: 'ben.notenrolled@example.com', firstname: 'Ben', lastname: 'Free', lifecyclestage: 'lead' }, created),
    contact(C.noEmail, { email: null, firstname: 'Cleo', lastname: 'Noemail', phone: '+33 1 23 45 67 89' }, created),
    contact(C.optedOut, { email: 'dan.optout@example.com', firstname: 'Dan', lastname: 'Optout', hs_email_optout: 'true' }, created),
    contact(C.bounced, { email: 'eve.bounced@invalid.example.com', firstname: 'Eve', lastname: 'Bounced', hs_email_hard_bounce_reason_enum: 'UNKNOWN_USER' }, created),
    contact(C.inWorkflows, { email: 'finn.workflows@example.com', firstname: 'Finn', lastname: 'Workflows', lifecyclestage: 'subscriber' }, created),
    contact(C.inNoWorkflows, { email: 'gia.noworkflows@example.com', firstname: 'Gia', lastname: 'Quiet' }, created),
  ];
  return {
    portalId: FIXTURES.portalId,
    users: [
      { ...pick(U.rep), inboxes: [U.rep.email, U.rep.alias], paidSeat: true },
      { ...pick(U.repNoInbox), inboxes: [], paidSeat: true },
      { ...pick(U.repNoSeat), inboxes: [U.repNoSeat.email], paidSeat: false },
    ],
    contacts,
    sequences: sequences(),
    sequenceEnrollments: [
      { id: '77000001', contactId: C.enrolled, sequenceId: S.simpleCall, enrolledBy: U.rep.userId, enrolledByEmail: U.rep.email,
        toEmail: 'ada.enrolled@example.com', senderEmail: U.rep.email, enrolledAt, updatedAt: enrolledAt, active: true },
    ],
    flows: [...seedFlows(), ...customFlows('2025-09-10T08:00:00.000Z')],
    legacyWorkflows: legacyWorkflows(),
    workflowMemberships: [W.welcome, W.leadScoring, W.classicRotation].map((workflowId) => ({
      contactId: C.inWorkflows, workflowId, enrolledAt: iso(now - 10 * DAY),
    })),
    actionTypes: structuredClone(ACTION_TYPES),
  };
}

function pick(u: { userId: string; email: string; firstName: string; lastName: string }) {
  return { userId: u.userId, email: u.email, firstName: u.firstName, lastName: u.lastName };
}
