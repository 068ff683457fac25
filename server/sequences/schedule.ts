/**
 * Expected calendar dates of a sequence's steps, in the portal's time zone. Pure: no I/O, no clock
 * (the start instant and "now" are passed in).
 *
 * The rule, from HubSpot's knowledge base "Sequence email send times"
 * (https://knowledge.hubspot.com/sequences/what-time-will-steps-execute-sequences), documented in words
 * only (the sequences OpenAPI file says no more than "the days on which follow-up actions are allowed"):
 * - Steps run at 24-hour intervals: each step's `delayMillis` is added to the time the previous step ran,
 *   so weekend days COUNT toward a delay (enrolled Mon 5 PM, +3 days → Thu, +3 days → Sun).
 * - With weekdays-only follow-ups (`eligibleFollowUpDays` BUSINESS_DAYS or WEEKDAYS_ONLY), a follow-up
 *   that falls on Saturday or Sunday runs the following Monday at the same time of day (Sun → Mon). Later
 *   delays count from that Monday (our reading: the next delay starts when the step has run).
 * - The first step is not a follow-up: when it runs on the day of enrollment it runs that day, weekend or not.
 * - A step that waits for a task (`dependencies`) starts its delay only once the task is completed, so its
 *   date, and every date after it, is the earliest possible one.
 * Holidays are not skipped (HubSpot does not say they are). The send window is reported, not applied:
 * HubSpot does not document when an email due outside its window goes out.
 */
import { canonicalTimeZone, zonedDay } from '../time/zones';
import { sendWindow } from './decode';
import type { SequenceDetails, SequenceStepView } from './types';

const DAY_MS = 86_400_000;

export const weekdaysOnly = (eligibleFollowUpDays: string | undefined) => eligibleFollowUpDays === 'BUSINESS_DAYS' || eligibleFollowUpDays === 'WEEKDAYS_ONLY';

export interface ScheduleInput {
  /** When the sequence starts: the enrollment's `enrolledAt`, or now for a preview. */
  startMs: number;
  timeZone: string;
  eligibleFollowUpDays?: string;
}

export interface StepDate {
  /** "YYYY-MM-DD" in the schedule's time zone. */
  expectedDate: string;
  /** 1-based step this one waits for (a task to complete, or a manual resume). */
  waitsForStep?: number;
  /** True when the date can slip: this step or an earlier one waits for a task or a manual resume. */
  expectedDateIsEarliest: boolean;
}

/** One date per step, in the order given (decoded steps are already in stepOrder). */
export function stepDates(steps: Pick<SequenceStepView, 'delayMillis' | 'dependencies'>[], input: ScheduleInput): StepDate[] {
  const skipWeekends = weekdaysOnly(input.eligibleFollowUpDays);
  const startDate = zonedDay(input.startMs, input.timeZone).date;
  let t = input.startMs;
  let earliest = false;
  return steps.map((step, index) => {
    t += Math.max(0, step.delayMillis || 0);
    const firstStepOnStartDay = index === 0 && zonedDay(t, input.timeZone).date === startDate;
    if (skipWeekends && !firstStepOnStartDay) {
      // At most two pushes (Sat → Sun → Mon); the bound guards against a broken Intl.
      for (let i = 0; i < 3 && isWeekend(zonedDay(t, input.timeZone).weekday); i++) t += DAY_MS;
    }
    const waitsFor = step.dependencies.length ? Math.max(...step.dependencies.map((d) => d.stepNumber)) : undefined;
    if (waitsFor !== undefined) earliest = true;
    const out: StepDate = { expectedDate: zonedDay(t, input.timeZone).date, expectedDateIsEarliest: earliest };
    if (waitsFor !== undefined) out.waitsForStep = waitsFor;
    return out;
  });
}

const isWeekend = (weekday: number) => weekday === 0 || weekday === 6;

export interface ApplyScheduleInput extends ScheduleInput {
  basis: 'enrollment' | 'preview';
  nowMs: number;
  /** HubSpot's settings.sendWindowStartMinute / sendWindowEndMinute (minutes after local midnight). */
  sendWindowStartMinute?: number;
  sendWindowEndMinute?: number;
}

/** The decoded sequence with a date on every step and the send window on automated email steps. */
export function applySchedule(details: SequenceDetails, input: ApplyScheduleInput): SequenceDetails {
  const dates = stepDates(details.steps, { ...input, eligibleFollowUpDays: input.eligibleFollowUpDays ?? details.eligibleFollowUpDays });
  const window = sendWindowTimes(input.sendWindowStartMinute, input.sendWindowEndMinute);
  const steps = details.steps.map((step, i) => {
    const out: SequenceStepView = { ...step, ...dates[i] };
    if (window && step.kind === 'email') out.sendWindow = window;
    return out;
  });
  return {
    ...details,
    steps,
    schedule: {
      basis: input.basis,
      startedAt: new Date(input.startMs).toISOString(),
      timeZone: canonicalTimeZone(input.timeZone),
      today: zonedDay(input.nowMs, input.timeZone).date,
    },
  };
}

/** { start: '08:00', end: '18:00' } for a usable window; none for a missing, inverted or all-day one. */
export function sendWindowTimes(start: number | undefined, end: number | undefined): { start: string; end: string } | undefined {
  const text = sendWindow({ sendWindowStartMinute: start, sendWindowEndMinute: end });
  if (!text) return undefined;
  const [from, to] = text.split('–');
  return { start: from, end: to };
}
