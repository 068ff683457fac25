/**
 * Every refusal of the sequence functions, in one place, each reached in one hop from its handler (the
 * runtime's side: the sequences domain decides eligibility, server/sequences/eligibility.ts, and knows no result codes):
 *   - `senderRefusal`: before any call, a sender that is not one of the acting user's addresses;
 *   - `refusalBeforePosting`: what HubSpot would refuse, decided from the contact and its enrollment;
 *   - `refusalOfPost`: HubSpot's refusal of the enrollment POST;
 *   - `alreadyEnrolledRefusal`: the contact is in a sequence (found before posting, or by a lost race);
 *   - `sequencesAccessFailure`: the read functions' 403 on the sequences API;
 *   - `sequenceReadError`: a failed read of the contact's sequence, as the status's `sequenceError`.
 * Anything else goes to `toFunctionError` (errors-to-result.ts) as it is. Here `hubspotReason`
 * is always HubSpot's reason code (its subCategory, `HubSpotApiError.reason`), never a sentence.
 *
 * What HubSpot documents: the sequences OpenAPI files give no reason codes for enrollment refusals
 * (only the default `Error` with category, subCategory?, message, correlationId, errors[]). The
 * knowledge base names contact reasons (ALREADY_ENROLLED, UNSUBSCRIBED, BOUNCED, BLOCKED_DOMAIN, …:
 * https://knowledge.hubspot.com/sequences/sequences-error-contact-cant-be-enrolled-in-this-sequence).
 * For the sender, HubSpot's wording is "no connected inboxes for specified user email"
 * (shared/docs/hubspot-platform.md §4); a public setup note from an integration (found with code search,
 * third-party, not HubSpot's docs) reports the 400 as subCategory
 * `SequenceStandardFriendlyError.PUBLIC_ENROLL_NO_CONNECTED_EMAILS`, message "User <id> for Portal <id>
 * has no connected inboxes … required to enroll from the public API". Both carry "no connected inboxes".
 * The API guide says the acting user needs a paid Sales/Service Hub Professional+ seat; HubSpot names no
 * category for that refusal beyond the 403 status, so any 403 that is not MISSING_SCOPES counts.
 */
import { SEQUENCES_API } from '../hubspot/api-versions';
import { HubSpotApiError, NotFoundError, PermissionDeniedError } from '../hubspot/errors';
import type { ContactSequenceEnrollment } from '../hubspot/schemas';
import type { ErrorCode, FunctionError } from '../contract';
import { firstRefusal } from '../sequences/eligibility';
import { MESSAGES } from '../sequences/messages';
import type { AlreadyEnrolledDetails, Eligibility, SenderRefusalDetails } from '../sequences/types';
import { FunctionFailure, isRefusal, toFunctionError } from './errors-to-result';
import { hubspotSaid } from './hubspot-said';

// The reason lists below are UNVERIFIED guesses (except PUBLIC_ENROLL_NO_CONNECTED_EMAILS, reported by a
// third party): HubSpot documents none of them. They are harmless fallbacks, read only if HubSpot ever
// sends such a subCategory; without one, the status/category checks and the message fallback decide.

/** Reasons meaning "the acting user has no connected inbox at all". */
const NO_INBOX_REASONS = ['PUBLIC_ENROLL_NO_CONNECTED_EMAILS', 'NO_CONNECTED_INBOXES', 'NO_CONNECTED_INBOX'];
/** Reasons meaning "this sender is not one of the user's connected inboxes" (others may be). */
const SENDER_REASONS = ['INBOX_NOT_CONNECTED', 'SENDER_NOT_CONNECTED', 'INVALID_SENDER_EMAIL', 'SENDER_EMAIL_NOT_CONNECTED'];
/** Reasons meaning "this user cannot use sequences" (no paid Sales/Service seat). */
const SEAT_REASONS = ['PAID_SEAT_REQUIRED', 'NO_SEAT', 'NO_PAID_SEAT', 'USER_NOT_ASSIGNED_SEAT', 'SEQUENCES_ACCESS_REQUIRED', 'NO_SEQUENCES_ACCESS'];
const NO_EMAIL_REASONS = ['CONTACT_HAS_NO_EMAIL', 'NO_EMAIL', 'MISSING_EMAIL'];

/** HubSpot's documented wording for a user without a connected inbox (message-only fallback). */
export const NO_CONNECTED_INBOX_PHRASE = /\bno connected inbox(es)?\b/i;

/** The sender must be one of the acting user's own addresses (when the card sent them). No HubSpot call. */
export function senderRefusal(senderEmail: string, userEmails: string[]): FunctionFailure | undefined {
  if (userEmails.length === 0 || userEmails.includes(senderEmail.toLowerCase())) return undefined;
  return new FunctionFailure('SENDER_NOT_CONNECTED', MESSAGES.SENDER_NOT_CONNECTED(senderEmail), { details: { senderEmail } satisfies SenderRefusalDetails });
}

export function refusalBeforePosting(eligibility: Eligibility, current: ContactSequenceEnrollment | null, sequenceId: string): FunctionFailure | undefined {
  const code = firstRefusal(eligibility);
  if (!code) return undefined;
  if (code === 'ALREADY_ENROLLED') return alreadyEnrolledRefusal(current, sequenceId);
  const message = eligibility.reasons.find((r) => r.code === code)!.message;
  return new FunctionFailure(code, message, code === 'BOUNCED' && eligibility.bounceReason ? { details: { bounceReason: eligibility.bounceReason } } : {});
}

/** The contact is in a sequence: `current` names it when known; `post` is HubSpot's refusal when it came from the POST. */
export function alreadyEnrolledRefusal(current: ContactSequenceEnrollment | null, sequenceId: string, post?: FunctionFailure): FunctionFailure {
  const details: AlreadyEnrolledDetails = current
    ? { sequenceId: current.sequenceId, sequenceName: current.sequenceName, enrollmentId: current.id, sameSequence: current.sequenceId === sequenceId }
    : {};
  return new FunctionFailure('ALREADY_ENROLLED', MESSAGES.alreadyEnrolled(current?.sequenceName), {
    details: { ...details },
    ...(post?.extra.hubspotReason ? { hubspotReason: post.extra.hubspotReason } : {}),
    ...(post?.extra.correlationId ? { correlationId: post.extra.correlationId } : {}),
  });
}

const onSequencesApi = (err: HubSpotApiError) => (err.path ?? '').startsWith(SEQUENCES_API) || /\/sequences(\/|$)/.test(err.path ?? '');
/** "SequenceError.UNSUBSCRIBED" → "UNSUBSCRIBED" (HubSpot namespaces some subCategories). */
const lastSegment = (hubspotReason: string) => hubspotReason.slice(hubspotReason.lastIndexOf('.') + 1);

function failure(code: ErrorCode, message: string, err: HubSpotApiError, details?: Record<string, unknown>): FunctionFailure {
  return new FunctionFailure(code, message, {
    ...(err.reason ? { hubspotReason: err.reason } : {}),
    ...(err.correlationId ? { correlationId: err.correlationId } : {}),
    ...(details ? { details } : {}),
  });
}

/** Any 403 that is not MISSING_SCOPES from the sequences API: the user has no (paid) access. Never a scope problem. */
export function sequencesAccessFailure(err: unknown): FunctionFailure | undefined {
  if (!(err instanceof PermissionDeniedError) || !onSequencesApi(err)) return undefined;
  return failure('NO_SEQUENCES_ACCESS', MESSAGES.noSequencesAccess(hubspotSaid(err)), err);
}

/** The contact's sequence could not be read: its error as the status shows it (a 403 on the sequences API is NO_SEQUENCES_ACCESS). */
export const sequenceReadError = (err: unknown): FunctionError => toFunctionError(sequencesAccessFailure(err) ?? err);

/** HubSpot's enrollment reason codes (last segment, upper case) → our code and sentence. */
function knownContactRefusal(reason: string): { code: ErrorCode; message: string } | undefined {
  if (reason === 'ALREADY_ENROLLED') return { code: 'ALREADY_ENROLLED', message: MESSAGES.alreadyEnrolled() };
  if (reason === 'UNSUBSCRIBED') return { code: 'OPTED_OUT', message: MESSAGES.OPTED_OUT };
  if (reason === 'UNSUBSCRIBED_PERSONAL') return { code: 'OPTED_OUT', message: MESSAGES.UNSUBSCRIBED_PERSONAL };
  if (reason === 'BOUNCED') return { code: 'BOUNCED', message: MESSAGES.bounced() };
  if (reason.startsWith('RECIPIENT_PREVIOUSLY_BOUNCED')) return { code: 'BOUNCED', message: MESSAGES.PREVIOUSLY_BOUNCED };
  if (reason.startsWith('BLOCKED_') || reason === 'PREVIOUSLY_MARKED_AS_SPAM' || reason === 'OTHER_SEND_REJECTED')
    return { code: 'ENROLLMENT_REFUSED', message: MESSAGES.sendRefused(reason) };
  return undefined;
}

/** HubSpot's refusal of the enrollment POST → our code; undefined for anything that is not a refusal (429, 5xx, lost answers…). */
export function refusalOfPost(err: unknown, senderEmail: string): FunctionFailure | undefined {
  if (!(err instanceof HubSpotApiError) || !isRefusal(err)) return undefined;
  const reason = lastSegment((err.reason ?? '').toUpperCase());
  const said = hubspotSaid(err);
  const noInbox: SenderRefusalDetails = { senderEmail, noConnectedInbox: true };
  if (NO_INBOX_REASONS.includes(reason)) return failure('SENDER_NOT_CONNECTED', MESSAGES.noConnectedInbox(said), err, { ...noInbox });
  if (SENDER_REASONS.includes(reason))
    return failure('SENDER_NOT_CONNECTED', MESSAGES.SENDER_NOT_CONNECTED(senderEmail), err, { senderEmail, noConnectedInbox: false } satisfies SenderRefusalDetails);
  if (SEAT_REASONS.includes(reason)) return failure('NO_SEQUENCES_ACCESS', MESSAGES.noSequencesAccess(said), err);
  if (NO_EMAIL_REASONS.includes(reason)) return failure('NO_EMAIL', MESSAGES.NO_EMAIL, err);
  // By status and category (HubSpot documents no subCategory for it). The contact was read (or sent by
  // HubSpot with the call) just before posting, so a 404 OBJECT_NOT_FOUND here means the sequence.
  if (err instanceof NotFoundError && err.category === 'OBJECT_NOT_FOUND') return failure('NOT_FOUND', MESSAGES.SEQUENCE_GONE, err);
  const known = knownContactRefusal(reason);
  if (known) return failure(known.code, known.message, err);
  // Documented by message only (see the file comment).
  if (NO_CONNECTED_INBOX_PHRASE.test(err.hubspotMessage ?? '')) return failure('SENDER_NOT_CONNECTED', MESSAGES.noConnectedInbox(said), err, { ...noInbox });
  return sequencesAccessFailure(err) ?? failure('ENROLLMENT_REFUSED', MESSAGES.unknownRefusal(said, err.correlationId), err);
}
