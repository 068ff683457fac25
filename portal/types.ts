/** Types of the emulated HubSpot portal (data model, faults, call log). */
import type {
  HsActionType,
  HsAssociationLabel,
  HsForm,
  HsList,
  HsMarketingEmail,
  HsOwner,
  HsPipeline,
  HsProperty,
  HsContact,
  HsContactWithAssociations,
  HsEmailPattern,
  HsEmailTemplate,
  HsFlow,
  HsSequence,
  HsSequenceSettings,
  HsSequenceStep,
  HsStepDependency,
  HsTaskPattern,
} from '../server/hubspot/hubspot-types';

export interface PortalUser {
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
  /** Inbox addresses this user connected (own address, shared aliases). senderEmail must be one of them. */
  inboxes: string[];
  /** Sales/Service Hub paid seat: required to enroll in sequences. */
  paidSeat: boolean;
}

/**
 * A stored contact: HubSpot's SimplePublicObject fields, except that a property without value is null.
 * HubSpot answers null there (observed; the OpenAPI says string): the portal does the same, on purpose.
 */
export type PortalContact = Pick<HsContact, 'id' | 'createdAt' | 'updatedAt'> & { properties: Record<string, string | null> };
/** GET /crm/v3/objects/contacts/{contactId} (SimplePublicObjectWithAssociations, with the null values above). */
export type PortalContactResponse = Omit<HsContactWithAssociations, 'properties'> & { properties: Record<string, string | null> };

// HubSpot's shapes: the generated OpenAPI types (server/hubspot/hubspot-types.ts), never hand-written.
export type SequenceTaskPattern = HsTaskPattern;
export type SequenceEmailPattern = HsEmailPattern;
export type SequenceStep = HsSequenceStep;
export type SequenceSettings = HsSequenceSettings;
export type SequenceDependency = HsStepDependency;
/** A sequence exactly as GET {SEQUENCES_API}/{sequenceId} returns it. */
export type PortalSequence = HsSequence;

export interface SequenceEnrollment {
  id: string;
  contactId: string;
  sequenceId: string;
  enrolledBy: string;
  enrolledByEmail: string;
  toEmail: string;
  senderEmail: string;
  enrolledAt: string;
  updatedAt: string;
  /** false once finished/unenrolled (kept for history). */
  active: boolean;
}

/** A v4 flow exactly as GET /automation/v4/flows/{flowId} returns it (ApiContactFlow | ApiPlatformFlow). */
export type PortalFlow = HsFlow;

/** A legacy (v2) contact workflow. flowId absent = no v4 mapping. */
export interface LegacyWorkflow {
  workflowId: number;
  flowId?: string;
  name: string;
  type: 'DRIP_DELAY' | 'STATIC_ANCHOR' | 'PROPERTY_ANCHOR';
  enabled: boolean;
  insertedAt: number;
  updatedAt: number;
}

export interface WorkflowMembership {
  contactId: string;
  workflowId: number;
  enrolledAt: string;
}

/** One entry of GET /automation/2026-09-beta/action-types. */
export type ActionTypeDefinition = HsActionType;

/** What GET /automation/v2/workflows/enrollments/contacts/{vid} lists (v2 has no OpenAPI file: from HubSpot's v2 reference). */
export interface LegacyWorkflowMembershipResponse {
  id: number;
  name: string;
  type: LegacyWorkflow['type'];
  enabled: boolean;
  portalId: number;
  insertedAt: number;
  updatedAt: number;
  personaTagIds: number[];
  contactListIds: { enrolled: number; active: number };
  /** Carried when the portal's `v2MigrationStatus` is on (unverified for v2: see routes/route.ts). */
  migrationStatus?: LegacyMigrationStatus;
}

/**
 * `migrationStatus` of a legacy workflow object, as the recorded v3 list item carries it
 * (../shared/realdata/workflows-legacy/airbyte-v3-workflows-list-item-40032127.json): `flowId` is the v4 flow id.
 */
export interface LegacyMigrationStatus {
  portalId: number;
  workflowId: number;
  migrationStatus: string;
  enrollmentMigrationStatus: string;
  platformOwnsActions: boolean;
  lastSuccessfulMigrationTimestamp: number | null;
  enrollmentMigrationTimestamp: number | null;
  flowId: number;
}

/**
 * One item of GET /automation/v3/workflows: the fields and key order of the recorded item (above). No OpenAPI
 * file; HubSpot's legacy "Get all workflows" reference shows a subset of them.
 */
export interface LegacyWorkflowListItem {
  migrationStatus?: LegacyMigrationStatus;
  name: string;
  id: number;
  type: LegacyWorkflow['type'];
  enabled: boolean;
  originalAuthorUserId: number;
  creationSource: { sourceApplication: { source: string; serviceName: string }; createdByUser: { userId: number; userEmail: string }; createdAt: number };
  updateSource: { sourceApplication: { source: string; serviceName: string }; updatedByUser: { userId: number; userEmail: string }; updatedAt: number };
  personaTagIds: number[];
  lastUpdatedByUserId: number;
  contactListIds: { enrolled: number; active: number; completed: number; succeeded: number };
  contactCounts: { active: number; enrolled: number };
  description: string;
  updatedAt: number;
  portalId: number;
  insertedAt: number;
}

/** What GET /automation/v3/workflows answers: every legacy (contact-based) workflow, no paging. */
export interface LegacyWorkflowListResponse {
  workflows: LegacyWorkflowListItem[];
}

/** What GET /automation/v3/workflows/{workflowId} answers (no OpenAPI file: the example of HubSpot's legacy "Get a workflow" reference). */
export interface LegacyWorkflowResponse {
  name: string;
  /** v3's own step format; the app does not read it. */
  actions: unknown[];
  id: number;
  type: LegacyWorkflow['type'];
  enabled: boolean;
  portalId: number;
  internal: boolean;
  onlyExecOnBizDays: boolean;
  nurtureTimeRange: { enabled: boolean; startHour: number; stopHour: number };
  listening: boolean;
  insertedAt: number;
  updatedAt: number;
  allowContactToTriggerMultipleTimes: boolean;
  unenrollmentSetting: { type: string; excludedWorkflows: number[] };
  recurringSetting: { type: string };
  enrollOnCriteriaUpdate: boolean;
  onlyEnrollsManually: boolean;
  goalCriteria: unknown[];
  reEnrollmentTriggerSets: unknown[];
  suppressionListIds: number[];
  lastUpdatedBy: string;
  segmentCriteria: unknown[];
  /** As on the v3 list item (the recorded one); absent when HubSpot has no v4 flow for it. */
  migrationStatus?: LegacyMigrationStatus;
  metaData: { triggeredByWorkflowIds: number[]; succeededListId: number; contactListIds: { active: number; completed: number; succeeded: number; enrolled: number } };
}

export interface PortalData {
  portalId: number;
  users: PortalUser[];
  contacts: PortalContact[];
  sequences: PortalSequence[];
  sequenceEnrollments: SequenceEnrollment[];
  flows: PortalFlow[];
  legacyWorkflows: LegacyWorkflow[];
  workflowMemberships: WorkflowMembership[];
  actionTypes: ActionTypeDefinition[];
  /** Sales email templates (beta API) the sequences' email steps name. */
  emailTemplates: HsEmailTemplate[];
  /** What names the ids (portal/data/names.ts); absent in generated portals: every name lookup then misses. */
  names?: PortalNames;
  /** v4 flows that reference sensitive data: withheld from a token without the sensitive scopes (portal/routes/sensitive.ts). */
  sensitiveFlowIds?: string[];
}

/** The portal's names for ids, in HubSpot's shapes (the generated OpenAPI types). */
export interface PortalNames {
  /** objectTypeId → its properties */
  properties: Record<string, HsProperty[]>;
  /** objectTypeId → its pipelines */
  pipelines: Record<string, HsPipeline[]>;
  owners: HsOwner[];
  /** "fromObjectTypeId:toObjectTypeId" → association types with their labels */
  associationLabels: Record<string, HsAssociationLabel[]>;
  lists: HsList[];
  forms: HsForm[];
  marketingEmails: HsMarketingEmail[];
}

export interface EnrollmentEvent {
  /** `workflow-unenroll`: a v2 DELETE applied (duplicate = the contact was not in the workflow). */
  kind: 'sequence' | 'workflow' | 'workflow-unenroll';
  contactId: string;
  /** sequenceId, or the legacy workflowId as a string. */
  targetId: string;
  at: number;
  /** true when the contact was already in that sequence/workflow when this enrollment was applied. */
  duplicate: boolean;
}

export interface FaultConfig {
  latencyMs: number;
  jitterMs: number;
  rate429: number;
  rate5xx: number;
  /** socket destroyed, request NOT applied */
  rateDropBefore: number;
  /** request applied (e.g. enrollment committed), then socket destroyed */
  rateDropAfter: number;
  rateSlow: number;
  /** response delayed by slowMs, after applying */
  slowMs: number;
  /** 200 with truncated JSON */
  rateMalformedJson: number;
  /** 200 with a body missing required fields */
  rateSchemaBreak: number;
  /** regex on "METHOD path"; faults apply only to matching requests */
  only?: string;
}

export interface CallRecord {
  method: string;
  path: string;
  query: Record<string, string>;
  /** 0 when the socket was destroyed before any response */
  status: number;
  startedAt: number;
  endedAt: number;
  faulted?: string;
}

export type TokenConfig = Record<string, { scopes: string[] | '*' }>;
