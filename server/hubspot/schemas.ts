/**
 * Response schemas for the HubSpot endpoints this app calls, written from ../shared/hubspot-openapi
 * and the seeds, and held to the generated OpenAPI types at compile time (schemas.spec-check.ts). `zod/mini` because classic zod bundles to ~750 KB per function (measured); mini is ~36 KB.
 *
 * Objects are loose (unknown keys kept): HubSpot adds fields over time, and that must not break a card.
 */
import * as z from 'zod/mini';
import { id, idLike } from './schema-ids';

const isoDate = z.string();
export { id };

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

// ---------- Legacy workflow objects (v2 membership, v3 list, v3 single): ./legacy-workflow-schemas.ts ----------

export {
  legacyWorkflow,
  legacyWorkflowList,
  legacyWorkflowListItem,
  legacyWorkflowListItems,
  legacyWorkflowMembership,
  legacyWorkflowMemberships,
  legacyWorkflowSummary,
  migratedFlowId,
  toLegacyWorkflow,
  type LegacyWorkflowMembership,
  type LegacyWorkflowSummary,
} from './legacy-workflow-schemas';

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
export type EmailTemplate = z.infer<typeof emailTemplate>;
export type ActionTypeDefinition = z.infer<typeof actionTypeDefinition>;
export type Contact = z.infer<typeof contact>;
export type ErrorBody = z.infer<typeof errorBody>;
