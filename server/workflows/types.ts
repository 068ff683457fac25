/**
 * View types shared by the workflow functions and the Workflows card.
 * Cards import this file with `import type` only (erased at build time).
 */

export type CatalogKind = 'action' | 'event';

export interface CatalogEntry {
  kind: CatalogKind;
  /** Action type id (`0-3`, `1-179507819`) or event type id (`4-1639801`). */
  id: string;
  name: string;
  description: string;
  group: string;
  /** Other names the seeds (or the beta endpoint) use for the same id. */
  aliases: string[];
  /** Where the entry comes from: `seed:002`, `beta` (the portal's action-types endpoint), or both. */
  sources: string[];
}

export interface ActionTypeCatalogResult {
  entries: CatalogEntry[];
  /** Whether the portal's beta action-types catalog was available and merged in. */
  liveCatalog: boolean;
  total: number;
}

export type StepKind = 'action' | 'branch' | 'custom-code' | 'webhook' | 'unknown';

export interface DecodedBranch {
  /** "Lead status is NEW", "Leads Branch (lifecyclestage is equal to lead)", "Path A (50%)", "Default: Other Status". */
  label: string;
  isDefault: boolean;
  /** Target action id, or null when the branch ends the workflow. */
  targetActionId: string | null;
  edgeType: 'STANDARD' | 'GOTO' | null;
  /** Steps reached first through this branch (nested), in execution order. */
  steps: DecodedStep[];
  /** Set when this branch jumps elsewhere instead of holding its own steps ("Go to action 4"). */
  jump: string | null;
}

export interface DecodedStep {
  actionId: string;
  actionTypeId: string | null;
  kind: StepKind;
  /** From the catalog ("Create task"), a structural name ("Branch on a property value"), or "Unknown action 0-999". */
  name: string;
  /** The key fields in words: "Wait 1 day", "Set Lead status to In progress". */
  summary: string;
  /** Secondary facts in words (properties set, associations, priority…). */
  details: string[];
  /** For branch steps, each outgoing path (default last). */
  branches: DecodedBranch[];
  /** A GO-TO edge or a join into an already-shown action, in words ("Go to action 4"). */
  jump: string | null;
  /** For an "Enroll in workflow" step (0-15): the v4 flow id of the target, so the card can open it. */
  targetFlowId?: string;
  /** Position in execution order (1-based) among reachable actions. */
  order: number;
}

export interface WorkflowProblem {
  code: 'CYCLE' | 'DANGLING_EDGE' | 'MISSING_START' | 'DANGLING_START' | 'DUPLICATE_ACTION_ID' | 'UNREACHABLE' | 'MALFORMED_ACTION';
  message: string;
  actionId?: string;
}

export interface TriggerLine {
  depth: number;
  text: string;
}

export interface DecodedTrigger {
  type: string;
  /** One sentence: "Enrolls when: Org type changed (new value is known)". */
  summary: string;
  /**
   * The criteria as an indented outline (AND/OR groups, filters in words). It restates `summary`:
   * show `lead` + `lines` when there are two or more lines, else `summary` alone (never both).
   */
  lines: TriggerLine[];
  /** What introduces `lines`: "Enrolls when:", "Enrolls when the record meets:". */
  lead: string;
  reEnrollment: boolean;
  /** "Re-enrollment is off", "Re-enrollment is on when: …". */
  reEnrollmentSummary: string;
  reEnrollmentLines: TriggerLine[];
  /** What introduces `reEnrollmentLines` ("Re-enrollment is on when:"), shown instead of the summary as above. */
  reEnrollmentLead: string;
  unenrollWhenNotMeetingCriteria: boolean;
  /** Advanced details only: the event type ids of the trigger and re-enrollment events (`4-655002`); the words name the events. */
  eventTypeIds?: string[];
}

/** The workflow's goal: records that meet it leave the workflow. Shown like the trigger (lead + lines, or summary). */
export interface DecodedGoal {
  summary: string;
  lead: string;
  lines: TriggerLine[];
}

export interface DecodedWorkflow {
  flowId: string;
  name: string;
  isEnabled: boolean;
  objectTypeId: string;
  /** "Contacts", "Deals", a custom object's plural name ("Webinar registrations"), or "Custom object records". */
  objectLabel: string;
  /** CONTACT_FLOW / PLATFORM_FLOW when given. */
  flowType: string | null;
  trigger: DecodedTrigger;
  /** Set when the workflow has goal criteria (`goalFilterBranch`). */
  goal?: DecodedGoal;
  /** Reachable actions as a tree in execution order (branches nest their paths). */
  steps: DecodedStep[];
  /** Action ids in execution order (the DFS order used for `order`). */
  executionOrder: string[];
  /** Actions present in the flow but not reachable from the start action. */
  unreachable: DecodedStep[];
  problems: WorkflowProblem[];
  actionCount: number;
}

/** One workflow the contact is in (contact-workflows). */
export interface ContactWorkflowItem {
  /** v4 flow id; null when HubSpot has no v4 mapping for this legacy workflow. */
  flowId: string | null;
  legacyWorkflowId: string;
  name: string;
  isEnabled: boolean | null;
  objectTypeId: string | null;
  objectLabel: string | null;
  /** Legacy type, e.g. DRIP_DELAY / PROPERTY_ANCHOR, when HubSpot gave one. */
  legacyType: string | null;
}

export interface ContactWorkflowsResult {
  contactId: string;
  workflows: ContactWorkflowItem[];
}

/**
 * One workflow in the enroll picker (search-workflows). The listing is HubSpot's legacy v3 one
 * (every contact-based workflow, with its legacy id and, when HubSpot sends it, `migrationStatus.flowId`).
 */
export interface WorkflowPickerItem {
  legacyWorkflowId: string;
  /** v4 flow id from the v3 item's `migrationStatus.flowId`; null when absent (get-workflow maps it on open by legacy id). */
  flowId: string | null;
  name: string;
  isEnabled: boolean;
  canEnroll: boolean;
  /** A sentence saying why not, when `canEnroll` is false. */
  reason?: string;
}

export interface SearchWorkflowsResult {
  /** Enrollable first, then by name. The card filters this list locally: typing costs no call. */
  workflows: WorkflowPickerItem[];
  total: number;
  enrollableCount: number;
  /** Set when nothing can be enrolled for this contact (e.g. the contact has no email). */
  contactReason: string | null;
}

/** Whether this contact can be enrolled in this workflow (the one rule: picker, panel and enroll agree). */
export interface WorkflowEnrollment {
  isMember: boolean;
  canEnroll: boolean;
  /** A sentence saying why not, when `canEnroll` is false. */
  reason?: string;
}

/** get-workflow: the decoded workflow, its legacy id, and for a given contact its warnings and enrollability. */
export interface WorkflowDetails extends Omit<DecodedWorkflow, 'flowId'> {
  /**
   * v4 flow id; null for a legacy workflow HubSpot has no v4 mapping for: then only what the legacy API
   * knows is given (name, on/off, contact-based), `steps` is empty and `stepsUnavailable` says why.
   */
  flowId: string | null;
  /** A sentence for the rep, set when this app cannot show the workflow's steps (no v4 version of it). */
  stepsUnavailable?: string;
  /** Legacy (v2/v3) workflow id; null when HubSpot has no mapping (such a workflow cannot be enrolled through the API). */
  legacyWorkflowId: string | null;
  /** Only when `contactId` was given: what would go wrong for this contact (sentences). */
  warnings?: string[];
  /** Only when `contactId` was given. */
  enrollment?: WorkflowEnrollment;
}

export interface UnenrollFromWorkflowResult {
  unenrolled: true;
  /** v4 flow id; null only when unenrolled by `legacyWorkflowId` from a workflow without v4 mapping. */
  flowId: string | null;
  legacyWorkflowId: string;
  /** True when the DELETE's answer was lost and a membership re-read showed it had landed. */
  recoveredAfterAmbiguousFailure: boolean;
  /** The state it produced: see EnrollInWorkflowResult.memberOf. */
  memberOf: string[];
}

export interface EnrollInWorkflowResult {
  contactId: string;
  /** v4 flow id; null when enrolled by `legacyWorkflowId` in a workflow HubSpot has no v4 mapping for. */
  flowId: string | null;
  legacyWorkflowId: string;
  workflowName: string;
  email: string;
  recoveredAfterAmbiguousFailure: boolean;
  /**
   * The state it produced: the legacy ids of every workflow the contact is in after this write (HubSpot's
   * v2 membership read just before it, which the function needs anyway, with this write applied). The
   * card settles its list with it instead of re-reading: no extra HubSpot call on either side.
   */
  memberOf: string[];
}
