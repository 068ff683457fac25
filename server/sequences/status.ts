/**
 * The contact's sequence status as the Sequences card shows it, built from plain values: the contact's
 * properties, its enrollment, and the enrolled sequence (decoded and named) or why it could not be read.
 * One builder for both functions that answer it: `contact-sequence-status` (from reads) and
 * `enroll-in-sequence` (from what its POST produced, so the card needs no second call). Pure.
 */
import type { FunctionError } from '../contract';
import type { Contact, ContactSequenceEnrollment, Sequence } from '../hubspot/schemas';
import { contactEmail, eligibilityOf, toEnrollmentView } from './eligibility';
import { applySchedule } from './schedule';
import type { ContactSequenceStatus, SequenceDetails } from './types';

/** The enrolled sequence, decoded and enriched (not yet dated), with the settings its dates need. */
export interface PreparedSequence {
  details: SequenceDetails;
  settings: Sequence['settings'];
}

export interface StatusParts {
  contactId: string;
  contact: Contact;
  enrollment: ContactSequenceEnrollment | null;
  /** The enrolled sequence, or why it could not be read; ignored when there is no enrollment. */
  sequence?: { ok: true; value: PreparedSequence } | { ok: false; error: FunctionError };
  /** IANA zone of the dates (UTC when the caller passed none). */
  timeZone: string;
  nowMs: number;
}

export function sequenceStatus({ contactId, contact, enrollment, sequence, timeZone, nowMs }: StatusParts): ContactSequenceStatus {
  const status: ContactSequenceStatus = {
    contactId,
    enrollment: enrollment ? toEnrollmentView(enrollment) : null,
    sequence: null,
    eligibility: eligibilityOf(contact, enrollment),
  };
  const email = contactEmail(contact);
  if (email) status.contactEmail = email;
  if (enrollment && sequence) {
    if (sequence.ok) status.sequence = datedFromEnrollment(sequence.value, enrollment.enrolledAt, timeZone, nowMs);
    // The enrollment itself is known: it is shown, with the reason its steps are missing.
    else status.sequenceError = sequence.error;
  }
  return status;
}

/** Dates from the enrollment time; an unreadable enrolledAt falls back to now rather than failing the card. */
export function datedFromEnrollment({ details, settings }: PreparedSequence, enrolledAt: string, timeZone: string, nowMs: number): SequenceDetails {
  const startMs = Date.parse(enrolledAt);
  return applySchedule(details, {
    basis: Number.isFinite(startMs) ? 'enrollment' : 'preview',
    startMs: Number.isFinite(startMs) ? startMs : nowMs,
    nowMs,
    timeZone,
    sendWindowStartMinute: settings?.sendWindowStartMinute,
    sendWindowEndMinute: settings?.sendWindowEndMinute,
  });
}
