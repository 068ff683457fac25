/**
 * What the sequence functions return. Cards import these with `import type` only (HubSpot bundles
 * each card directory alone), so this file holds types and nothing else.
 */
import type { FunctionError } from '../contract';

export type StepKind = 'email' | 'call_task' | 'email_task' | 'todo_task' | 'linkedin_task' | 'meeting_task' | 'finish' | 'branch' | 'other';

export interface StepDependencyView {
  /** 1-based number of the step this one waits for. */
  stepNumber: number;
  /** HubSpot's dependencyType: TASK_COMPLETION | MANUAL_PAUSE | ADAPTIVE_COMPLETION | … */
  type: string;
  /** "Starts after step 2 is completed." */
  text: string;
}

export interface SequenceStepView {
  id: string;
  /** HubSpot's 0-based stepOrder. */
  stepOrder: number;
  /** 1-based, as HubSpot's UI numbers steps. */
  number: number;
  kind: StepKind;
  /** "Email", "Call task", "To-do task", "LinkedIn task", "Finish sequence"… */
  kindLabel: string;
  delayMillis: number;
  /** Delay from the previous step (from enrollment for the first): "Immediately", "1 day later". */
  delayText: string;
  /** Cumulative delay from enrollment. */
  offsetMillis: number;
  /** 1-based sequence day: "Day 1" is the day of enrollment. */
  day: number;
  /** "Day 3", or "Day 3, 08:00–18:00 window" for automated emails when the sequence has a send window. */
  offsetText: string;
  /** Task steps: plain-text subject, priority and notes (HTML stripped, entities decoded). */
  task?: {
    taskType: string;
    subject?: string;
    priority: string;
    /** "High priority", "No priority"… */
    priorityLabel: string;
    notes?: string;
  };
  /** Email steps (and email tasks that use a template). */
  email?: {
    templateId: string;
    /** The template's name when known, else "Email template 91000001" (always set by the decoder). */
    templateLabel?: string;
    /** 1-based step number whose thread this email replies in. */
    threadWithStepNumber?: number;
    /** "Replies in thread of step 1". */
    threadText?: string;
  };
  dependencies: StepDependencyView[];
  /**
   * Set by contact-sequence-status and get-sequence (see server/sequences/schedule.ts for the rule):
   * the step's date, "YYYY-MM-DD" in the requested time zone. Steps already done carry their planned date.
   */
  expectedDate?: string;
  /** True when the date is the earliest possible: this step or an earlier one waits for a task or a manual resume. */
  expectedDateIsEarliest?: boolean;
  /** 1-based step this one waits for ("after step 2 is done, earliest Thu, Nov 19"). */
  waitsForStep?: number;
  /** Automated email steps of a sequence with a send window: local times in the schedule's time zone. */
  sendWindow?: { start: string; end: string };
  /** One line a manager reads: "Call task: Call contact to follow up (Low priority)". */
  summary: string;
}

export interface SequenceDetails {
  id: string;
  name: string;
  userId: string;
  folderId?: string;
  updatedAt: string;
  steps: SequenceStepView[];
  /** BUSINESS_DAYS | EVERYDAY | WEEKDAYS_ONLY when HubSpot says. */
  eligibleFollowUpDays?: string;
  /** "Follow-ups on business days only". */
  followUpDaysText?: string;
  /** "Automated emails send between 08:00 and 18:00". */
  sendWindowText?: string;
  /** What the steps' expectedDates were computed from; set by contact-sequence-status and get-sequence. */
  schedule?: SequenceSchedule;
}

export interface SequenceSchedule {
  /** 'enrollment': from the enrollment's enrolledAt; 'preview': as if enrolled now. */
  basis: 'enrollment' | 'preview';
  /** ISO instant the delays count from. */
  startedAt: string;
  /** IANA zone the dates are in (UTC when the caller passed none). */
  timeZone: string;
  /** Today, "YYYY-MM-DD" in that zone, so a card can tell past dates from coming ones without a clock. */
  today: string;
}

export interface SequenceSearchItem {
  id: string;
  name: string;
  folderId?: string;
  updatedAt: string;
}

export interface SequenceSearchPage {
  results: SequenceSearchItem[];
  /** HubSpot's total for the (filtered) listing. */
  total: number;
  /** Cursor for the next page; absent on the last page. */
  nextAfter?: string;
}

export interface EnrollmentView {
  id: string;
  sequenceId: string;
  sequenceName: string;
  enrolledAt: string;
  updatedAt: string;
  /** userId of the user who enrolled the contact. */
  enrolledBy: string;
  enrolledByEmail: string;
  toEmail: string;
}

export type IneligibilityCode = 'NO_EMAIL' | 'OPTED_OUT' | 'BOUNCED' | 'ALREADY_ENROLLED';

export interface Eligibility {
  canEnroll: boolean;
  hasEmail: boolean;
  optedOut: boolean;
  bounced: boolean;
  /** hs_email_hard_bounce_reason_enum as HubSpot sent it. */
  bounceReason?: string;
  alreadyEnrolled: boolean;
  /** Every reason enrolling is impossible, in the order the card shows them. */
  reasons: { code: IneligibilityCode; message: string }[];
}

export interface ContactSequenceStatus {
  contactId: string;
  contactEmail?: string;
  enrollment: EnrollmentView | null;
  /** The enrolled sequence, decoded. Null when not enrolled, or when reading it failed (see sequenceError). */
  sequence: SequenceDetails | null;
  /** Set when the contact is enrolled but its sequence could not be read (the enrollment is still shown). */
  sequenceError?: FunctionError;
  eligibility: Eligibility;
}

export interface EnrollResult {
  enrollment: {
    id: string;
    sequenceId: string;
    toEmail: string;
    senderEmail: string;
    enrolledAt: string;
    updatedAt: string;
  };
  /** True when the POST's answer was lost and the enrollment was found by re-reading. */
  recoveredAfterAmbiguousFailure: boolean;
  /**
   * The contact's status after this enrollment, the same view `contact-sequence-status` answers (sequence,
   * sender, steps dated from the enrollment), built from the POST's answer and the sequence read before it:
   * the card shows it without a second call. HubSpot's enrollment GET may lag the POST, so it is not re-read.
   * `status.sequence` is null (with `sequenceError`) when the sequence could not be read; `enrollment.sequenceName`
   * is then empty.
   */
  status: ContactSequenceStatus;
}

/** `details` of an ALREADY_ENROLLED refusal: the sequence the contact is in, when known. */
export interface AlreadyEnrolledDetails {
  sequenceId?: string;
  sequenceName?: string;
  enrollmentId?: string;
  /** True when the contact is already in the very sequence the rep picked. */
  sameSequence?: boolean;
}

/** `details` of a SENDER_NOT_CONNECTED refusal (the card reads `noConnectedInbox`). */
export interface SenderRefusalDetails {
  senderEmail: string;
  /** True: HubSpot says the user has no connected inbox at all (no sender can work); false or absent: only this one. */
  noConnectedInbox?: boolean;
}
