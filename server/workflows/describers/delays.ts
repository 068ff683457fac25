/** Delays: 0-1 (set time, day of week, time of day), 0-35 (until a date or date property), 0-29 (until an event). */
import { describeFilterBranch, eventLabel } from '../filters';
import { arr, isObj, pick, str } from '../read';
import { brief, describeDate, describeDuration, describeTimeOfDay, humanizeProperty, humanizeValue, orList } from '../words';
import { propertyWords, variantNamed, type ActionDescriber } from './shared';

/**
 * Fields: delta + time_unit, days_of_week, time_of_day { hour, minute }. Live portals send a delay to a
 * weekday as delta "0" plus days_of_week (shared/realdata/flows-v4 README): "Wait until the next Tuesday".
 */
const delay: ActionDescriber = (fields, ctx) => {
  const id = ctx.actionTypeId;
  let name: string | undefined;
  const dur = Number(fields.delta) ? describeDuration(fields.delta, fields.time_unit) : null;
  const days = arr(fields.days_of_week ?? fields.day_of_week ?? fields.daysOfWeek).map((d) => humanizeValue(brief(d)));
  const time = describeTimeOfDay(fields.time_of_day);
  if (days.length) name = variantNamed(ctx.catalog, id, /day of week/i);
  else if (time && !dur) name = variantNamed(ctx.catalog, id, /time of day/i);
  const bits: string[] = [];
  if (dur) bits.push(`Wait ${dur}`);
  if (days.length) bits.push(`${bits.length ? ', then until' : 'Wait until'} the next ${orList(days)}`);
  if (time) bits.push(`${bits.length ? ' at' : 'Wait until'} ${time}`);
  // A zero delay (delta "0" and nothing else) does not wait at all.
  return { name, summary: bits.join('') || (fields.delta !== undefined ? 'No delay: continues at once' : 'Wait') };
};

/** Fields: date (STATIC_VALUE ms, or OBJECT_PROPERTY propertyName), delta + time_unit offset, time_of_day. */
const delayUntilDate: ActionDescriber = (fields, ctx) => {
  const id = ctx.actionTypeId;
  let name: string | undefined;
  let summary: string;
  const date = isObj(fields.date) ? fields.date : undefined;
  const time = describeTimeOfDay(fields.time_of_day);
  const offset = Number(fields.delta) ? describeDuration(Math.abs(Number(fields.delta)), fields.time_unit) : null;
  if (date && (str(date.type)?.toUpperCase() === 'OBJECT_PROPERTY' || date.propertyName !== undefined)) {
    name = variantNamed(ctx.catalog, id, /date property/i);
    const property = str(date.propertyName);
    const prop = property ? propertyWords(ctx, property) : humanizeProperty('a date property');
    summary = `Wait until ${offset ? `${offset} ${Number(fields.delta) < 0 ? 'before' : 'after'} ` : ''}the record's ${prop}`;
  } else if (date) {
    name = variantNamed(ctx.catalog, id, /calendar date/i);
    summary = `Wait until ${describeDate(date.staticValue) ?? brief(date.staticValue)}`;
    if (offset) summary += ` (${offset} ${Number(fields.delta) < 0 ? 'before' : 'after'})`;
  } else {
    const dur = describeDuration(fields.delta, fields.time_unit);
    summary = dur ? `Wait ${dur}` : 'Wait until a date';
  }
  if (time) summary += ` at ${time}`;
  return { name, summary };
};

/**
 * Fields: event_filter_branches (the events waited for, as trigger filter branches) and
 * expiration_minutes (a string in live portals); older shapes: eventTypeId, expiration_delta + time_unit.
 */
const delayUntilEvent: ActionDescriber = (fields, ctx) => {
  const branches = arr(pick(fields, ['event_filter_branches', 'eventFilterBranches']));
  const ev = str(pick(fields, ['eventTypeId', 'event_type_id']));
  const events = branches.length ? branches.map((b) => describeFilterBranch(b, ctx.catalog, 0, [], ctx)) : ev ? [eventLabel(ev, ctx.catalog)] : [];
  const minutes = pick(fields, ['expiration_minutes']);
  const expiry =
    minutes !== undefined
      ? describeDuration(minutes, 'MINUTES')
      : pick(fields, ['expiration_delta', 'delta']) !== undefined
        ? describeDuration(pick(fields, ['expiration_delta', 'delta']), fields.time_unit)
        : null;
  const what = events.length ? `Wait until ${orList(events)}` : 'Wait until an event happens';
  return { summary: expiry && Number(minutes ?? pick(fields, ['expiration_delta', 'delta'])) ? `${what}, or ${expiry} ${/^1 /.test(expiry) ? 'passes' : 'pass'}` : what };
};

export const DELAY_DESCRIBERS: Record<string, ActionDescriber> = {
  '0-1': delay,
  '0-35': delayUntilDate,
  '0-29': delayUntilEvent,
};
