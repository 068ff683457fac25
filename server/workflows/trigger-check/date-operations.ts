/**
 * Date and datetime operations (automation-v4.json DATE, DATETIME, RANGED_DATE, ROLLING_DATE_RANGE,
 * CALENDAR_DATE, COMPARATIVE_DATE, TIME_POINT, TIME_RANGED), on calendar days of the portal's zone (./dates.ts).
 */
import { isObj, str, type Json } from '../read';
import { contactDay, dateParts, dayFromIndex, dayIndex, dayIn, filterDay, type Day } from './dates';
import { between, compare, comparative, met, unknown, unsupported, type OperationEnv, type Outcome } from './outcome';

export function dateOperation(type: string, operator: string, op: Json, value: string, env: OperationEnv): Outcome {
  const v = contactDay(value, env.timeZone, op.requiresTimeZoneConversion === true);
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
      return Number.isFinite(Number(op.lowerBound)) && Number.isFinite(Number(op.upperBound))
        ? between(operator, v.day, lo, hi)
        : unknown('The app cannot read the range of this criterion.');
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
