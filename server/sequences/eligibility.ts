/**
 * Whether a contact can be enrolled in a sequence, from its properties and its current enrollment,
 * and how HubSpot's own enrollment refusals map to our result codes. Pure.
 */
import type { ErrorCode } from '../contract';
import type { Contact, ContactSequenceEnrollment } from '../hubspot/schemas';
import type { Eligibility, EnrollmentView, IneligibilityCode } from './types';

/** The contact properties every sequence function reads (one request, never twice). */
export const CONTACT_PROPERTIES = ['email', 'hs_email_optout', 'hs_email_hard_bounce_reason_enum'] as const;

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

export function bounceReasonText(reason: string | undefined): string | undefined {
  if (!reason) return undefined;
  return BOUNCE_REASONS[reason] ?? reason.toLowerCase().replace(/_+/g, ' ');
}

export function toEnrollmentView(e: ContactSequenceEnrollment): EnrollmentView {
  return {
    id: e.id,
    sequenceId: e.sequenceId,
    sequenceName: e.sequenceName,
    enrolledAt: e.enrolledAt,
    updatedAt: e.updatedAt,
    enrolledBy: e.enrolledBy,
    enrolledByEmail: e.enrolledByEmail,
    toEmail: e.toEmail,
  };
}

export const MESSAGES = {
  NO_EMAIL: "This contact has no email address, so it can't be enrolled in a sequence. Add an email address to the contact first.",
  OPTED_OUT: "This contact opted out of email, so HubSpot won't enroll it in a sequence.",
  bounced: (reason?: string) =>
    `Email to this contact hard-bounced${reason ? ` (${reason})` : ''}, so HubSpot won't enroll it in a sequence. Fix or replace the email address first.`,
  alreadyEnrolled: (sequenceName?: string) =>
    sequenceName
      ? `This contact is already enrolled in the sequence "${sequenceName}". A contact can be in only one sequence at a time.`
      : 'This contact is already enrolled in a sequence. A contact can be in only one sequence at a time.',
  SENDER_NOT_CONNECTED: (sender: string) =>
    `${sender} is not one of your connected inboxes. Choose one of your own inboxes, or connect this one in HubSpot (Settings → General → Email).`,
};

function propertyOf(contact: Contact, name: string): string | undefined {
  const v = contact.properties[name];
  if (v === null || v === undefined) return undefined;
  const t = String(v).trim();
  return t === '' ? undefined : t;
}

export function contactEmail(contact: Contact): string | undefined {
  return propertyOf(contact, 'email');
}

export function eligibilityOf(contact: Contact, enrollment: ContactSequenceEnrollment | null): Eligibility {
  const email = contactEmail(contact);
  const optedOut = propertyOf(contact, 'hs_email_optout')?.toLowerCase() === 'true';
  const bounceReason = propertyOf(contact, 'hs_email_hard_bounce_reason_enum');
  const reasons: Eligibility['reasons'] = [];
  if (enrollment) reasons.push({ code: 'ALREADY_ENROLLED', message: MESSAGES.alreadyEnrolled(enrollment.sequenceName) });
  if (!email) reasons.push({ code: 'NO_EMAIL', message: MESSAGES.NO_EMAIL });
  if (optedOut) reasons.push({ code: 'OPTED_OUT', message: MESSAGES.OPTED_OUT });
  if (bounceReason) reasons.push({ code: 'BOUNCED', message: MESSAGES.bounced(bounceReasonText(bounceReason)) });
  const e: Eligibility = {
    canEnroll: reasons.length === 0,
    hasEmail: Boolean(email),
    optedOut,
    bounced: Boolean(bounceReason),
    alreadyEnrolled: Boolean(enrollment),
    reasons,
  };
  if (bounceReason) e.bounceReason = bounceReason;
  return e;
}

/**
 * The refusal the enroll function answers with before posting, in a fixed order: no email first
 * (nothing else matters), then the existing enrollment (names the sequence), then opt-out, then bounce.
 */
export function firstRefusal(eligibility: Eligibility): IneligibilityCode | undefined {
  for (const code of ['NO_EMAIL', 'ALREADY_ENROLLED', 'OPTED_OUT', 'BOUNCED'] as const) {
    if (eligibility.reasons.some((r) => r.code === code)) return code;
  }
  return undefined;
}

/** HubSpot's enrollment refusal reasons (err.reason) → our code. Undefined: not an enrollment refusal. */
export function codeForHubSpotReason(reason: string | undefined): ErrorCode | undefined {
  if (!reason) return undefined;
  const r = reason.toUpperCase();
  if (r === 'ALREADY_ENROLLED') return 'ALREADY_ENROLLED';
  if (r === 'UNSUBSCRIBED' || r === 'UNSUBSCRIBED_PERSONAL') return 'OPTED_OUT';
  if (r === 'BOUNCED' || r.startsWith('RECIPIENT_PREVIOUSLY_BOUNCED')) return 'BOUNCED';
  if (r.startsWith('BLOCKED_') || r === 'PREVIOUSLY_MARKED_AS_SPAM' || r === 'OTHER_SEND_REJECTED') return 'ENROLLMENT_REFUSED';
  return undefined;
}

const REFUSAL_SENTENCES: Record<string, string> = {
  BLOCKED_ADDRESS: "HubSpot blocks sending to this contact's email address.",
  BLOCKED_DOMAIN: "HubSpot blocks sending to this contact's email domain.",
  PREVIOUSLY_MARKED_AS_SPAM: 'This contact previously marked your email as spam.',
  OTHER_SEND_REJECTED: 'HubSpot rejected sending to this contact.',
};

export function refusalMessage(code: ErrorCode, reason: string): string {
  switch (code) {
    case 'OPTED_OUT':
      return reason.toUpperCase() === 'UNSUBSCRIBED_PERSONAL'
        ? "This contact unsubscribed from your personal emails, so HubSpot won't enroll it in your sequence."
        : MESSAGES.OPTED_OUT;
    case 'BOUNCED':
      return reason.toUpperCase().startsWith('RECIPIENT_PREVIOUSLY_BOUNCED')
        ? "Email to this contact bounced before, so HubSpot won't enroll it in a sequence. Fix or replace the email address first."
        : MESSAGES.bounced();
    case 'ENROLLMENT_REFUSED':
      return `${REFUSAL_SENTENCES[reason.toUpperCase()] ?? 'HubSpot refused to enroll this contact.'} The contact was not enrolled (HubSpot reason: ${reason}).`;
    default:
      return MESSAGES.alreadyEnrolled();
  }
}
