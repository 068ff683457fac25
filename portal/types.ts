/** Types of the emulated HubSpot portal (data model, faults, call log). */

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

export interface PortalContact {
  id: string;
  /** HubSpot returns every property value as a string (or null when empty). */
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
}

export interface SequenceTaskPattern {
  id: string;
  taskType: 'CALL' | 'EMAIL' | 'LINKED_IN_CONNECT' | 'LINKED_IN_MESSAGE' | 'MEETING' | 'TODO';
  taskPriority: 'HIGH' | 'LOW' | 'MEDIUM' | 'NONE';
  subject?: string;
  notes?: string;
  queueId?: number;
  templateId?: number;
  threadEmailToStepOrder?: number;
  createdAt: string;
  updatedAt: string;
}

export interface SequenceEmailPattern {
  id: string;
  templateId: string;
  threadEmailToStepOrder?: number;
  createdAt: string;
  updatedAt: string;
}

export interface SequenceStep {
  id: string;
  stepOrder: number;
  delayMillis: number;
  actionType: 'EMAIL' | 'TASK' | 'FINISH_ENROLLMENT' | 'ADAPTIVE_CONTAINER';
  taskPattern?: SequenceTaskPattern;
  emailPattern?: SequenceEmailPattern;
  createdAt: string;
  updatedAt: string;
}

export interface SequenceSettings {
  id: string;
  eligibleFollowUpDays: 'BUSINESS_DAYS' | 'EVERYDAY' | 'WEEKDAYS_ONLY';
  sellingStrategy: 'ACCOUNT_BASED' | 'LEAD_BASED';
  sendWindowStartMinute: number;
  sendWindowEndMinute: number;
  taskReminderMinute: number;
  individualTaskRemindersEnabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface SequenceDependency {
  id: string;
  dependencyType: 'TASK_COMPLETION' | 'MANUAL_PAUSE' | 'ADAPTIVE_COMPLETION';
  requiredBySequenceStepId: string;
  reliesOnSequenceStepId: string;
  requiredByStepOrder: number;
  reliesOnStepOrder: number;
  createdAt: string;
  updatedAt: string;
}

export interface PortalSequence {
  id: string;
  name: string;
  userId: string;
  folderId?: string;
  createdAt: string;
  updatedAt: string;
  steps: SequenceStep[];
  settings: SequenceSettings;
  dependencies: SequenceDependency[];
}

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
export type PortalFlow = Record<string, unknown> & {
  id: string;
  name?: string;
  type: 'CONTACT_FLOW' | 'PLATFORM_FLOW';
  flowType: 'WORKFLOW' | 'ACTION_SET' | 'UNKNOWN';
  objectTypeId: string;
  isEnabled: boolean;
  revisionId: string;
  createdAt: string;
  updatedAt: string;
  actions: Record<string, unknown>[];
};

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

export interface ActionTypeDefinition {
  actionTypeId: string;
  actionName: string;
  groupId: string;
  objectTypeIds: string[];
  inputFieldDefinitions: Record<string, unknown>[];
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
}

export interface EnrollmentEvent {
  kind: 'sequence' | 'workflow';
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
