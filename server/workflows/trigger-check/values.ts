/**
 * The contact's value of a property in words, as the rep knows it: option labels (and owner names) from
 * the same names the decoder shows, dates on the portal's calendar, Yes/No, numbers as numbers.
 */
import type { NameLookup } from '../../names/reference';
import { valueReference } from '../names';
import { isObj } from '../read';
import { operationType } from './operations';
import { contactDay, dayWords } from './dates';

const DATE_TYPES = new Set(['DATE', 'DATETIME', 'RANGED_DATE', 'ROLLING_DATE_RANGE', 'CALENDAR_DATE', 'COMPARATIVE_DATE', 'TIME_POINT', 'TIME_RANGED']);

export const NO_VALUE = 'no value';

export function valueWords(raw: string | null, operation: unknown, ctx: { objectTypeId: string; property: string; names: NameLookup; timeZone: string }): string {
  if (raw === null || raw.trim() === '') return NO_VALUE;
  const value = raw.trim();
  const op = isObj(operation) ? operation : {};
  const type = operationType(op);
  if (DATE_TYPES.has(type)) {
    const instant = op.requiresTimeZoneConversion === true;
    const d = contactDay(value, ctx.timeZone, instant);
    // A date (no time of its own) reads as the day alone; an instant with its time in the portal's zone.
    return d ? dayWords(d.day, d.at !== undefined && (instant || d.at % 86_400_000 !== 0) ? d.at : undefined, ctx.timeZone) : value;
  }
  if (type === 'BOOL') return value.toLowerCase() === 'true' ? 'Yes' : value.toLowerCase() === 'false' ? 'No' : value;
  if (type === 'NUMBER' || type === 'NUMBER_RANGED') {
    const n = Number(value);
    return Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: 6 }) : value;
  }
  // Options, owners, stages: each of a multiple-checkboxes value named on its own.
  const chosen = type === 'ENUMERATION' ? value.split(';').filter((v) => v.trim()) : [value];
  return chosen.map((v) => labelOf(v.trim(), ctx)).join(', ');
}

function labelOf(value: string, ctx: { objectTypeId: string; property: string; names: NameLookup }): string {
  const ref = valueReference(ctx.objectTypeId, ctx.property, value);
  const label = ctx.names.label(ref);
  if (label) return label;
  // An id the names wave did not read (the contact's owner is not one the workflow names): no id to the rep.
  if (ref.kind === 'owner') return 'another owner';
  if (ref.kind === 'pipeline' || ref.kind === 'pipelineStage') return 'another stage';
  return value;
}
