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

/**
 * What `details` carries, per result code (only codes with details are listed). A card reads them after
 * narrowing on `code` (`if (error.code === 'SENDER_NOT_CONNECTED') error.details?.noConnectedInbox`).
 */
export interface ErrorDetailsByCode {
  /** The sequence the contact is already in (enroll-in-sequence), when HubSpot's read shows it. */
  ALREADY_ENROLLED: { sequenceId?: string; sequenceName?: string; enrollmentId?: string; sameSequence?: boolean };
  /** `noConnectedInbox`: HubSpot says the user has no connected inbox at all (true), or refused this address (false). */
  SENDER_NOT_CONNECTED: { senderEmail: string; noConnectedInbox?: boolean };
  BOUNCED: { bounceReason: string };
  /** What was not found: the contact, or the workflow (by legacy id, or by flow id when it has no legacy id). */
  NOT_FOUND: { contactId?: string } & WorkflowIds;
  /** The workflow refusals (enroll-in-workflow, unenroll-from-workflow). */
  NO_EMAIL: { contactId: string };
  WORKFLOW_OFF: WorkflowIds;
  NOT_CONTACT_BASED: WorkflowIds & { objectTypeId?: string };
  NOT_ENROLLED: WorkflowIds;
}

/** `flowId` null: a workflow HubSpot has no v4 mapping for. */
interface WorkflowIds {
  flowId?: string | null;
  workflowId?: string;
}

/** The details of one code (of each code of a union); `never` for a code that carries none. */
export type ErrorDetails<C extends ErrorCode> = C extends keyof ErrorDetailsByCode ? ErrorDetailsByCode[C] : never;

type Merged<U> = (U extends unknown ? (u: U) => void : never) extends (m: infer M) => void ? M : never;

/**
 * `FunctionError.details`: every code's fields, each optional, typed as ErrorDetailsByCode types them.
 * Server code builds them per code (FunctionFailure<C> takes ErrorDetails<C>); a card reads the field
 * it needs after checking `code`.
 */
export type AnyErrorDetails = Partial<Merged<ErrorDetailsByCode[keyof ErrorDetailsByCode]>>;

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
  /** Structured context of some codes (ErrorDetailsByCode), e.g. the sequence a contact is already in. */
  details?: AnyErrorDetails;
}

export type FunctionResult<T> = { ok: true; data: T } | { ok: false; error: FunctionError };

// Function uids, inputs, outputs and the cards' `RunFunction` are in ./registry (the one uid list).
/** What a card asks HubSpot to send along (`hubspot.serverless(uid, { parameters, propertiesToSend })`). */
export interface RunOptions {
  /** Names of the current record's properties HubSpot reads at call time and passes as `context.propertiesToSend`. */
  propertiesToSend?: string[];
}
