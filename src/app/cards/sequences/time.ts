/** Time words for the Sequences card. Pure; lives in the card directory because cards are bundled alone. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** "just now", "5 minutes ago", "3 hours ago", "3 days ago", "2 months ago", "1 year ago". */
export function relativeTime(iso: string, nowMs: number): string {
  const then = Date.parse(iso);
  if (!Number.isFinite(then)) return 'at an unknown time';
  const ago = nowMs - then;
  if (ago < MINUTE) return 'just now';
  if (ago < HOUR) return `${plural(Math.floor(ago / MINUTE), 'minute')} ago`;
  if (ago < DAY) return `${plural(Math.floor(ago / HOUR), 'hour')} ago`;
  if (ago < 30 * DAY) return `${plural(Math.floor(ago / DAY), 'day')} ago`;
  if (ago < 365 * DAY) return `${plural(Math.floor(ago / (30 * DAY)), 'month')} ago`;
  return `${plural(Math.floor(ago / (365 * DAY)), 'year')} ago`;
}

/**
 * Time elapsed since enrollment that counts toward the sequence's delays. For BUSINESS_DAYS and
 * WEEKDAYS_ONLY sequences, Saturdays and Sundays (UTC) do not count. An estimate: HubSpot also
 * honours holidays, send windows and the portal's time zone.
 */
export function countedElapsed(enrolledAtMs: number, nowMs: number, eligibleFollowUpDays?: string): number {
  if (!(nowMs > enrolledAtMs)) return 0;
  if (eligibleFollowUpDays !== 'BUSINESS_DAYS' && eligibleFollowUpDays !== 'WEEKDAYS_ONLY') return nowMs - enrolledAtMs;
  let total = 0;
  let t = enrolledAtMs;
  for (let i = 0; t < nowMs && i < 3660; i++) {
    const nextMidnight = (Math.floor(t / DAY) + 1) * DAY;
    const end = Math.min(nextMidnight, nowMs);
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) total += end - t;
    t = end;
  }
  return total;
}

/**
 * Index of the step the contact is EXPECTED to be on now: the last step whose offset from enrollment
 * has passed. It is an expectation, not a fact: task steps can wait for the previous task to be done.
 */
export function expectedStepIndex(steps: { offsetMillis: number }[], enrolledAtIso: string, nowMs: number, eligibleFollowUpDays?: string): number {
  const enrolledAt = Date.parse(enrolledAtIso);
  if (!steps.length || !Number.isFinite(enrolledAt)) return -1;
  const elapsed = countedElapsed(enrolledAt, nowMs, eligibleFollowUpDays);
  let index = 0;
  for (let i = 0; i < steps.length; i++) if (steps[i].offsetMillis <= elapsed) index = i;
  return index;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * '2026-11-19' → 'Thu, Nov 19'. The date is already in the portal's time zone (the functions zoned it),
 * so it is read as a calendar date: no time-zone shift. Anything else comes back unchanged.
 */
export function formatStepDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return date; // 2026-02-30
  return `${WEEKDAYS[day.getUTCDay()]}, ${MONTHS[mo - 1]} ${d}`;
}

/** "Thu, Nov 19"; "After step 2 is done, earliest Thu, Nov 19"; "Earliest Thu, Nov 19" (an earlier step waits). */
export function stepWhenText(step: { expectedDate?: string; waitsForStep?: number; expectedDateIsEarliest?: boolean }): string | undefined {
  if (!step.expectedDate) return undefined;
  const when = formatStepDate(step.expectedDate);
  if (step.waitsForStep) return `After step ${step.waitsForStep} is done, earliest ${when}`;
  return step.expectedDateIsEarliest ? `Earliest ${when}` : when;
}

/**
 * Index of the step the contact is expected to be on, from the functions' dates: the last step whose
 * expectedDate is today or earlier (dates compare as strings in YYYY-MM-DD). -1 when no step is dated.
 * Unlike `expectedStepIndex` it follows HubSpot's rule (weekend days count; weekend steps move to Monday).
 */
export function expectedStepIndexFromDates(steps: { expectedDate?: string }[], today: string): number {
  let index = -1;
  steps.forEach((s, i) => {
    if (s.expectedDate && s.expectedDate <= today) index = i;
  });
  return index;
}
