/**
 * The contract between the cards and the app functions: result codes and the result shape.
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
  /** A write that may or may not have landed (its answer was lost and the re-read failed): re-check, never resend. */
  | 'OUTCOME_UNKNOWN'
  /** HubSpot forbids this for the account or user (a 403 that is not about the app's scopes). */
  | 'PERMISSION_DENIED'
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
  | 'NOT_CONTACT_BASED'
  /** Unenroll refused: the contact is not in that workflow (nothing was sent). */
  | 'NOT_ENROLLED';

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
  /** Whether trying again can help (rate limits, outages, timeouts). Set on every error; cards offer "Try again" only when true. */
  retryable: boolean;
  /**
   * Extra structured context, e.g. the sequence a contact is already in (ALREADY_ENROLLED), or for
   * SENDER_NOT_CONNECTED `{ senderEmail, noConnectedInbox }` (true: HubSpot says the user has no connected inbox at all).
   */
  details?: Record<string, unknown>;
}

export type FunctionResult<T> = { ok: true; data: T } | { ok: false; error: FunctionError };

// Function uids, inputs, outputs and the cards' `RunFunction` are in ./registry (the one uid list).
/** What a card asks HubSpot to send along (`hubspot.serverless(uid, { parameters, propertiesToSend })`). */
export interface RunOptions {
  /** Names of the current record's properties HubSpot reads at call time and passes as `context.propertiesToSend`. */
  propertiesToSend?: string[];
}
