/**
 * Time zones by IANA name, through Intl: which names are valid, and the calendar day of an instant in a
 * zone. Pure, and imports nothing of the app: sequence schedules (server/sequences/schedule.ts), the
 * trigger check's dates (server/workflows/trigger-check/dates.ts) and function inputs (server/input) share it.
 */

/** True for an IANA zone name `Intl` knows ("America/New_York", "UTC"); false for anything else. */
export function isValidTimeZone(name: string): boolean {
  if (!name || name.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Intl's spelling of a valid zone ("america/new_york" → "America/New_York"). */
export function canonicalTimeZone(name: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date ("2026-11-19") and weekday (0 = Sunday) of an instant in a time zone. */
export function zonedDay(ms: number, timeZone: string): { date: string; weekday: number } {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday);
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday };
}
