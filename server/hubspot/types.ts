/**
 * The public surface of the HubSpot client. Functions depend on this interface only, so tests can
 * hand them a real client pointed at the emulated portal (or a fake) without module mocking.
 */
import type {
  ActionTypeDefinition,
  Contact,
  ContactSequenceEnrollment,
  EmailTemplate,
  Flow,
  FlowPage,
  IdMapping,
  LegacyWorkflowMembership,
  LegacyWorkflowSummary,
  Sequence,
  SequenceEnrollmentCreated,
  SequencePage,
} from './schemas';
import type { ClientState } from './client-state';
import type { AssociationLabel, MarketingEmail, NamedForm, ObjectList, ObjectSchema, Owner, Pipeline, Property } from './name-schemas';
import type { RateLimiter } from './resilience';

export interface SequencesApi {
  /** One page, filtered server-side by `name`. */
  list(params: { userId: string; name?: string; limit?: number; after?: string }): Promise<SequencePage>;
  /** `deadlineAt`: an earlier end than the client's (names read sequences as extras). */
  get(params: { userId: string; sequenceId: string; deadlineAt?: number }): Promise<Sequence>;
  /**
   * Enrolls once. When the POST may have reached HubSpot but the answer was lost (timeout, 5xx,
   * dropped connection), it is not repeated blindly: the contact's enrollment is re-read, and an
   * enrollment in the same sequence is returned as `{ recoveredAfterAmbiguousFailure: true }`.
   */
  enroll(params: {
    userId: string;
    contactId: string;
    sequenceId: string;
    senderEmail: string;
    senderAliasAddress?: string;
  }): Promise<SequenceEnrollmentCreated & { recoveredAfterAmbiguousFailure?: boolean }>;
  /** The contact's current enrollment, or null when it is in no sequence (404 or empty answer). */
  getContactEnrollment(params: { contactId: string }): Promise<ContactSequenceEnrollment | null>;
}

export interface WorkflowsApi {
  list(params: { after?: string; limit?: number }): Promise<FlowPage>;
  /** Pages through the listing until `maxPages` (a bound, never unbounded); says if it stopped early. */
  listAll(params: { maxPages: number; limit?: number }): Promise<{ results: FlowPage['results']; truncated: boolean }>;
  get(params: { flowId: string }): Promise<Flow>;
  /** One request for any number of flows (chunked at 100). Missing flows are simply absent. */
  batchRead(params: { flowIds: string[]; deadlineAt?: number }): Promise<Flow[]>;
  /** legacy workflowId ⇄ v4 flowId, one request (chunked at 100). Unknown ids are absent. */
  mapIds(params: { workflowIds?: string[]; flowIds?: string[] }): Promise<IdMapping[]>;
}

export interface LegacyWorkflowsApi {
  /** GET /automation/v2/workflows/enrollments/contacts/{vid} */
  listForContact(params: { contactId: string }): Promise<LegacyWorkflowMembership[]>;
  /**
   * POST /automation/v2/workflows/{workflowId}/enrollments/contacts/{email}. Like `sequences.enroll`,
   * an ambiguous failure is resolved by re-reading the contact's workflows, never by a blind repeat.
   */
  enrollContact(params: { workflowId: string; email: string; contactId: string }): Promise<{ recoveredAfterAmbiguousFailure?: boolean }>;
  /**
   * DELETE /automation/v2/workflows/{workflowId}/enrollments/contacts/{email}. An ambiguous failure is
   * resolved by re-reading the contact's workflows (gone = it landed), never by resending blindly.
   */
  unenrollContact(params: { workflowId: string; email: string; contactId: string }): Promise<{ recoveredAfterAmbiguousFailure?: boolean }>;
  /**
   * GET /automation/v3/workflows: every contact-based workflow in one answer (no paging). Entries
   * without a readable id are skipped and counted in `skipped`.
   */
  listAll(): Promise<{ workflows: LegacyWorkflowSummary[]; skipped: number }>;
  /** GET /automation/v3/workflows/{workflowId}: one contact-based workflow (name, on/off). 404 = NotFoundError. */
  get(params: { workflowId: string }): Promise<LegacyWorkflowSummary>;
}

export interface ContactsApi {
  /** GET /crm/objects/2026-03/contacts/{contactId}?properties=…: the contact with the properties asked for. */
  get(params: { contactId: string; properties: string[] }): Promise<Contact>;
}

export interface EmailTemplatesApi {
  /**
   * One template (beta API). Null when the app may not read templates (403: the optional scope
   * sales-templates-public-read is not granted) or the template is gone (404).
   */
  get(params: { templateId: string }): Promise<EmailTemplate | null>;
}

export interface ActionTypesApi {
  /** The beta catalog; null when the portal does not have it (403/404 there mean "not available"). */
  list(params: { objectTypeId?: string }): Promise<ActionTypeDefinition[] | null>;
}

/**
 * The calls that name ids (server/names decides which to make). Optional `deadlineAt` ends a call (its
 * retries included) earlier than the client's deadline: names are extras and must not eat the budget.
 */
export interface NamesApi {
  /** POST …/properties/{objectType}/batch/read (chunked at 100); unknown names are absent. */
  properties(p: { objectType: string; names: string[]; deadlineAt?: number }): Promise<Property[]>;
  /** Every pipeline of the object type, with its stages. */
  pipelines(p: { objectType: string; deadlineAt?: number }): Promise<Pipeline[]>;
  /** One owner by owner id or by user id; null when HubSpot has none (404). */
  owner(p: { id: string; idProperty: 'id' | 'userId'; deadlineAt?: number }): Promise<Owner | null>;
  /** One page of owners (with their teams). */
  owners(p: { limit?: number; after?: string; deadlineAt?: number }): Promise<{ results: Owner[]; paging?: { next?: { after: string } } }>;
  associationLabels(p: { fromObjectType: string; toObjectType: string; deadlineAt?: number }): Promise<AssociationLabel[]>;
  /** GET …/lists?listIds=…: one request per 100 ids; unknown ids are absent. */
  lists(p: { listIds: string[]; deadlineAt?: number }): Promise<ObjectList[]>;
  /** GET /marketing/v3/forms/{formId}; null when deleted (404). */
  form(p: { formId: string; deadlineAt?: number }): Promise<NamedForm | null>;
  marketingEmail(p: { emailId: string; deadlineAt?: number }): Promise<MarketingEmail | null>;
  /** POST …/crm-object-schemas/…/schemas/batch/read (chunked at 100): custom object types' names; unknown types are absent. */
  objectSchemas(p: { objectTypes: string[]; deadlineAt?: number }): Promise<ObjectSchema[]>;
}

export interface HubSpotClient {
  /** Identifies the portal and token (a fingerprint, never the token): a key for per-portal caches. */
  portalKey: string;
  sequences: SequencesApi;
  workflows: WorkflowsApi;
  legacyWorkflows: LegacyWorkflowsApi;
  contacts: ContactsApi;
  actionTypes: ActionTypesApi;
  names: NamesApi;
  emailTemplates: EmailTemplatesApi;
  listMemberships: ListMembershipsApi;
}

export interface HubSpotClientConfig {
  /** `https://api.hubapi.com` in production; the emulated portal locally. Configuration, not a code path. */
  baseUrl: string;
  accessToken: string;
  /** Absolute time (ms since epoch) by which every call, including retries, must have ended. */
  deadlineAt?: number;
  /** Per-attempt timeout. */
  attemptTimeoutMs?: number;
  /** Max attempts per call (first try included). */
  maxAttempts?: number;
  /** Requests allowed per rolling 10 s, client-side, kept under the portal's own limit. */
  requestsPer10s?: number;
  fetch?: typeof fetch;
  /** Injected for tests: the clock and the sleep used between retries. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /**
   * What this client shares with others: its rate limiter. Default: the process's
   * (`PROCESS_STATE`, shared by every execution a warm container serves). Tests pass a fresh
   * `createClientState()` and share nothing.
   */
  state?: ClientState;
  /** A limiter of the caller's own, instead of the state's one for this portal and token. */
  limiter?: RateLimiter;
}

/** A record's lists (./list-memberships.ts). */
export interface RecordMemberships {
  listIds: string[];
  /** HubSpot said there is another page: a list absent from `listIds` may still hold the record. */
  more: boolean;
}

export interface ListMembershipsApi {
  /** The record's lists (first page). Throws MissingScopesError without crm.lists.read. */
  forRecord(p: { objectTypeId: string; recordId: string; deadlineAt?: number }): Promise<RecordMemberships>;
}
