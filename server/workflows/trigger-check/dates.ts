/**
 * Calendar days for the trigger check, in the portal's time zone: a date filter is met or not on the
 * day the rep sees, so a datetime is placed on its day in that zone (server/time/zones.ts), and a date
 * property (HubSpot stores it as midnight UTC, or the API sends "2024-06-27") is that calendar day as is.
 */
import { zonedDay } from '../../time/zones';

/** 'YYYY-MM-DD': compares as text, and counts in days through dayIndex. */
export type Day = string;

const DAY_MS = 86_400_000;

export const dayIndex = (day: Day): number => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
export const dayFromIndex = (index: number): Day => new Date(index * DAY_MS).toISOString().slice(0, 10);
export const utcDay = (ms: number): Day => new Date(ms).toISOString().slice(0, 10);
export const dayIn = (ms: number, timeZone: string): Day => zonedDay(ms, timeZone).date;

/**
 * A contact's date or datetime value: its day in the portal's zone; `at` for a datetime. Undefined when unreadable.
 * `instant`: the filter says the property holds instants (`requiresTimeZoneConversion: true`); otherwise a value at
 * midnight UTC exactly is read as a date property (how HubSpot stores those): that calendar day, in any zone.
 */
export function contactDay(raw: string, timeZone: string, instant = false): { day: Day; at?: number } | undefined {
  const text = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { day: text };
  const ms = /^-?\d{1,15}$/.test(text) ? Number(text) : Date.parse(text);
  if (!Number.isFinite(ms)) return undefined;
  if (ms % DAY_MS === 0 && !instant) return { day: utcDay(ms), at: ms };
  return { day: dayIn(ms, timeZone), at: ms };
}

/**
 * A filter's timestamp as a day: `requiresTimeZoneConversion` (automation-v4.json DATETIME / RANGED_DATE
 * operations) says the instant is to be read in the portal's zone; otherwise it is a date at midnight UTC.
 */
export function filterDay(ms: number, requiresTimeZoneConversion: unknown, timeZone: string): Day {
  return requiresTimeZoneConversion === true ? dayIn(ms, timeZone) : utcDay(ms);
}

const MONTHS = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'];

/** The DATE operation's {year, month, day}: month is a string in the spec ("JANUARY" or "1"). */
export function dateParts(year: unknown, month: unknown, day: unknown): Day | undefined {
  const y = Number(year);
  const d = Number(day);
  const m = typeof month === 'string' && MONTHS.includes(month.toUpperCase()) ? MONTHS.indexOf(month.toUpperCase()) + 1 : Number(month);
  if (![y, m, d].every(Number.isInteger) || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const formatter = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' });
const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** "Jun 27, 2024"; with `at` and a zone, "Jun 27, 2024, 9:30 AM" (a datetime the rep reads in the portal's zone). */
export function dayWords(day: Day, at?: number, timeZone?: string): string {
  const date = formatter.format(new Date(dayIndex(day) * DAY_MS));
  if (at === undefined || !timeZone) return date;
  let f = timeFormatters.get(timeZone);
  if (!f) timeFormatters.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' })));
  return `${date}, ${f.format(new Date(at))}`;
}
