/**
 * The contract between the cards and the app functions.
 *
 * Cards import from this file with `import type` only (HubSpot bundles each card directory alone,
 * and type-only imports are erased), so nothing here may be a runtime value the cards need.
 */

/** Stable, UPPER_SNAKE result codes. Cards branch on these, never on message text. */
export type ErrorCode =
  // Generic, any function
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'MISSING_SCOPES'
  | 'UNAUTHORIZED'
  | 'RATE_LIMITED'
  | 'HUBSPOT_UNAVAILABLE'
  | 'UNEXPECTED_RESPONSE'
  | 'MISCONFIGURED'
  // Enrollment refusals (sequences and workflows)
  | 'ALREADY_ENROLLED'
  | 'NO_EMAIL'
  | 'OPTED_OUT'
  | 'BOUNCED'
  | 'SENDER_NOT_CONNECTED'
  | 'NO_SEQUENCES_ACCESS'
  | 'ENROLLMENT_REFUSED'
  | 'WORKFLOW_OFF'
  | 'NOT_CONTACT_BASED';

export interface FunctionError {
  code: ErrorCode;
  /** A sentence a rep or admin can act on. Never contains the token or a stack trace. */
  message: string;
  /** HubSpot's correlation id, for support. */
  correlationId?: string;
  /** For MISSING_SCOPES: the scopes the app needs. */
  requiredScopes?: string[];
  /** HubSpot's own refusal reason (e.g. `UNSUBSCRIBED`) where there is one. */
  hubspotReason?: string;
  /** Whether trying again later may succeed (rate limits, outages). */
  retryable?: boolean;
  /** Extra structured context, e.g. the sequence a contact is already in. */
  details?: Record<string, unknown>;
}

export type FunctionResult<T> = { ok: true; data: T } | { ok: false; error: FunctionError };

/** Function uids, fixed by the foundation issue. */
export type FunctionUid =
  | 'contact-sequence-status'
  | 'search-sequences'
  | 'get-sequence'
  | 'enroll-in-sequence'
  | 'contact-workflows'
  | 'search-workflows'
  | 'get-workflow'
  | 'enroll-in-workflow'
  | 'action-type-catalog';

/**
 * How a card calls a function: `hubspot.serverless` in HubSpot, a fake in tests,
 * the workbench's runner locally. Cards receive one of these as a prop.
 */
export type RunFunction = <T>(uid: FunctionUid, parameters: Record<string, string | undefined>, options?: RunOptions) => Promise<FunctionResult<T>>;

/** What a card asks HubSpot to send along (`hubspot.serverless(uid, { parameters, propertiesToSend })`). */
export interface RunOptions {
  /** Names of the current record's properties HubSpot reads at call time and passes as `context.propertiesToSend`. */
  propertiesToSend?: string[];
}
