/**
 * HubSpot's refusals of the sequences API, as rows for `refusalFor` (server/runtime/errors-to-result.ts,
 * the one mapping module). Rows match status, category and subCategory first; HubSpot's message text
 * is read only for the refusal HubSpot documents by message alone (a sender with no connected inbox).
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
import { NotFoundError, type HubSpotApiError } from '../hubspot/errors';
import type { ErrorCode } from '../contract';
import { FunctionFailure, isPermissionDenied, isRefusal, messageMatches, reasonIn, refusalFor, type RefusalRule } from '../runtime/errors-to-result';
import { codeForHubSpotReason, MESSAGES, refusalMessage } from './eligibility';

// The reason lists below are UNVERIFIED guesses (except PUBLIC_ENROLL_NO_CONNECTED_EMAILS, reported by a
// third party): HubSpot documents none of them. They are harmless fallbacks, read only if HubSpot ever
// sends such a subCategory; without one, the status/category rows and the message fallback decide.

/** Reasons meaning "the acting user has no connected inbox at all". */
const NO_INBOX_REASONS = ['PUBLIC_ENROLL_NO_CONNECTED_EMAILS', 'NO_CONNECTED_INBOXES', 'NO_CONNECTED_INBOX'];
/** Reasons meaning "this sender is not one of the user's connected inboxes" (others may be). */
const SENDER_REASONS = ['INBOX_NOT_CONNECTED', 'SENDER_NOT_CONNECTED', 'INVALID_SENDER_EMAIL', 'SENDER_EMAIL_NOT_CONNECTED'];
/** Reasons meaning "this user cannot use sequences" (no paid Sales/Service seat). */
const SEAT_REASONS = ['PAID_SEAT_REQUIRED', 'NO_SEAT', 'NO_PAID_SEAT', 'USER_NOT_ASSIGNED_SEAT', 'SEQUENCES_ACCESS_REQUIRED', 'NO_SEQUENCES_ACCESS'];

/** HubSpot's documented wording for a user without a connected inbox (message-only fallback). */
export const NO_CONNECTED_INBOX_PHRASE = /\bno connected inbox(es)?\b/i;

const quoted = (said: string | undefined) => (said ? ` HubSpot said: "${said}"` : '');
const reference = (err: HubSpotApiError) => (err.correlationId ? ` (HubSpot reference ${err.correlationId})` : '');
const sentence = (text: string) => (/[.!?…"]$/.test(text) ? text : `${text}.`);

export const REFUSAL_MESSAGES = {
  noConnectedInbox: (said: string | undefined) =>
    sentence(
      `HubSpot says you have no connected inbox, so it cannot send this sequence's emails. Connect your inbox in HubSpot (Settings → General → Email), then enroll the contact.${quoted(said)}`,
    ),
  noSequencesAccess: (said: string | undefined) =>
    sentence(
      `HubSpot does not let you use sequences: it needs a paid Sales Hub or Service Hub Professional or Enterprise seat. Ask your HubSpot admin to assign one.${quoted(said)}`,
    ),
  unknownRefusal: (said: string | undefined, err: HubSpotApiError) =>
    `HubSpot refused to enroll this contact for a reason this app does not know.${said ? ` HubSpot said: "${said}"` : ''}${reference(err)}. The contact was not enrolled.`,
};

/** "SequenceError.UNSUBSCRIBED" → "UNSUBSCRIBED" (HubSpot namespaces some subCategories). */
const lastSegment = (reason: string) => reason.slice(reason.lastIndexOf('.') + 1);

const onSequencesApi = (err: HubSpotApiError) => (err.path ?? '').startsWith(SEQUENCES_API) || /\/sequences(\/|$)/.test(err.path ?? '');

/** Any 403 that is not MISSING_SCOPES from the sequences API: the user has no (paid) access. Never a scope problem. */
const sequencesAccessRule: RefusalRule = {
  match: (e) => isPermissionDenied(e) && onSequencesApi(e),
  code: 'NO_SEQUENCES_ACCESS',
  message: (_reason, said) => REFUSAL_MESSAGES.noSequencesAccess(said),
};

/** For the read functions: a 403 on the sequences API as NO_SEQUENCES_ACCESS, else undefined (map as usual). */
export function sequencesAccessFailure(err: unknown): FunctionFailure | undefined {
  return refusalFor(err, [sequencesAccessRule]);
}

/** The enrollment POST's refusals → our codes. The last row takes every 4xx refusal nothing else named. */
export function enrollRefusals(senderEmail: string): RefusalRule[] {
  const noInbox = { senderEmail, noConnectedInbox: true };
  const byReasonCode = (code: ErrorCode): RefusalRule => ({
    match: (e, reason) => isRefusal(e) && codeForHubSpotReason(lastSegment(reason)) === code,
    code,
    message: (reason) => refusalMessage(code, lastSegment(reason)),
  });
  return [
    { match: reasonIn(NO_INBOX_REASONS), code: 'SENDER_NOT_CONNECTED', message: (_r, said) => REFUSAL_MESSAGES.noConnectedInbox(said), details: noInbox },
    { match: reasonIn(SENDER_REASONS), code: 'SENDER_NOT_CONNECTED', message: () => MESSAGES.SENDER_NOT_CONNECTED(senderEmail), details: { senderEmail, noConnectedInbox: false } },
    { match: reasonIn(SEAT_REASONS), code: 'NO_SEQUENCES_ACCESS', message: (_r, said) => REFUSAL_MESSAGES.noSequencesAccess(said) },
    { match: reasonIn(['CONTACT_HAS_NO_EMAIL', 'NO_EMAIL', 'MISSING_EMAIL']), code: 'NO_EMAIL', message: () => MESSAGES.NO_EMAIL },
    // By status and category (HubSpot documents no subCategory for it). The contact was read (or sent
    // by HubSpot with the call) just before posting, so a 404 OBJECT_NOT_FOUND here means the sequence.
    {
      match: (e) => e instanceof NotFoundError && e.category === 'OBJECT_NOT_FOUND',
      code: 'NOT_FOUND',
      message: () => 'That sequence no longer exists or you cannot use it. Search again and pick another one.',
    },
    ...(['ALREADY_ENROLLED', 'OPTED_OUT', 'BOUNCED', 'ENROLLMENT_REFUSED'] as const).map(byReasonCode),
    // Documented by message only (see the file comment).
    { match: messageMatches(NO_CONNECTED_INBOX_PHRASE), code: 'SENDER_NOT_CONNECTED', message: (_r, said) => REFUSAL_MESSAGES.noConnectedInbox(said), details: noInbox },
    sequencesAccessRule,
    { match: (e) => isRefusal(e), code: 'ENROLLMENT_REFUSED', message: (_r, said, e) => REFUSAL_MESSAGES.unknownRefusal(said, e) },
  ];
}
