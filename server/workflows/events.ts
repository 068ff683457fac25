/**
 * Event triggers in HubSpot's words: what happened to what. An event filter branch (UNIFIED_EVENTS) is
 * read here into a head ("Org type changed (new value is known)", "Company is created", "Submitted form
 * Contact us") and the filters left over, which filters.ts words as conditions. No event type id and no
 * event-internal property name (`hs_name`, `hs_value`, `hs_form_id`) reaches the words: the ids stay in
 * the advanced details (`eventTypeIds`).
 *
 * Event type ids from seed 002's event table (server/workflows/catalog-data.ts); the property-change
 * event's filters (`hs_name` = the property's internal name, `hs_value` = its new value) as live portals
 * send them (shared/realdata/flows-v4, the AusGTM and UDEP flows).
 */
import type { DecodeContext } from './context';
import { objectSingular } from './describers/shared';
import { valueReference } from './names';
import { arr, isObj, str, type Json } from './read';
import { brief, describeOperator, humanizeProperty, humanizeValue, orList } from './words';

export const PROPERTY_CHANGED_EVENT = '4-655002';
export const OBJECT_CREATED_EVENT = '4-1463224';
export const FORM_SUBMISSION_EVENT = '4-1639801';

export interface EventWords {
  /** What happened, to what: "Org type changed (new value is known)". */
  head: string;
  /** The event's other filters, worded by the caller as conditions on the event. */
  rest: unknown[];
}

const filterOn = (f: unknown, property: string): f is Json & { operation: Json } => isObj(f) && str(f.property) === property && isObj(f.operation);
const valuesOf = (op: Json): string[] => [...arr(op.values), ...(op.value !== undefined ? [op.value] : [])].map((v) => str(v)).filter((v): v is string => !!v);
const EQUALS = new Set(['IS_ANY_OF', 'IS_EQUAL_TO', 'EQ']);

/** The head of an event branch and its leftover filters; the catalog's name of the event otherwise. */
export function eventWords(eventTypeId: string | undefined, filters: unknown[], ctx: DecodeContext): EventWords {
  if (eventTypeId === PROPERTY_CHANGED_EVENT) return propertyChanged(filters, ctx) ?? { head: 'A property value changed', rest: filters };
  if (eventTypeId === OBJECT_CREATED_EVENT) return { head: `${objectSingular(ctx, ctx.objectTypeId, true)} is created`, rest: filters };
  if (eventTypeId === FORM_SUBMISSION_EVENT) return submittedForm(filters, ctx);
  return { head: eventName(eventTypeId, ctx), rest: filters };
}

/** The catalog's name of an event type ("Opened email"), never its id. */
export function eventName(eventTypeId: string | undefined, ctx: DecodeContext): string {
  const e = eventTypeId ? ctx.catalog.event(eventTypeId) : undefined;
  if (e) return e.name;
  return eventTypeId?.startsWith('6-') ? 'A custom event' : 'An event of a type this app does not know';
}

/**
 * `hs_name` names the property (of the enrolled object) that changed, `hs_value` its new value:
 * "Org type changed", "… to Broadcaster", "… (new value is known)". Undefined when hs_name is missing.
 */
function propertyChanged(filters: unknown[], ctx: DecodeContext): EventWords | undefined {
  const nameFilter = filters.find((f) => filterOn(f, 'hs_name'));
  if (!nameFilter || !filterOn(nameFilter, 'hs_name')) return undefined;
  const properties = valuesOf(nameFilter.operation);
  if (!properties.length || !EQUALS.has(str(nameFilter.operation.operator)?.toUpperCase() ?? '')) return undefined;
  const objectTypeId = ctx.objectTypeId;
  const labels = properties.map((p) => ctx.names.name({ kind: 'property', objectTypeId, property: p }, humanizeProperty(p)));
  let head = `${orList(labels)} changed`;
  const valueFilter = filters.find((f) => filterOn(f, 'hs_value'));
  if (valueFilter && filterOn(valueFilter, 'hs_value')) {
    const op = valueFilter.operation;
    const operator = str(op.operator)?.toUpperCase() ?? '';
    // An option of the changed property (one property named): its label, like the branch values.
    const value = (v: string) => (properties.length === 1 ? ctx.names.name(valueReference(objectTypeId, properties[0], v), humanizeValue(brief(v, 60))) : brief(v, 60));
    const values = valuesOf(op).map(value);
    if (operator === 'IS_KNOWN' || operator === 'HAS_PROPERTY') head += ' (new value is known)';
    else if (operator === 'IS_UNKNOWN' || operator === 'NOT_HAS_PROPERTY') head += ' (new value is empty)';
    else if (EQUALS.has(operator) && values.length) head += ` to ${orList(values)}`;
    else head += ` (new value ${describeOperator(operator)}${values.length ? ` ${orList(values)}` : ''})`;
  }
  return { head, rest: filters.filter((f) => f !== nameFilter && f !== valueFilter) };
}

/** HubSpot's form submission event: its `hs_form_id` filter is the form itself. */
function submittedForm(filters: unknown[], ctx: DecodeContext): EventWords {
  const formFilter = filters.find((f) => filterOn(f, 'hs_form_id'));
  if (!formFilter || !filterOn(formFilter, 'hs_form_id')) return { head: 'Submitted a form', rest: filters };
  const op = formFilter.operation;
  const ids = valuesOf(op);
  if (!EQUALS.has(str(op.operator)?.toUpperCase() ?? '') || op.includeObjectsWithNoValueSet === true || !ids.length) return { head: 'Submitted a form', rest: filters };
  const names = ids.map((id) => ctx.names.name({ kind: 'form', id }, id));
  return { head: `Submitted form ${orList(names)}`, rest: filters.filter((f) => f !== formFilter) };
}
