/**
 * Filters in words: the enrollment criteria's and the list branches' filter groups, as one line and
 * as an outline. Every property, value, list, form and association type shown is a named reference.
 */
import type { Catalog } from './catalog';
import { contextFor, type DecodeContext } from './context';
import { associationWords } from './describers/shared';
import { valueReference } from './names';
import { arr, isObj, str } from './read';
import type { TriggerLine } from './types';
import { brief, describeOperator, humanizeValue, listOf } from './words';

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
  for (const k of ['lowerBound', 'upperBound', 'timestamp']) if (op[k] !== undefined) values.push(brief(op[k], 60));
  const tail = values.length ? ` ${listOf(values)}` : '';
  const noValue = op.includeObjectsWithNoValueSet === true ? ' (or has no value)' : '';
  return `${words}${tail}${noValue}`;
}

export function describeFilter(f: unknown, catalog: Catalog, ctx: DecodeContext = contextFor(catalog)): string {
  if (!isObj(f)) return 'an unreadable filter';
  const type = str(f.filterType)?.toUpperCase() ?? 'PROPERTY';
  if (type === 'PROPERTY' || (f.property !== undefined && f.operation !== undefined)) {
    const property = str(f.property);
    const label = property ? ctx.names.name({ kind: 'property', objectTypeId: ctx.objectTypeId, property }, property) : 'a property';
    return `${label} ${describeOperation(f.operation, property, ctx)}`;
  }
  if (type === 'IN_LIST') {
    const op = str(f.operator)?.toUpperCase();
    const listId = str(f.listId);
    return `${op === 'NOT_IN_LIST' ? 'not in list' : 'in list'} ${listId ? ctx.names.name({ kind: 'list', id: listId }, listId) : '(unknown list)'}`;
  }
  if (type === 'FORM_SUBMISSION') {
    const formId = str(f.formId);
    return `submitted form ${formId ? ctx.names.name({ kind: 'form', id: formId }, formId) : '(any form)'}${f.operator ? ` (${describeOperator(f.operator)})` : ''}`;
  }
  if (type === 'PAGE_VIEW') return `viewed page ${str(f.pageUrl) ?? ''}`.trim();
  if (type === 'CONSTANT') return f.shouldAccept === false ? 'never' : 'always';
  const rest = Object.entries(f)
    .filter(([k]) => k !== 'filterType')
    .slice(0, 3)
    .map(([k, v]) => `${k} ${brief(v, 40)}`);
  return `${humanizeValue(type).toLowerCase()} filter${rest.length ? ` (${rest.join(', ')})` : ''}`;
}

export function eventLabel(eventTypeId: string | undefined, catalog: Catalog): string {
  if (!eventTypeId) return 'An event';
  const e = catalog.event(eventTypeId);
  return e ? `${e.name} (${eventTypeId})` : `Unknown event ${eventTypeId}`;
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
    const forms = submittedForms(eventTypeId, filters, children, ctx);
    if (forms) {
      lines.push({ depth, text: forms });
      return forms;
    }
    const head = eventLabel(eventTypeId, catalog);
    const op = str(branch.operator)?.toUpperCase();
    const opText = op && op !== 'HAS_COMPLETED' ? ` ${describeOperator(op)}` : '';
    // An event's filters read the event's own properties: the event type is their object type.
    const inner = innerGroup(filters, children, 'AND', catalog, depth + 1, { ...ctx, objectTypeId: eventTypeId ?? ctx.objectTypeId });
    const text = `${head}${opText}${inner.text ? ` where ${inner.text}` : ''}`;
    lines.push({ depth, text: `${head}${opText}${inner.lines.length ? ' where' : ''}` }, ...inner.lines);
    return text;
  }
  if (type === 'ASSOCIATION') {
    const obj = str(branch.objectTypeId);
    const objName = obj ? (catalog.objectTypeName(obj) ?? `object ${obj}`) : 'records';
    const assoc = branch.associationTypeId === undefined ? '' : ` (${associationWords(ctx, branch.associationTypeId, { from: ctx.objectTypeId || undefined, to: obj })})`;
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

/** HubSpot's form submission event: its form filter is the form itself. */
const FORM_SUBMISSION_EVENT = '4-1639801';
const FORM_OPERATORS = new Set(['IS_ANY_OF', 'IS_EQUAL_TO', 'EQ']);

/**
 * "Submitted form Contact us (footer)" for a form submission event filtered only on which form (hs_form_id
 * is any of …), as HubSpot's editor says it; undefined for anything else (read as a generic event filter).
 */
function submittedForms(eventTypeId: string | undefined, filters: unknown[], children: unknown[], ctx: DecodeContext): string | undefined {
  if (eventTypeId !== FORM_SUBMISSION_EVENT || children.length || filters.length !== 1) return undefined;
  const f = filters[0];
  if (!isObj(f) || str(f.property) !== 'hs_form_id' || !isObj(f.operation)) return undefined;
  const op = f.operation;
  if (!FORM_OPERATORS.has(str(op.operator)?.toUpperCase() ?? '') || op.includeObjectsWithNoValueSet === true) return undefined;
  const ids = [...arr(op.values), ...(op.value !== undefined ? [op.value] : [])].map((v) => str(v)).filter((v): v is string => !!v);
  if (!ids.length) return undefined;
  const names = ids.map((id) => ctx.names.name({ kind: 'form', id }, id));
  return `Submitted form ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`}`;
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
    parts.push(parts.length || children.length + filters.length > 1 ? `(${t})` : t);
    lines.push(...childLines);
  }
  const j = joiner.toUpperCase() === 'OR' ? ' OR ' : ' AND ';
  const text = parts.length === 1 ? parts[0].replace(/^\((.*)\)$/, '$1') : parts.join(j);
  return { text, lines };
}
