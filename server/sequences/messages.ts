/**
 * The sentences a rep reads about enrolling a contact in a sequence: the same words whether the card
 * shows them up front (eligibility.ts, the card's reasons) or an enroll answers with them (server/runtime/sequence-refusals.ts).
 * Pure words: no I/O, no HubSpot types.
 */

const BOUNCE_REASONS: Record<string, string> = {
  BAD_MAILBOX: 'the mailbox does not exist',
  MAILBOX_FULL: 'the mailbox is full',
  DOMAIN_ISSUE: 'the email domain does not accept mail',
  CONTENT: 'the receiving server rejected the content',
  SPAM: 'the receiving server flagged it as spam',
  POLICY: 'the receiving server refused it by policy',
  TIMEOUT: 'the receiving server did not answer',
  THROTTLED: 'the receiving server throttled it',
  DNS_FAILURE: 'the email domain could not be found',
  UNKNOWN_USER: 'the address does not exist',
  OTHER: 'another reason',
  UNKNOWN: 'an unknown reason',
};

/** HubSpot's hard-bounce code (hs_email_hard_bounce_reason_enum) in words. */
export function bounceReasonText(bounceCode: string | undefined): string | undefined {
  if (!bounceCode) return undefined;
  return BOUNCE_REASONS[bounceCode] ?? bounceCode.toLowerCase().replace(/_+/g, ' ');
}

const quoted = (said: string | undefined) => (said ? ` HubSpot said: "${said}"` : '');
const sentence = (text: string) => (/[.!?…"]$/.test(text) ? text : `${text}.`);

export const MESSAGES = {
  NO_EMAIL: "This contact has no email address, so it can't be enrolled in a sequence. Add an email address to the contact first.",
  OPTED_OUT: "This contact opted out of email, so HubSpot won't enroll it in a sequence.",
  UNSUBSCRIBED_PERSONAL: "This contact unsubscribed from your personal emails, so HubSpot won't enroll it in your sequence.",
  bounced: (why?: string) => `Email to this contact hard-bounced${why ? ` (${why})` : ''}, so HubSpot won't enroll it in a sequence. Fix or replace the email address first.`,
  PREVIOUSLY_BOUNCED: "Email to this contact bounced before, so HubSpot won't enroll it in a sequence. Fix or replace the email address first.",
  alreadyEnrolled: (sequenceName?: string) =>
    sequenceName
      ? `This contact is already enrolled in the sequence "${sequenceName}". A contact can be in only one sequence at a time.`
      : 'This contact is already enrolled in a sequence. A contact can be in only one sequence at a time.',
  SENDER_NOT_CONNECTED: (sender: string) =>
    `${sender} is not one of your connected inboxes. Choose one of your own inboxes, or connect this one in HubSpot (Settings → General → Email).`,
  noConnectedInbox: (said: string | undefined) =>
    sentence(
      `HubSpot says you have no connected inbox, so it cannot send this sequence's emails. Connect your inbox in HubSpot (Settings → General → Email), then enroll the contact.${quoted(said)}`,
    ),
  noSequencesAccess: (said: string | undefined) =>
    sentence(
      `HubSpot does not let you use sequences: it needs a paid Sales Hub or Service Hub Professional or Enterprise seat. Ask your HubSpot admin to assign one.${quoted(said)}`,
    ),
  SEQUENCE_GONE: 'That sequence no longer exists or you cannot use it. Search again and pick another one.',
  /** HubSpot's send refusals with a reason code this app knows ("HubSpot reason: BLOCKED_DOMAIN"). */
  sendRefused: (hubspotReason: string) =>
    `${SEND_REFUSALS[hubspotReason.toUpperCase()] ?? 'HubSpot refused to enroll this contact.'} The contact was not enrolled (HubSpot reason: ${hubspotReason}).`,
  unknownRefusal: (said: string | undefined, correlationId: string | undefined) =>
    `HubSpot refused to enroll this contact for a reason this app does not know.${quoted(said)}${correlationId ? ` (HubSpot reference ${correlationId})` : ''}. The contact was not enrolled.`,
};

const SEND_REFUSALS: Record<string, string> = {
  BLOCKED_ADDRESS: "HubSpot blocks sending to this contact's email address.",
  BLOCKED_DOMAIN: "HubSpot blocks sending to this contact's email domain.",
  PREVIOUSLY_MARKED_AS_SPAM: 'This contact previously marked your email as spam.',
  OTHER_SEND_REJECTED: 'HubSpot rejected sending to this contact.',
};
