/**
 * The trigger's structure checked against the contact: a group of "all of" is met when every member is,
 * not met as soon as one is not (even if others are unknown); "any of" is met as soon as one member is,
 * not met when none is and none is unknown. Lines follow the decoder's outline (single-member groups
 * collapse into their member) and reuse its words for each criterion (../filters.ts).
 */
import type { Catalog } from '../catalog';
import { contextFor, type DecodeContext } from '../context';
import { describeFilter, describeFilterBranch, eventLabel } from '../filters';
import { namesFrom } from '../names';
import type { NameLookup } from '../../names/reference';
import { arr, isObj, str, type Json } from '../read';
import { evaluateOperation, type OperationEnv, type Outcome } from './operations';
import type { CheckResult, TriggerCheckLine } from './types';
import { NO_VALUE, valueWords } from './values';

/** What the app knows of the contact's lists (GET …/records/0-1/{id}/memberships). */
export type ListState = { kind: 'known'; listIds: ReadonlySet<string>; more: boolean } | { kind: 'missing-scope'; scope: string } | { kind: 'failed' } | { kind: 'not-read' };

export interface CheckEnv extends OperationEnv {
  objectTypeId: string;
  catalog: Catalog;
  names: NameLookup;
  /** The contact's value: null when it has none, undefined when the app could not read it. */
  property(name: string): string | null | undefined;
  lists: ListState;
}

export interface Checked {
  result: CheckResult;
  lines: TriggerCheckLine[];
}

export const EVENT_WHY = 'This is something that happens (an event): the contact enrolls when it happens, and the app cannot see past events.';
const ASSOCIATION_WHY = "It depends on the contact's associated records, which the app does not read.";
const FORM_WHY = "The app does not read the contact's form submissions.";
const KIND_WHY = 'The app cannot read this kind of activity from the contact record.';

export function combine(kind: 'AND' | 'OR', results: CheckResult[]): CheckResult {
  if (kind === 'AND') return results.includes('not-met') ? 'not-met' : results.includes('unknown') ? 'unknown' : 'met';
  return results.includes('met') ? 'met' : results.includes('unknown') || !results.length ? 'unknown' : 'not-met';
}

const negate = (r: CheckResult): CheckResult => (r === 'met' ? 'not-met' : r === 'not-met' ? 'met' : 'unknown');
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function decodeContextFor(env: CheckEnv): DecodeContext {
  return contextFor(env.catalog, env.objectTypeId, namesFrom(env.names));
}

/** A group of members (filters and child branches) joined by AND or OR, with a heading when it has two or more. */
export function checkGroup(kind: 'AND' | 'OR', members: { filter?: unknown; branch?: unknown }[], env: CheckEnv, depth: number, heading: boolean): Checked {
  if (members.length === 1) return members[0].branch !== undefined ? checkBranch(members[0].branch, env, depth) : checkFilter(members[0].filter, env, depth);
  const inner = heading ? depth + 1 : depth;
  const parts = members.map((m) => (m.branch !== undefined ? checkBranch(m.branch, env, inner) : checkFilter(m.filter, env, inner)));
  const result = combine(
    kind,
    parts.map((p) => p.result),
  );
  const lines = parts.flatMap((p) => p.lines);
  return { result, lines: heading ? [{ text: kind === 'OR' ? 'Any of:' : 'All of:', result, depth }, ...lines] : lines };
}

export function checkBranch(branch: unknown, env: CheckEnv, depth: number): Checked {
  const ctx = decodeContextFor(env);
  if (!isObj(branch)) return unknownLine('No criteria', 'The app cannot read this criterion.', depth);
  const type = str(branch.filterBranchType)?.toUpperCase() ?? 'AND';
  const members = [...arr(branch.filters).map((filter) => ({ filter })), ...arr(branch.filterBranches).map((b) => ({ branch: b }))];
  if (type === 'UNIFIED_EVENTS') return unknownLine(describeFilterBranch(branch, env.catalog, 0, [], ctx) || eventLabel(str(branch.eventTypeId), env.catalog), EVENT_WHY, depth);
  if (type === 'ASSOCIATION') return unknownLine(describeFilterBranch(branch, env.catalog, 0, [], ctx), ASSOCIATION_WHY, depth);
  if (type === 'NOT_ALL' || type === 'NOT_ANY') {
    const inner = checkGroup(type === 'NOT_ALL' ? 'AND' : 'OR', members, env, depth + 1, false);
    const result = negate(inner.result);
    return { result, lines: [{ text: type === 'NOT_ALL' ? 'Not all of:' : 'None of:', result, depth }, ...inner.lines] };
  }
  if (!members.length) return unknownLine('No criteria', 'No filters are set in this part of the trigger.', depth);
  const joiner = type === 'OR' || (type !== 'AND' && str(branch.filterBranchOperator)?.toUpperCase() === 'OR') ? 'OR' : 'AND';
  // An "all of" at the top needs no heading: its lines are the trigger's lines.
  return checkGroup(joiner, members, env, depth, depth > 0 || joiner === 'OR');
}

export function checkFilter(f: unknown, env: CheckEnv, depth: number): Checked {
  const ctx = decodeContextFor(env);
  const text = sentence(describeFilter(f, env.catalog, ctx));
  if (!isObj(f)) return unknownLine(text, 'The app cannot read this criterion.', depth);
  const type = str(f.filterType)?.toUpperCase() ?? 'PROPERTY';
  if (type === 'PROPERTY' || (f.property !== undefined && f.operation !== undefined)) return propertyLine(f, text, env, depth);
  if (type === 'IN_LIST') return listLine(f, text, env, depth);
  if (type === 'CONSTANT') return line(text, { result: f.shouldAccept === false ? 'not-met' : 'met' }, depth);
  if (type === 'FORM_SUBMISSION' || type === 'FORM_SUBMISSION_ON_PAGE') return unknownLine(text, FORM_WHY, depth);
  return unknownLine(text, KIND_WHY, depth);
}

function propertyLine(f: Json, text: string, env: CheckEnv, depth: number): Checked {
  const property = str(f.property);
  const raw = property ? env.property(property) : undefined;
  if (!property || raw === undefined) return unknownLine(text, "The app could not read the contact's value of this property.", depth);
  const outcome = evaluateOperation(f.operation, raw, env);
  const contactValue = valueWords(raw, f.operation, { objectTypeId: env.objectTypeId, property, names: env.names, timeZone: env.timeZone });
  return line(text, outcome, depth, contactValue);
}

function listLine(f: Json, text: string, env: CheckEnv, depth: number): Checked {
  const listId = str(f.listId);
  const wantsIn = str(f.operator)?.toUpperCase() !== 'NOT_IN_LIST';
  const lists = env.lists;
  if (lists.kind === 'missing-scope')
    return unknownLine(text, `Checking list membership needs the ${lists.scope} scope, which the app was not granted (an admin can add it).`, depth);
  if (lists.kind !== 'known' || !listId) return unknownLine(text, 'HubSpot did not answer which lists the contact is in.', depth);
  const isIn = lists.listIds.has(listId);
  if (!isIn && lists.more) return unknownLine(text, 'The contact is in more lists than HubSpot sent in one answer.', depth);
  return line(text, { result: isIn === wantsIn ? 'met' : 'not-met' }, depth);
}

function line(text: string, outcome: Outcome, depth: number, contactValue?: string): Checked {
  const l: TriggerCheckLine = { text, result: outcome.result, depth };
  if (contactValue !== undefined) l.contactValue = contactValue;
  if (outcome.why) l.why = outcome.why;
  return { result: outcome.result, lines: [l] };
}

function unknownLine(text: string, why: string, depth: number): Checked {
  return { result: 'unknown', lines: [{ text: sentence(text), result: 'unknown', depth, why }] };
}

export { NO_VALUE };
