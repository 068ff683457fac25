/**
 * Whether a contact can be enrolled in a sequence, from its properties and its current enrollment: the
 * reasons the card shows up front. Pure. (The enroll function's refusals, in the same words, are in
 * server/runtime/sequence-refusals.ts.)
 */
import { EMAIL_OPT_OUT_PROPERTY, isOptedOut } from '../hubspot/contact-property-names';
import type { Contact, ContactSequenceEnrollment } from '../hubspot/schemas';
import { bounceReasonText, MESSAGES } from './messages';
import type { Eligibility, EnrollmentView, IneligibilityCode } from './types';

/** The contact properties every sequence function reads (one request, never twice). */
export const CONTACT_PROPERTIES = ['email', EMAIL_OPT_OUT_PROPERTY, 'hs_email_hard_bounce_reason_enum'] as const;

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
  const optedOut = isOptedOut(contact.properties);
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
 * What HubSpot would refuse, in a fixed order: no email first (nothing else matters), then the existing
 * enrollment (names the sequence), then opt-out, then bounce.
 */
export function firstRefusal(eligibility: Eligibility): IneligibilityCode | undefined {
  for (const code of ['NO_EMAIL', 'ALREADY_ENROLLED', 'OPTED_OUT', 'BOUNCED'] as const) {
    if (eligibility.reasons.some((r) => r.code === code)) return code;
  }
  return undefined;
}
