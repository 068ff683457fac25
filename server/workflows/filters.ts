/**
 * Filters in words: the enrollment criteria's and the list branches' filter groups, as one line and
 * as an outline. Every property, value, list, form and association type shown is a named reference.
 */
import type { Catalog } from './catalog';
import { contextFor, type DecodeContext } from './context';
import { associationWords, objectPlural } from './describers/shared';
import { eventName, eventWords } from './events';
import { valueReference } from './names';
import { arr, isObj, str } from './read';
import type { TriggerLine } from './types';
import { brief, describeOperator, humanizeProperty, humanizeValue, orList } from './words';

/** The operator and its values; a value of a property is a reference (an option, an owner, a stage…). */
function describeOperation(op: unknown, property: string | undefined, ctx: DecodeContext): string {
  if (!isObj(op)) return 'matches';
  const named = (v: unknown) => {
    const text = brief(v, 60);
    const id = str(v);
    return property && id ? ctx.names.name(valueReference(ctx.objectTypeId, property, id), text) : text;
  };
  const words = describeOperator(op.operator);
  const values: string[] = [];
  if (Array.isArray(op.values)) values.push(...op.values.map(named));
  if (op.value !== undefined) values.push(named(op.value));
  const range = op.lowerBound !== undefined && op.upperBound !== undefined;
  if (range) values.push(`${brief(op.lowerBound, 60)} and ${brief(op.upperBound, 60)}`);
  else for (const k of ['lowerBound', 'upperBound']) if (op[k] !== undefined) values.push(brief(op[k], 60));
  if (op.timestamp !== undefined) values.push(brief(op.timestamp, 60));
  // "is any of A, B or C"; "contains all of A, B and C"; long lists cut ("… and 7 more").
  const joined = orList(values, /ALL/i.test(str(op.operator) ?? '') ? 'and' : 'or', 5);
  const tail = values.length ? ` ${joined}` : '';
  const noValue = op.includeObjectsWithNoValueSet === true ? ' (or has no value)' : '';
  return `${words}${tail}${noValue}`;
}

export function describeFilter(f: unknown, catalog: Catalog, ctx: DecodeContext = contextFor(catalog)): string {
  if (!isObj(f)) return 'an unreadable filter';
  const type = str(f.filterType)?.toUpperCase() ?? 'PROPERTY';
  if (type === 'PROPERTY' || (f.property !== undefined && f.operation !== undefined)) {
    const property = str(f.property);
    const label = property ? ctx.names.name({ kind: 'property', objectTypeId: ctx.objectTypeId, property }, humanizeProperty(property)) : 'A property';
    return `${label} ${describeOperation(f.operation, property, ctx)}`;
  }
  if (type === 'IN_LIST') {
    const op = str(f.operator)?.toUpperCase();
    const listId = str(f.listId);
    const list = listId ? `list ${ctx.names.name({ kind: 'list', id: listId }, listId)}` : 'a list';
    if (ctx.listMembershipChange) return `${op === 'NOT_IN_LIST' ? 'Removed from' : 'Added to'} ${list}`;
    return `${op === 'NOT_IN_LIST' ? 'Not in' : 'In'} ${list}`;
  }
  if (type === 'FORM_SUBMISSION') {
    const formId = str(f.formId);
    const form = formId ? `form ${ctx.names.name({ kind: 'form', id: formId }, formId)}` : 'any form';
    const op = str(f.operator)?.toUpperCase();
    if (op === 'NOT_FILLED_OUT') return `Has not filled out ${form}`;
    return op && op !== 'FILLED_OUT' ? `Submitted ${form} (${describeOperator(op)})` : `Filled out ${form}`;
  }
  if (type === 'PAGE_VIEW') return str(f.pageUrl) ? `Viewed page ${str(f.pageUrl)}` : 'Viewed a page';
  if (type === 'CONSTANT') return f.shouldAccept === false ? 'Never' : 'Always';
  const rest = Object.entries(f)
    .filter(([k]) => k !== 'filterType')
    .slice(0, 3)
    .map(([k, v]) => `${k} ${brief(v, 40)}`);
  return `${humanizeValue(type)} filter${rest.length ? ` (${rest.join(', ')})` : ''}`;
}

/** An event type by its catalog name ("Opened email"); its id stays in the advanced details. */
export function eventLabel(eventTypeId: string | undefined, catalog: Catalog): string {
  return eventTypeId ? eventName(eventTypeId, contextFor(catalog)) : 'An event';
}

/**
 * A filter branch in one line and as an outline. Groups with a single member collapse into it, so a
 * typical OR(AND(filter)) reads "city is equal to Dublin" rather than "((…))".
 */
export function describeFilterBranch(branch: unknown, catalog: Catalog, depth = 0, lines: TriggerLine[] = [], ctx: DecodeContext = contextFor(catalog)): string {
  if (!isObj(branch)) return 'no criteria';
  const type = str(branch.filterBranchType)?.toUpperCase() ?? 'AND';
  const filters = arr(branch.filters);
  const children = arr(branch.filterBranches);

  if (type === 'UNIFIED_EVENTS') {
    const eventTypeId = str(branch.eventTypeId);
    const { head: what, rest } = eventWords(eventTypeId, filters, ctx);
    const op = str(branch.operator)?.toUpperCase();
    const head = op === 'HAS_NOT_COMPLETED' ? `${what} (has not happened)` : what;
    // An event's own filters read the event's properties: the event type is their object type.
    const inner = innerGroup(rest, children, 'AND', catalog, depth + 1, { ...ctx, objectTypeId: eventTypeId ?? ctx.objectTypeId });
    lines.push({ depth, text: `${head}${inner.lines.length ? ', where' : ''}` }, ...inner.lines);
    return `${head}${inner.text ? `, where ${inner.text}` : ''}`;
  }
  if (type === 'ASSOCIATION') {
    const obj = str(branch.objectTypeId);
    const objName = obj ? objectPlural(ctx, obj) : 'records';
    const assoc = associationWords(ctx, branch.associationTypeId, { from: ctx.objectTypeId || undefined, to: obj }, '', (w) => ` (${w})`);
    const head = `Has an associated record in ${objName}${assoc}`;
    const inner = innerGroup(filters, children, str(branch.filterBranchOperator) ?? 'AND', catalog, depth + 1, { ...ctx, objectTypeId: obj ?? ctx.objectTypeId });
    lines.push({ depth, text: `${head}${inner.lines.length ? ' where' : ''}` }, ...inner.lines);
    return `${head}${inner.text ? ` where ${inner.text}` : ''}`;
  }
  if (type === 'NOT_ALL' || type === 'NOT_ANY') {
    const inner = innerGroup(filters, children, type === 'NOT_ALL' ? 'AND' : 'OR', catalog, depth + 1, ctx);
    const head = type === 'NOT_ALL' ? 'Not all of' : 'None of';
    lines.push({ depth, text: `${head}:` }, ...inner.lines);
    return `${head.toLowerCase()} (${inner.text || 'nothing'})`;
  }
  const joiner = type === 'OR' ? 'OR' : type === 'AND' ? 'AND' : str(branch.filterBranchOperator)?.toUpperCase() === 'OR' ? 'OR' : 'AND';
  const members = filters.length + children.length;
  if (members === 1 && children.length === 1) return describeFilterBranch(children[0], catalog, depth, lines, ctx);
  const inner = innerGroup(filters, children, joiner, catalog, members > 1 ? depth + 1 : depth, ctx);
  if (members > 1) lines.push({ depth, text: joiner === 'OR' ? 'Any of (OR):' : 'All of (AND):' });
  lines.push(...inner.lines);
  return inner.text;
}

function innerGroup(filters: unknown[], children: unknown[], joiner: string, catalog: Catalog, depth: number, ctx: DecodeContext): { text: string; lines: TriggerLine[] } {
  const lines: TriggerLine[] = [];
  const parts: string[] = [];
  for (const f of filters) {
    const t = describeFilter(f, catalog, ctx);
    parts.push(t);
    lines.push({ depth, text: t });
  }
  for (const c of children) {
    const childLines: TriggerLine[] = [];
    const t = describeFilterBranch(c, catalog, depth, childLines, ctx);
    if (!t && !childLines.length) continue;
    // A group of one reads without brackets: "Filled out form A OR Filled out form B".
    parts.push((parts.length || children.length + filters.length > 1) && / (AND|OR) /.test(t) ? `(${t})` : t);
    lines.push(...childLines);
  }
  const j = joiner.toUpperCase() === 'OR' ? ' OR ' : ' AND ';
  const text = parts.length === 1 ? parts[0].replace(/^\((.*)\)$/, '$1') : parts.join(j);
  return { text, lines };
}
