/**
 * One property filter's operation against the contact's value: met, not met, or unknown with why.
 * The operation types and operators are the ones HubSpot's filter model defines (automation-v4.json
 * Public*Operation; the operator lists are spelt out in crm-lists-2026-03.json, the same filter model):
 *   ALL_PROPERTY IS_KNOWN/IS_UNKNOWN · STRING/MULTISTRING equal, contains, starts/ends with · ENUMERATION any/none/
 *   exactly/contains all · NUMBER comparisons · NUMBER_RANGED/RANGED_DATE between · BOOL · DATE/DATETIME before/after/on ·
 *   ROLLING_DATE_RANGE x days ago/from now · CALENDAR_DATE this/last/next unit · TIME_POINT/TIME_RANGED ·
 *   COMPARATIVE_DATE/COMPARATIVE_STRING against another property.
 * History operators (HAS_EVER_…, UPDATED_IN_LAST…, COMPARATIVE_PROPERTY_UPDATED) need the property's history,
 * which the app does not read: unknown. Text compares without regard to case, as HubSpot's filters do
 * (HubSpot's knowledge base: "filters are not case-sensitive").
 */
import { isObj, str, type Json } from '../read';
import { contactDay, dateParts, dayFromIndex, dayIndex, dayIn, filterDay, type Day } from './dates';
import type { CheckResult } from './types';

export interface Outcome {
  result: CheckResult;
  why?: string;
}

export interface OperationEnv {
  now: number;
  timeZone: string;
  /** Another property of the contact (comparative operations); undefined when not read. */
  other(property: string): string | null | undefined;
}

const met = (ok: boolean): Outcome => ({ result: ok ? 'met' : 'not-met' });
const unknown = (why: string): Outcome => ({ result: 'unknown', why });
const HISTORY = "It depends on this property's past values, which HubSpot does not share with the app.";

const lower = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v).trim().toLowerCase() : '');
const valuesOf = (op: Json): string[] => [...(Array.isArray(op.values) ? op.values : []), ...(op.value !== undefined ? [op.value] : [])].map(lower);
/** A multiple checkboxes value is "a;b;c" in HubSpot's API. */
const parts = (raw: string) => raw.split(';').map(lower).filter(Boolean);

export function evaluateOperation(operation: unknown, raw: string | null, env: OperationEnv): Outcome {
  if (!isObj(operation)) return unknown('The app cannot read this criterion.');
  const op = operation;
  const operator = str(op.operator)?.toUpperCase() ?? '';
  const type = (str(op.operationType) ?? str(op.type) ?? '').toUpperCase();
  const value = raw === null || raw.trim() === '' ? null : raw.trim();

  if (operator === 'IS_KNOWN' || operator === 'HAS_PROPERTY') return met(value !== null);
  if (operator === 'IS_UNKNOWN' || operator === 'NOT_HAS_PROPERTY') return met(value === null);
  if (/^HAS_(EVER|NEVER)_/.test(operator) || /UPDATED_IN_LAST/.test(operator) || type === 'COMPARATIVE_PROPERTY_UPDATED' || type === 'ROLLING_PROPERTY_UPDATED') return unknown(HISTORY);
  // No value: only "is unknown" and operations that include records without a value can be met.
  if (value === null) return met(op.includeObjectsWithNoValueSet === true);

  switch (type) {
    case 'STRING':
    case 'MULTISTRING':
      return text(operator, lower(value), valuesOf(op));
    case 'ENUMERATION':
      return enumeration(operator, parts(value), valuesOf(op));
    case 'BOOL':
      return boolean(operator, lower(value), lower(op.value));
    case 'NUMBER':
      return number(operator, Number(value), Number(op.value));
    case 'NUMBER_RANGED':
      return between(operator, Number(value), Number(op.lowerBound), Number(op.upperBound));
    case 'COMPARATIVE_STRING':
      return comparative(op, env, (other) => text(operator, lower(value), [lower(other)]));
    default:
      return dateOperation(type, operator, op, value, env);
  }
}

function text(operator: string, v: string, targets: string[]): Outcome {
  if (!targets.length) return unknown('This criterion has no value to compare with.');
  switch (operator) {
    case 'IS_EQUAL_TO':
    case 'EQ':
    case 'CONTAINS_EXACTLY':
      return met(targets.includes(v));
    case 'IS_NOT_EQUAL_TO':
    case 'NEQ':
    case 'DOES_NOT_CONTAIN_EXACTLY':
      return met(!targets.includes(v));
    case 'CONTAINS':
      return met(targets.some((t) => v.includes(t)));
    case 'DOES_NOT_CONTAIN':
      return met(!targets.some((t) => v.includes(t)));
    case 'STARTS_WITH':
      return met(targets.some((t) => v.startsWith(t)));
    case 'ENDS_WITH':
      return met(targets.some((t) => v.endsWith(t)));
    default:
      return unsupported(operator);
  }
}

function enumeration(operator: string, chosen: string[], targets: string[]): Outcome {
  const has = (t: string) => chosen.includes(t);
  const same = chosen.length === targets.length && targets.every(has);
  switch (operator) {
    case 'IS_ANY_OF':
    case 'IS_EQUAL_TO':
    case 'EQ':
      return met(targets.some(has));
    case 'IS_NONE_OF':
    case 'IS_NOT_EQUAL_TO':
    case 'NEQ':
      return met(!targets.some(has));
    case 'IS_EXACTLY':
      return met(same);
    case 'IS_NOT_EXACTLY':
      return met(!same);
    case 'CONTAINS_ALL':
      return met(targets.every(has));
    case 'DOES_NOT_CONTAIN_ALL':
      return met(!targets.every(has));
    default:
      return unsupported(operator);
  }
}

function boolean(operator: string, v: string, target: string): Outcome {
  if (operator === 'IS_TRUE') return met(v === 'true');
  if (operator === 'IS_FALSE') return met(v === 'false');
  if (operator === 'IS_EQUAL_TO' || operator === 'EQ') return met(v === target);
  if (operator === 'IS_NOT_EQUAL_TO' || operator === 'NEQ') return met(v !== target);
  return unsupported(operator);
}

function number(operator: string, v: number, target: number): Outcome {
  if (!Number.isFinite(v)) return unknown("The contact's value is not a number.");
  if (!Number.isFinite(target)) return unknown('This criterion has no number to compare with.');
  const cmp = compare(operator, v, target);
  return cmp ?? unsupported(operator);
}

/** The ordering operators, shared by numbers and days. */
function compare<T extends number | string>(operator: string, v: T, target: T): Outcome | undefined {
  switch (operator) {
    case 'IS_EQUAL_TO':
    case 'EQ':
      return met(v === target);
    case 'IS_NOT_EQUAL_TO':
    case 'NEQ':
      return met(v !== target);
    case 'IS_GREATER_THAN':
    case 'IS_AFTER':
    case 'IS_AFTER_DATE':
      return met(v > target);
    case 'IS_GREATER_THAN_OR_EQUAL_TO':
      return met(v >= target);
    case 'IS_LESS_THAN':
    case 'IS_BEFORE':
    case 'IS_BEFORE_DATE':
      return met(v < target);
    case 'IS_LESS_THAN_OR_EQUAL_TO':
      return met(v <= target);
    default:
      return undefined;
  }
}

/** Bounds included, as HubSpot's "is between" reads in the editor. */
function between<T extends number | string>(operator: string, v: T | number, lo: T | number, hi: T | number): Outcome {
  if ([v, lo, hi].some((x) => typeof x === 'number' && !Number.isFinite(x))) return unknown('The app cannot read the range of this criterion.');
  const inside = v >= lo && v <= hi;
  if (operator === 'IS_BETWEEN') return met(inside);
  if (operator === 'IS_NOT_BETWEEN') return met(!inside);
  return unsupported(operator);
}

function comparative(op: Json, env: OperationEnv, then: (other: string) => Outcome): Outcome {
  const name = str(op.comparisonPropertyName);
  const other = name ? env.other(name) : undefined;
  if (other === undefined) return unknown('The app could not read the property this one is compared with.');
  if (other === null || other.trim() === '') {
    const fallback = str(op.defaultComparisonValue);
    return fallback === undefined ? met(op.includeObjectsWithNoValueSet === true) : then(fallback);
  }
  return then(other);
}

function dateOperation(type: string, operator: string, op: Json, value: string, env: OperationEnv): Outcome {
  const v = contactDay(value, env.timeZone);
  if (!v) return unknown("The contact's value is not a date.");
  const today = dayIn(env.now, env.timeZone);
  const n = Number(op.numberOfDays);
  switch (type) {
    case 'DATE': {
      const day = dateParts(op.year, op.month, op.day);
      return day ? (compare(operator, v.day, day) ?? unsupported(operator)) : unknown('The app cannot read the date of this criterion.');
    }
    case 'DATETIME': {
      const ts = Number(op.timestamp);
      if (!Number.isFinite(ts)) return unknown('The app cannot read the date of this criterion.');
      return compare(operator, v.day, filterDay(ts, op.requiresTimeZoneConversion, env.timeZone)) ?? unsupported(operator);
    }
    case 'RANGED_DATE': {
      const lo = filterDay(Number(op.lowerBound), op.requiresTimeZoneConversion, env.timeZone);
      const hi = filterDay(Number(op.upperBound), op.requiresTimeZoneConversion, env.timeZone);
      return Number.isFinite(Number(op.lowerBound)) && Number.isFinite(Number(op.upperBound)) ? between(operator, v.day, lo, hi) : unknown('The app cannot read the range of this criterion.');
    }
    case 'ROLLING_DATE_RANGE':
      return Number.isInteger(n) && n >= 0 ? rolling(operator, dayIndex(v.day) - dayIndex(today), n) : unknown('The app cannot read the number of days of this criterion.');
    case 'CALENDAR_DATE':
      return calendar(operator, op, v.day, today);
    case 'COMPARATIVE_DATE':
      return comparative(op, env, (other) => {
        const o = contactDay(other, env.timeZone);
        return o ? (compare(operator, v.day, o.day) ?? unsupported(operator)) : unknown('The other date could not be read.');
      });
    case 'TIME_POINT': {
      const at = timePoint(op.timePoint, env, today);
      return at ? (compare(operator, v.day, at) ?? unsupported(operator)) : unknown('The app cannot read the date of this criterion.');
    }
    case 'TIME_RANGED': {
      const lo = timePoint(op.lowerBoundTimePoint, env, today);
      const hi = timePoint(op.upperBoundTimePoint, env, today);
      return lo && hi ? between(operator, v.day, lo, hi) : unknown('The app cannot read the range of this criterion.');
    }
    default:
      return unknown(`The app does not check criteria of this kind (${type ? type.toLowerCase().replace(/_/g, ' ') : 'unnamed'}).`);
  }
}

/**
 * "less than N days ago" and friends, counted in calendar days of the portal's zone (offset = value − today).
 * On the day exactly N days away HubSpot's time of day decides, which the app does not know: unknown.
 */
function rolling(operator: string, offset: number, n: number): Outcome {
  const edge = unknown(`The date is exactly ${n} days away: whether it counts depends on the time of day HubSpot checks it.`);
  switch (operator) {
    case 'IS_LESS_THAN_X_DAYS_AGO':
      return offset === -n ? edge : met(offset <= 0 && offset > -n);
    case 'IS_MORE_THAN_X_DAYS_AGO':
      return offset === -n ? edge : met(offset < -n);
    case 'IS_LESS_THAN_X_DAYS_FROM_NOW':
      return offset === n ? edge : met(offset >= 0 && offset < n);
    case 'IS_MORE_THAN_X_DAYS_FROM_NOW':
      return offset === n ? edge : met(offset > n);
    default:
      return unsupported(operator);
  }
}

/** This / last / next day, month, quarter or year (calendar, not fiscal); weeks depend on the account's first weekday. */
function calendar(operator: string, op: Json, day: Day, today: Day): Outcome {
  const unit = str(op.timeUnit)?.toUpperCase() ?? '';
  if (op.useFiscalYear === true) return unknown("It depends on the account's fiscal year, which the app does not read.");
  const span = unitSpan(unit);
  if (!span) return unknown(unit === 'WEEK' ? "It depends on the account's first day of the week, which the app does not read." : 'The app does not check this period.');
  const count = Number.isInteger(op.timeUnitCount) && (op.timeUnitCount as number) > 0 ? (op.timeUnitCount as number) : 1;
  const here = span.index(today);
  const at = span.index(day);
  switch (operator) {
    case 'IN_THIS_TIME_UNIT':
      return met(at === here);
    case 'IN_THIS_TIME_UNIT_SO_FAR':
      return met(at === here && day <= today);
    case 'IN_LAST_TIME_UNIT':
      return met(at < here && at >= here - count);
    case 'IN_NEXT_TIME_UNIT':
      return met(at > here && at <= here + count);
    default:
      return unsupported(operator);
  }
}

function unitSpan(unit: string): { index(day: Day): number } | undefined {
  const ym = (d: Day) => ({ y: Number(d.slice(0, 4)), m: Number(d.slice(5, 7)) - 1 });
  if (unit === 'DAY') return { index: dayIndex };
  if (unit === 'MONTH') return { index: (d) => ym(d).y * 12 + ym(d).m };
  if (unit === 'QUARTER') return { index: (d) => ym(d).y * 4 + Math.floor(ym(d).m / 3) };
  if (unit === 'YEAR') return { index: (d) => ym(d).y };
  return undefined;
}

/** A time point as a day: a date (PublicDatePoint; month counted from 1) or today/now with a day offset. */
function timePoint(point: unknown, env: OperationEnv, today: Day): Day | undefined {
  if (!isObj(point)) return undefined;
  const kind = str(point.timeType)?.toUpperCase();
  if (kind === 'DATE') return dateParts(point.year, point.month, point.day);
  if (kind === 'INDEXED' && isObj(point.indexReference)) {
    const ref = str(point.indexReference.referenceType)?.toUpperCase();
    if (ref !== 'TODAY' && ref !== 'NOW') return undefined;
    const offset = isObj(point.offset) ? point.offset : {};
    const keys = Object.keys(offset).filter((k) => offset[k] !== 0 && offset[k] !== undefined);
    if (keys.some((k) => k !== 'days' && k !== 'weeks')) return undefined; // months/years: calendar arithmetic the app does not guess
    return dayFromIndex(dayIndex(today) + (Number(offset.days) || 0) + 7 * (Number(offset.weeks) || 0));
  }
  if (kind === 'PROPERTY_REFERENCED') {
    const name = str(point.property);
    const other = name ? env.other(name) : undefined;
    return other ? contactDay(other, env.timeZone)?.day : undefined;
  }
  return undefined;
}

function unsupported(operator: string): Outcome {
  return unknown(`The app does not check "${operator.toLowerCase().replace(/_/g, ' ')}" criteria yet.`);
}
