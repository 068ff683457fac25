/** Delays: 0-1 (set time, day of week, time of day), 0-35 (until a date or date property), 0-29 (until an event). */
import { eventLabel } from '../filters';
import { arr, isObj, pick, str } from '../read';
import { brief, describeDate, describeDuration, describeTimeOfDay, humanizeProperty, humanizeValue, listOf } from '../words';
import { propertyWords, variantNamed, type ActionDescriber } from './shared';

/** Fields: delta + time_unit, days_of_week, time_of_day { hour, minute }. */
const delay: ActionDescriber = (fields, ctx) => {
  const id = ctx.actionTypeId;
  let name: string | undefined;
  const dur = describeDuration(fields.delta, fields.time_unit);
  const days = arr(fields.days_of_week ?? fields.day_of_week ?? fields.daysOfWeek).map((d) => humanizeValue(brief(d)));
  const time = describeTimeOfDay(fields.time_of_day);
  if (days.length) name = variantNamed(ctx.catalog, id, /day of week/i);
  else if (time && fields.delta === undefined) name = variantNamed(ctx.catalog, id, /time of day/i);
  const bits: string[] = [];
  if (dur && fields.delta !== undefined) bits.push(`Wait ${dur}`);
  if (days.length) bits.push(`${bits.length ? 'then until' : 'Wait until'} ${listOf(days, 7)}`);
  if (time) bits.push(`${bits.length ? 'at' : 'Wait until'} ${time}`);
  return { name, summary: bits.join(' ') || 'Wait' };
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

/** Fields: eventTypeId, expiration_delta + time_unit. */
const delayUntilEvent: ActionDescriber = (fields, ctx) => {
  const details: string[] = [];
  const ev = str(pick(fields, ['eventTypeId', 'event_type_id']));
  const summary = ev ? `Wait until ${eventLabel(ev, ctx.catalog)} happens` : 'Wait until an event happens';
  const expire = describeDuration(pick(fields, ['expiration_delta', 'delta']), fields.time_unit);
  if (expire && pick(fields, ['expiration_delta', 'delta']) !== undefined) details.push(`Gives up after ${expire}`);
  return { summary, details };
};

export const DELAY_DESCRIBERS: Record<string, ActionDescriber> = {
  '0-1': delay,
  '0-35': delayUntilDate,
  '0-29': delayUntilEvent,
};
