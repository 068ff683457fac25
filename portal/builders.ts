/**
 * Builders of portal records: they fill what HubSpot always returns (timestamps, ids, defaults) around
 * the data in portal/data/. Typed with HubSpot's generated OpenAPI types (via ./types).
 */
import type { PortalContact, PortalFlow, PortalSequence, SequenceDependency, SequenceStep } from './types';

export const DAY = 86_400_000;

/** A record before the builder stamps its createdAt/updatedAt. */
type Untimed<T> = Omit<T, 'createdAt' | 'updatedAt'>;
/** A step as the data modules write it: seq() adds id, order, timestamps. */
type StepInput = Pick<SequenceStep, 'actionType' | 'delayMillis'> & {
  taskPattern?: Untimed<TaskP>;
  emailPattern?: Untimed<NonNullable<SequenceStep['emailPattern']>>;
};

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function contact(id: string, props: Record<string, string | null>, createdMs: number): PortalContact {
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
export function seq(id: string, name: string, userId: string, at: string, steps: StepInput[], opts: { folderId?: string; dependOnTasks?: boolean } = {}): PortalSequence {
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

export type TaskP = NonNullable<SequenceStep['taskPattern']>;
export const task = (id: string, taskType: TaskP['taskType'], taskPriority: TaskP['taskPriority'], subject: string, notes?: string): Untimed<TaskP> => ({
  id,
  taskType,
  taskPriority,
  subject,
  ...(notes ? { notes } : {}),
});
export const email = (id: string, templateId: string, threadEmailToStepOrder?: number) => ({
  id,
  templateId,
  ...(threadEmailToStepOrder !== undefined ? { threadEmailToStepOrder } : {}),
});

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
  // The seeds' flow JSON is untyped: portal/contract.test.ts validates every served flow against ApiFlow.
  return flow as PortalFlow;
}

export const conn = (next: string, edgeType: 'STANDARD' | 'GOTO' = 'STANDARD') => ({ edgeType, nextActionId: next });
export const delayAction = (actionId: string, minutes: number, next?: string) => ({
  type: 'SINGLE_CONNECTION',
  actionId,
  actionTypeVersion: 0,
  actionTypeId: '0-1',
  ...(next ? { connection: conn(next) } : {}),
  fields: { delta: String(minutes), time_unit: 'MINUTES' },
});
export const setProp = (actionId: string, property: string, value: string, next?: string) => ({
  type: 'SINGLE_CONNECTION',
  actionId,
  actionTypeVersion: 0,
  actionTypeId: '0-5',
  ...(next ? { connection: conn(next) } : {}),
  fields: { property_name: property, value: { type: 'STATIC_VALUE', staticValue: value } },
});
export const sendEmail = (actionId: string, contentId: string, next?: string) => ({
  type: 'SINGLE_CONNECTION',
  actionId,
  actionTypeVersion: 0,
  actionTypeId: '0-4',
  ...(next ? { connection: conn(next) } : {}),
  fields: { content_id: contentId },
});
export const manual = { type: 'MANUAL', shouldReEnroll: false };
export const listBased = (property: string, value: string) => ({
  type: 'LIST_BASED',
  shouldReEnroll: false,
  unEnrollObjectsNotMeetingCriteria: false,
  reEnrollmentTriggersFilterBranches: [],
  listFilterBranch: {
    filterBranchType: 'OR',
    filterBranchOperator: 'OR',
    filters: [],
    filterBranches: [
      {
        filterBranchType: 'AND',
        filterBranchOperator: 'AND',
        filterBranches: [],
        filters: [{ filterType: 'PROPERTY', property, operation: { operationType: 'ENUMERATION', operator: 'IS_ANY_OF', includeObjectsWithNoValueSet: false, values: [value] } }],
      },
    ],
  },
});

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

export function pick(u: { userId: string; email: string; firstName: string; lastName: string }) {
  return { userId: u.userId, email: u.email, firstName: u.firstName, lastName: u.lastName };
}
