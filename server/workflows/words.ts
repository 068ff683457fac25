/** Small wording helpers for the decoder: property names, values, durations, operators. Pure. */

/** Labels HubSpot shows for common default properties whose internal names do not split into words. */
const PROPERTY_LABELS: Record<string, string> = {
  lifecyclestage: 'Lifecycle stage',
  annualrevenue: 'Annual revenue',
  closedate: 'Close date',
  createdate: 'Create date',
  dealstage: 'Deal stage',
  dealname: 'Deal name',
  firstname: 'First name',
  lastname: 'Last name',
  jobtitle: 'Job title',
  hubspot_owner_id: 'Contact owner',
  hs_form_id: 'Form',
  hs_pipeline_stage: 'Pipeline stage',
  hs_lead_status: 'Lead status',
  hs_task_priority: 'Task priority',
  hs_object_id: 'Record ID',
  zip: 'Postal code',
};

/** `hs_lead_status` → "Lead status", `my_custom_prop` → "My custom prop", `lifecyclestage` → "Lifecycle stage". */
export function humanizeProperty(name: string): string {
  const known = PROPERTY_LABELS[name.toLowerCase()];
  if (known) return known;
  const words = name
    .replace(/^hs_/i, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  if (!words.length) return name;
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Enum-like values (`IN_PROGRESS`, `TODO`, an option's internal `governing_body_league`) → "In progress",
 * "Todo", "Governing body league": the fallback when HubSpot's option label is not known. Anything else
 * is kept as typed.
 */
export function humanizeValue(value: string): string {
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(value) || /^[a-z][a-z0-9]*(_[a-z0-9]+)+$/.test(value)) {
    const text = value.replace(/_/g, ' ').toLowerCase();
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  return value;
}

const UNIT_MINUTES: Record<string, number> = { MINUTES: 1, HOURS: 60, DAYS: 1440, WEEKS: 10080 };

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** `delta` in `time_unit` → "1 day", "12 hours", "1 day 6 hours", "90 seconds". */
export function describeDuration(delta: unknown, unit: unknown): string | null {
  const n = Number(delta);
  if (!Number.isFinite(n)) return null;
  const u = typeof unit === 'string' ? unit.toUpperCase() : 'MINUTES';
  if (u === 'SECONDS') return plural(n, 'second');
  const perUnit = UNIT_MINUTES[u];
  if (perUnit === undefined) return `${n} ${u.toLowerCase()}`;
  let minutes = Math.round(n * perUnit);
  if (minutes === 0) return '0 minutes';
  const parts: string[] = [];
  const weeks = minutes % 10080 === 0 && minutes >= 10080 ? minutes / 10080 : 0;
  if (weeks) return plural(weeks, 'week');
  const days = Math.floor(minutes / 1440);
  minutes -= days * 1440;
  const hours = Math.floor(minutes / 60);
  minutes -= hours * 60;
  if (days) parts.push(plural(days, 'day'));
  if (hours) parts.push(plural(hours, 'hour'));
  if (minutes) parts.push(plural(minutes, 'minute'));
  return parts.join(' ');
}

/** A unix-ms timestamp → "27 Jun 2024" (UTC; the workflow runs in the portal's time zone). */
export function describeDate(ms: unknown): string | null {
  const n = Number(ms);
  if (!Number.isFinite(n) || n <= 0) return null;
  const d = new Date(n);
  if (Number.isNaN(d.getTime())) return null;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function describeTimeOfDay(t: unknown): string | null {
  if (!t || typeof t !== 'object') return null;
  const { hour, minute } = t as { hour?: unknown; minute?: unknown };
  if (typeof hour !== 'number') return null;
  const mm = typeof minute === 'number' ? minute : 0;
  return `${String(hour).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

const OPERATORS: Record<string, string> = {
  IS_ANY_OF: 'is any of',
  IS_NONE_OF: 'is none of',
  IS_EQUAL_TO: 'is equal to',
  IS_NOT_EQUAL_TO: 'is not equal to',
  EQ: 'is equal to',
  NEQ: 'is not equal to',
  CONTAINS: 'contains',
  DOES_NOT_CONTAIN: 'does not contain',
  CONTAINS_ALL: 'contains all of',
  DOES_NOT_CONTAIN_ALL: 'does not contain all of',
  STARTS_WITH: 'starts with',
  ENDS_WITH: 'ends with',
  IS_KNOWN: 'is known',
  IS_UNKNOWN: 'is unknown',
  HAS_PROPERTY: 'is known',
  NOT_HAS_PROPERTY: 'is unknown',
  IS_GREATER_THAN: 'is greater than',
  IS_GREATER_THAN_OR_EQUAL_TO: 'is greater than or equal to',
  IS_LESS_THAN: 'is less than',
  IS_LESS_THAN_OR_EQUAL_TO: 'is less than or equal to',
  IS_BETWEEN: 'is between',
  IS_NOT_BETWEEN: 'is not between',
  IS_BEFORE: 'is before',
  IS_AFTER: 'is after',
  IS_BEFORE_DATE: 'is before',
  IS_AFTER_DATE: 'is after',
  IS_EXACTLY: 'is exactly',
  IS_NOT_EXACTLY: 'is not exactly',
  HAS_EVER_BEEN_EQUAL_TO: 'has ever been equal to',
  HAS_NEVER_BEEN_EQUAL_TO: 'has never been equal to',
  HAS_EVER_BEEN_ANY_OF: 'has ever been any of',
  HAS_NEVER_BEEN_ANY_OF: 'has never been any of',
  HAS_EVER_CONTAINED: 'has ever contained',
  HAS_NEVER_CONTAINED: 'has never contained',
  IS_TRUE: 'is true',
  IS_FALSE: 'is false',
  IN_LIST: 'is in list',
  NOT_IN_LIST: 'is not in list',
  HAS_COMPLETED: 'has completed',
  HAS_NOT_COMPLETED: 'has not completed',
  UPDATED_IN_LAST: 'was updated in the last',
};

/** `IS_ANY_OF` → "is any of"; unknown operators are spelled out in lower case. */
export function describeOperator(op: unknown): string {
  if (typeof op !== 'string' || !op) return 'matches';
  return OPERATORS[op.toUpperCase()] ?? op.replace(/_/g, ' ').toLowerCase();
}

/** A short, safe rendering of an arbitrary value for summaries. */
export function brief(value: unknown, max = 80): string {
  let text: string;
  if (value === null || value === undefined) text = '(empty)';
  else if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else if (Array.isArray(value)) text = value.map((v) => brief(v, max)).join(', ');
  else text = JSON.stringify(value);
  text = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "A, B or C" ("and" for all-of lists); past `max` items cut as listOf does ("A, B and 7 more"). */
export function orList(items: string[], conjunction: 'or' | 'and' = 'or', max = Infinity): string {
  if (items.length > max) return listOf(items, max);
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export function listOf(values: string[], max = 5): string {
  if (values.length <= max) return values.join(', ');
  return `${values.slice(0, max).join(', ')} and ${values.length - max} more`;
}
