/**
 * Response schemas for the HubSpot endpoints this app calls, written from ../shared/hubspot-openapi
 * and the seeds, and held to the generated OpenAPI types at compile time (schemas.spec-check.ts). `zod/mini` because classic zod bundles to ~750 KB per function (measured); mini is ~36 KB.
 *
 * Objects are loose (unknown keys kept): HubSpot adds fields over time, and that must not break a card.
 */
import * as z from 'zod/mini';

const isoDate = z.string();
const idLike = z.union([z.string(), z.number()]);
/** HubSpot ids arrive as strings in new APIs and numbers in legacy ones: normalise to string. */
export const id = z.pipe(
  idLike,
  z.transform((v) => String(v)),
);

export const paging = z.looseObject({
  next: z.optional(z.looseObject({ after: z.string(), link: z.optional(z.string()) })),
});

// ---------- Sequences (SEQUENCES_API: /automation/sequences/2026-09, same shapes as 2026-03 and v4) ----------

export const sequenceSummary = z.looseObject({
  id,
  name: z.string(),
  userId: id,
  folderId: z.optional(id),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const sequencePage = z.looseObject({
  total: z.number(),
  results: z.array(sequenceSummary),
  paging: z.optional(paging),
});

export const taskPattern = z.looseObject({
  id,
  taskType: z.string(),
  taskPriority: z.string(),
  subject: z.optional(z.string()),
  notes: z.optional(z.string()),
  queueId: z.optional(z.number()),
  /** an EMAIL task's template (int64 in the spec; null tolerated, read as absent) */
  templateId: z.optional(z.nullable(id)),
  threadEmailToStepOrder: z.optional(z.nullable(z.number())),
  createdAt: z.optional(isoDate),
  updatedAt: z.optional(isoDate),
});

export const emailPattern = z.looseObject({
  id,
  templateId: id,
  threadEmailToStepOrder: z.optional(z.number()),
  createdAt: z.optional(isoDate),
  updatedAt: z.optional(isoDate),
});

export const sequenceStep = z.looseObject({
  id,
  stepOrder: z.number(),
  delayMillis: z.number(),
  actionType: z.string(),
  taskPattern: z.optional(taskPattern),
  emailPattern: z.optional(emailPattern),
  createdAt: z.optional(isoDate),
  updatedAt: z.optional(isoDate),
});

export const sequenceSettings = z.looseObject({
  eligibleFollowUpDays: z.optional(z.string()),
  sendWindowStartMinute: z.optional(z.number()),
  sendWindowEndMinute: z.optional(z.number()),
  taskReminderMinute: z.optional(z.number()),
  individualTaskRemindersEnabled: z.optional(z.boolean()),
  sellingStrategy: z.optional(z.string()),
});

export const stepDependency = z.looseObject({
  id,
  dependencyType: z.string(),
  reliesOnSequenceStepId: id,
  reliesOnStepOrder: z.number(),
  requiredBySequenceStepId: id,
  requiredByStepOrder: z.number(),
});

export const sequence = z.looseObject({
  id,
  name: z.string(),
  userId: id,
  folderId: z.optional(id),
  createdAt: isoDate,
  updatedAt: isoDate,
  steps: z.array(sequenceStep),
  settings: z.optional(sequenceSettings),
  dependencies: z.array(stepDependency),
});

export const sequenceEnrollmentCreated = z.looseObject({
  id,
  toEmail: z.string(),
  enrolledAt: isoDate,
  updatedAt: isoDate,
});

export const contactSequenceEnrollment = z.looseObject({
  id,
  sequenceId: id,
  sequenceName: z.string(),
  enrolledBy: id,
  enrolledByEmail: z.string(),
  toEmail: z.string(),
  enrolledAt: isoDate,
  updatedAt: isoDate,
});

// ---------- Workflows v4 ----------

export const flowSummary = z.looseObject({
  id,
  name: z.optional(z.string()),
  flowType: z.string(),
  objectTypeId: z.string(),
  isEnabled: z.boolean(),
  revisionId: idLike,
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const flowPage = z.looseObject({
  results: z.array(flowSummary),
  paging: z.optional(paging),
});

/**
 * A full flow. Actions and enrollment criteria are kept as loose records here: the decoder
 * (server/workflows) reads them defensively, so one odd action never fails the whole response.
 */
export const flow = z.looseObject({
  id,
  name: z.optional(z.string()),
  type: z.optional(z.string()),
  flowType: z.optional(z.string()),
  objectTypeId: z.string(),
  isEnabled: z.boolean(),
  revisionId: z.optional(idLike),
  startActionId: z.optional(z.string()),
  nextAvailableActionId: z.optional(z.string()),
  actions: z.optional(z.array(z.record(z.string(), z.unknown()))),
  enrollmentCriteria: z.optional(z.record(z.string(), z.unknown())),
  createdAt: z.optional(isoDate),
  updatedAt: z.optional(isoDate),
});

export const flowBatch = z.looseObject({
  status: z.string(),
  results: z.array(flow),
  errors: z.optional(z.array(z.unknown())),
});

export const idMapping = z.looseObject({ flowId: id, workflowId: id });

export const idMappingBatch = z.looseObject({
  status: z.string(),
  results: z.array(idMapping),
  errors: z.optional(z.array(z.unknown())),
});

// ---------- Legacy workflow objects (v2 membership, v3 list, v3 single) ----------

/**
 * `migrationStatus.flowId` of a legacy workflow object: the v4 flow id, without the mapping call. A recorded
 * `GET /automation/v3/workflows` item carries `migrationStatus: { workflowId, flowId (a number), migrationStatus, … }`
 * (../shared/realdata/workflows-legacy/airbyte-v3-workflows-list-item-40032127.json; platform doc §6); whether
 * v2 and v3-single answers carry it is unverified. Read defensively: a positive integer or a numeric string is
 * the flow id; absent, null or anything odd → null (then the app maps the id), never a failed answer.
 */
export function migratedFlowId(migrationStatus: unknown): string | null {
  if (!migrationStatus || typeof migrationStatus !== 'object') return null;
  const f = (migrationStatus as { flowId?: unknown }).flowId;
  if (typeof f === 'number') return Number.isSafeInteger(f) && f > 0 ? String(f) : null;
  if (typeof f === 'string' && /^\d{1,20}$/.test(f.trim()) && !/^0+$/.test(f.trim())) return f.trim();
  return null;
}

/** The fields every legacy workflow object shares; `migrationStatus` becomes `flowId` (string | null). */
const legacyFields = { id, name: z.optional(z.string()), type: z.optional(z.string()), enabled: z.optional(z.boolean()), migrationStatus: z.optional(z.unknown()) };
const withFlowId = (w: { id: string; name?: string; type?: string; enabled?: boolean; migrationStatus?: unknown }) => ({
  id: w.id,
  name: w.name,
  type: w.type,
  enabled: w.enabled,
  flowId: migratedFlowId(w.migrationStatus),
});

/** v2 is loosely documented: only id is required, everything else is read defensively (other keys dropped). */
export const legacyWorkflowMembership = z.pipe(z.object(legacyFields), z.transform(withFlowId));

export const legacyWorkflowMemberships = z.array(legacyWorkflowMembership);

// ---------- Legacy v3 workflows ----------

/**
 * One entry of GET /automation/v3/workflows. No OpenAPI file: HubSpot's legacy reference "Get all
 * workflows" (https://legacydocs.hubspot.com/docs/methods/workflows/v3/get_workflows) shows
 * `{ workflows: [{ name, id, type, enabled, insertedAt, updatedAt, personaTagIds, contactListIds }] }`,
 * every contact-based workflow in one answer, no paging (Airbyte's and Singer's HubSpot connectors read
 * the same `workflows` field); the recorded live item adds `migrationStatus` and more. Only `id` is
 * required; the rest is read defensively.
 */
// z.object, not looseObject: the picker reads these fields of up to 10,000 entries; the rest is dropped.
export const legacyWorkflowListItem = z.object(legacyFields);
export const legacyWorkflowSummary = z.pipe(legacyWorkflowListItem, z.transform(withFlowId));

/**
 * The whole list in one pass, without a zod pipe per item (at 10,000 items a pipe per item made a cold
 * parse ~10× slower: bench/scaling.ts); `toLegacyWorkflow` then adds `flowId` item by item.
 */
export const legacyWorkflowListItems = z.array(legacyWorkflowListItem);
export const toLegacyWorkflow = withFlowId;

/**
 * GET /automation/v3/workflows/{workflowId}: HubSpot's legacy reference "Get a workflow"
 * (https://developers.hubspot.com/docs/api-reference/legacy/automation/workflows/v3/get-workflow, scope
 * `automation`) shows `{ name, actions, id, type, enabled, portalId, insertedAt, updatedAt, … }` for one
 * workflow ("the Workflows API currently only supports contact-based workflows"). The same fields as a
 * list entry are read; the rest (v3 `actions` included) is dropped.
 */
export const legacyWorkflow = legacyWorkflowSummary;

/** The envelope must be there; entries are checked one by one (an odd entry is skipped, not fatal). */
export const legacyWorkflowList = z.looseObject({ workflows: z.array(z.unknown()) });

// ---------- Action-type catalog (beta) ----------

/** ApiActionTypeDefinition. A beta: only the id is required here, so one odd entry never drops the catalog. */
export const actionTypeDefinition = z.looseObject({
  actionTypeId: z.string(),
  actionName: z.optional(z.string()),
  groupId: z.optional(z.string()),
  objectTypeIds: z.optional(z.array(z.string())),
});

export const actionTypePage = z.looseObject({ results: z.array(actionTypeDefinition) });

// ---------- Sales email templates (beta; scope sales-templates-public-read) ----------

/** PublicTemplate: only the id and name are read (a step names its template). */
export const emailTemplate = z.looseObject({ id, name: z.optional(z.string()) });

// ---------- Contacts ----------

export const contact = z.looseObject({
  id,
  properties: z.record(z.string(), z.nullable(z.optional(z.string()))),
});

// ---------- Errors (HubSpot's error JSON) ----------

export const errorBody = z.looseObject({
  status: z.optional(z.string()),
  message: z.optional(z.string()),
  correlationId: z.optional(z.string()),
  category: z.optional(z.string()),
  subCategory: z.optional(z.string()),
  policyName: z.optional(z.string()),
  errors: z.optional(
    z.array(
      z.looseObject({
        message: z.optional(z.string()),
        code: z.optional(z.string()),
        subCategory: z.optional(z.string()),
        context: z.optional(z.record(z.string(), z.array(z.string()))),
      }),
    ),
  ),
  context: z.optional(z.record(z.string(), z.array(z.string()))),
});

export type SequenceSummary = z.infer<typeof sequenceSummary>;
export type SequencePage = z.infer<typeof sequencePage>;
export type Sequence = z.infer<typeof sequence>;
export type SequenceStep = z.infer<typeof sequenceStep>;
export type StepDependency = z.infer<typeof stepDependency>;
export type SequenceEnrollmentCreated = z.infer<typeof sequenceEnrollmentCreated>;
export type ContactSequenceEnrollment = z.infer<typeof contactSequenceEnrollment>;
export type FlowSummary = z.infer<typeof flowSummary>;
export type FlowPage = z.infer<typeof flowPage>;
export type Flow = z.infer<typeof flow>;
export type IdMapping = z.infer<typeof idMapping>;
export type LegacyWorkflowMembership = z.output<typeof legacyWorkflowMembership>;
export type LegacyWorkflowSummary = z.output<typeof legacyWorkflowSummary>;
export type EmailTemplate = z.infer<typeof emailTemplate>;
export type ActionTypeDefinition = z.infer<typeof actionTypeDefinition>;
export type Contact = z.infer<typeof contact>;
export type ErrorBody = z.infer<typeof errorBody>;
