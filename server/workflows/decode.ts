/**
 * Decodes a v4 workflow (ApiFlow) into words for a person: the actions in execution order with a
 * summary of their key fields, branches with their targets, GO-TO jumps, the enrollment trigger, and
 * the problems found in the graph (cycles, dangling edges, unreachable actions).
 *
 * Pure and defensive: the input is whatever HubSpot sent (or a seed example), read field by field.
 * Nothing here throws on odd input; unknown things are shown by their ids, never dropped.
 */
import { getSeedCatalog, type Catalog } from './catalog';
import type {
  DecodedBranch,
  DecodedStep,
  DecodedTrigger,
  DecodedWorkflow,
  StepKind,
  TriggerLine,
  WorkflowProblem,
} from './types';
import {
  brief,
  describeDate,
  describeDuration,
  describeOperator,
  describeTimeOfDay,
  humanizeProperty,
  humanizeValue,
  listOf,
} from './words';

type Json = Record<string, unknown>;

/** The parts of a flow the decoder reads; everything is optional and checked. */
export interface FlowInput {
  id?: unknown;
  name?: unknown;
  isEnabled?: unknown;
  objectTypeId?: unknown;
  type?: unknown;
  startActionId?: unknown;
  actions?: unknown;
  enrollmentCriteria?: unknown;
  [key: string]: unknown;
}

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? (v.trim() ? v : undefined) : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;

type Structure = 'SINGLE_CONNECTION' | 'STATIC_BRANCH' | 'LIST_BRANCH' | 'AB_TEST_BRANCH' | 'CUSTOM_CODE' | 'WEBHOOK' | 'UNKNOWN';

/** The action's structural type: its `type`, or inferred from its shape (the seeds' branch examples omit `type`). */
function structureOf(a: Json): Structure {
  const t = str(a.type)?.toUpperCase();
  const known: Structure[] = ['SINGLE_CONNECTION', 'STATIC_BRANCH', 'LIST_BRANCH', 'AB_TEST_BRANCH', 'CUSTOM_CODE', 'WEBHOOK'];
  if (t && (known as string[]).includes(t)) return t as Structure;
  if (Array.isArray(a.staticBranches)) return 'STATIC_BRANCH';
  if (Array.isArray(a.listBranches)) return 'LIST_BRANCH';
  if (Array.isArray(a.testBranches)) return 'AB_TEST_BRANCH';
  if (typeof a.sourceCode === 'string' || typeof a.runtime === 'string') return 'CUSTOM_CODE';
  if (typeof a.webhookUrl === 'string') return 'WEBHOOK';
  if (str(a.actionTypeId)) return 'SINGLE_CONNECTION';
  return 'UNKNOWN';
}

interface Edge {
  /** "branch" edges come from branch paths; "next" from a single connection. */
  source: 'next' | 'branch';
  branchIndex?: number;
  isDefault?: boolean;
  edgeType: 'STANDARD' | 'GOTO';
  target: string;
}

function readConnection(c: unknown): { edgeType: 'STANDARD' | 'GOTO'; target: string } | null {
  if (!isObj(c)) return null;
  const target = str(c.nextActionId);
  if (!target) return null;
  const et = str(c.edgeType)?.toUpperCase().replace(/[-_]/g, '');
  return { edgeType: et === 'GOTO' ? 'GOTO' : 'STANDARD', target };
}

interface BranchSpec {
  label: string;
  isDefault: boolean;
  connection: { edgeType: 'STANDARD' | 'GOTO'; target: string } | null;
}

/** All outgoing edges of an action, in display order (branches in order, default last). */
function edgesOf(a: Json): Edge[] {
  const s = structureOf(a);
  if (s === 'STATIC_BRANCH' || s === 'LIST_BRANCH' || s === 'AB_TEST_BRANCH') {
    const out: Edge[] = [];
    branchSpecs(a, getSeedCatalog()).forEach((b, i) => {
      if (b.connection) out.push({ source: 'branch', branchIndex: i, isDefault: b.isDefault, ...b.connection });
    });
    return out;
  }
  const c = readConnection(a.connection);
  return c ? [{ source: 'next', ...c }] : [];
}

// ---------------------------------------------------------------------------------------------
// Filters (enrollment criteria, list branches)
// ---------------------------------------------------------------------------------------------

function describeOperation(op: unknown): string {
  if (!isObj(op)) return 'matches';
  const words = describeOperator(op.operator);
  const values: string[] = [];
  if (Array.isArray(op.values)) values.push(...op.values.map((v) => brief(v, 60)));
  for (const k of ['value', 'lowerBound', 'upperBound', 'timestamp']) if (op[k] !== undefined) values.push(brief(op[k], 60));
  const tail = values.length ? ` ${listOf(values)}` : '';
  const noValue = op.includeObjectsWithNoValueSet === true ? ' (or has no value)' : '';
  return `${words}${tail}${noValue}`;
}

export function describeFilter(f: unknown, _catalog: Catalog): string {
  if (!isObj(f)) return 'an unreadable filter';
  const type = str(f.filterType)?.toUpperCase() ?? 'PROPERTY';
  if (type === 'PROPERTY' || (f.property !== undefined && f.operation !== undefined)) {
    return `${str(f.property) ?? 'a property'} ${describeOperation(f.operation)}`;
  }
  if (type === 'IN_LIST') {
    const op = str(f.operator)?.toUpperCase();
    return `${op === 'NOT_IN_LIST' ? 'not in list' : 'in list'} ${str(f.listId) ?? '(unknown list)'}`;
  }
  if (type === 'FORM_SUBMISSION') return `submitted form ${str(f.formId) ?? '(any form)'}${f.operator ? ` (${describeOperator(f.operator)})` : ''}`;
  if (type === 'PAGE_VIEW') return `viewed page ${str(f.pageUrl) ?? ''}`.trim();
  if (type === 'CONSTANT') return f.shouldAccept === false ? 'never' : 'always';
  const rest = Object.entries(f)
    .filter(([k]) => k !== 'filterType')
    .slice(0, 3)
    .map(([k, v]) => `${k} ${brief(v, 40)}`);
  return `${humanizeValue(type).toLowerCase()} filter${rest.length ? ` (${rest.join(', ')})` : ''}`;
}

function eventLabel(eventTypeId: string | undefined, catalog: Catalog): string {
  if (!eventTypeId) return 'An event';
  const e = catalog.event(eventTypeId);
  return e ? `${e.name} (${eventTypeId})` : `Unknown event ${eventTypeId}`;
}

/**
 * A filter branch in one line and as an outline. Groups with a single member collapse into it, so a
 * typical OR(AND(filter)) reads "city is equal to Dublin" rather than "((…))".
 */
export function describeFilterBranch(branch: unknown, catalog: Catalog, depth = 0, lines: TriggerLine[] = []): string {
  if (!isObj(branch)) return 'no criteria';
  const type = str(branch.filterBranchType)?.toUpperCase() ?? 'AND';
  const filters = arr(branch.filters);
  const children = arr(branch.filterBranches);

  if (type === 'UNIFIED_EVENTS') {
    const head = eventLabel(str(branch.eventTypeId), catalog);
    const op = str(branch.operator)?.toUpperCase();
    const opText = op && op !== 'HAS_COMPLETED' ? ` ${describeOperator(op)}` : '';
    const inner = innerGroup(filters, children, 'AND', catalog, depth + 1);
    const text = `${head}${opText}${inner.text ? ` where ${inner.text}` : ''}`;
    lines.push({ depth, text: `${head}${opText}${inner.lines.length ? ' where' : ''}` }, ...inner.lines);
    return text;
  }
  if (type === 'ASSOCIATION') {
    const obj = str(branch.objectTypeId);
    const objName = obj ? catalog.objectTypeName(obj) ?? `object ${obj}` : 'records';
    const head = `Has an associated record in ${objName}${branch.associationTypeId !== undefined ? ` (association type ${brief(branch.associationTypeId)})` : ''}`;
    const inner = innerGroup(filters, children, str(branch.filterBranchOperator) ?? 'AND', catalog, depth + 1);
    lines.push({ depth, text: `${head}${inner.lines.length ? ' where' : ''}` }, ...inner.lines);
    return `${head}${inner.text ? ` where ${inner.text}` : ''}`;
  }
  if (type === 'NOT_ALL' || type === 'NOT_ANY') {
    const inner = innerGroup(filters, children, type === 'NOT_ALL' ? 'AND' : 'OR', catalog, depth + 1);
    const head = type === 'NOT_ALL' ? 'Not all of' : 'None of';
    lines.push({ depth, text: `${head}:` }, ...inner.lines);
    return `${head.toLowerCase()} (${inner.text || 'nothing'})`;
  }
  const joiner = type === 'OR' ? 'OR' : type === 'AND' ? 'AND' : str(branch.filterBranchOperator)?.toUpperCase() === 'OR' ? 'OR' : 'AND';
  const members = filters.length + children.length;
  if (members === 1 && children.length === 1) return describeFilterBranch(children[0], catalog, depth, lines);
  const inner = innerGroup(filters, children, joiner, catalog, members > 1 ? depth + 1 : depth);
  if (members > 1) lines.push({ depth, text: joiner === 'OR' ? 'Any of (OR):' : 'All of (AND):' });
  lines.push(...inner.lines);
  return inner.text;
}

function innerGroup(filters: unknown[], children: unknown[], joiner: string, catalog: Catalog, depth: number): { text: string; lines: TriggerLine[] } {
  const lines: TriggerLine[] = [];
  const parts: string[] = [];
  for (const f of filters) {
    const t = describeFilter(f, catalog);
    parts.push(t);
    lines.push({ depth, text: t });
  }
  for (const c of children) {
    const childLines: TriggerLine[] = [];
    const t = describeFilterBranch(c, catalog, depth, childLines);
    if (!t && !childLines.length) continue;
    parts.push(parts.length || children.length + filters.length > 1 ? `(${t})` : t);
    lines.push(...childLines);
  }
  const j = joiner.toUpperCase() === 'OR' ? ' OR ' : ' AND ';
  const text = parts.length === 1 ? parts[0].replace(/^\((.*)\)$/, '$1') : parts.join(j);
  return { text, lines };
}

// ---------------------------------------------------------------------------------------------
// Enrollment trigger
// ---------------------------------------------------------------------------------------------

export function decodeTrigger(criteria: unknown, catalog: Catalog): DecodedTrigger {
  const base: DecodedTrigger = {
    type: 'NONE',
    summary: 'No enrollment trigger is set: records enter only when enrolled by hand or through the API.',
    lines: [],
    reEnrollment: false,
    reEnrollmentSummary: 'Re-enrollment is off.',
    reEnrollmentLines: [],
    unenrollWhenNotMeetingCriteria: false,
  };
  if (!isObj(criteria)) return base;
  if (!str(criteria.type)) return base;
  const type = str(criteria.type)!.toUpperCase();
  const t: DecodedTrigger = { ...base, type, reEnrollment: criteria.shouldReEnroll === true };
  t.unenrollWhenNotMeetingCriteria = criteria.unEnrollObjectsNotMeetingCriteria === true;

  if (type === 'EVENT_BASED') {
    const events = arr(criteria.eventFilterBranches);
    const parts: string[] = [];
    if (events.length > 1) t.lines.push({ depth: 0, text: 'Any of these events (OR):' });
    for (const e of events) parts.push(describeFilterBranch(e, catalog, events.length > 1 ? 1 : 0, t.lines));
    let summary = parts.length ? `Enrolls when: ${parts.join(' OR ')}` : 'Event-based trigger with no events configured.';
    const memberships = arr(criteria.listMembershipFilterBranches);
    if (memberships.length) {
      t.lines.push({ depth: 0, text: 'Or on segment membership:' });
      const m = memberships.map((b) => describeFilterBranch(b, catalog, 1, t.lines));
      summary += `${parts.length ? ' OR ' : ''}segment membership: ${m.join(' OR ')}`;
    }
    if (isObj(criteria.refinementCriteria)) {
      t.lines.push({ depth: 0, text: 'Only if:' });
      const r = describeFilterBranch(criteria.refinementCriteria, catalog, 1, t.lines);
      if (r) summary += `, only if ${r}`;
    }
    t.summary = summary;
    t.reEnrollmentSummary = t.reEnrollment ? 'Re-enrollment is on: a record re-enrolls each time the trigger event happens.' : 'Re-enrollment is off.';
  } else if (type === 'LIST_BASED') {
    const text = describeFilterBranch(criteria.listFilterBranch, catalog, 0, t.lines);
    t.summary = text && text !== 'no criteria' ? `Enrolls when the record meets: ${text}` : 'Filter-based trigger with no filters configured.';
    const triggers = arr(criteria.reEnrollmentTriggersFilterBranches);
    if (t.reEnrollment) {
      const parts = triggers.map((b) => describeFilterBranch(b, catalog, 0, t.reEnrollmentLines));
      t.reEnrollmentSummary = parts.length ? `Re-enrollment is on when: ${parts.join(' OR ')}` : 'Re-enrollment is on (no re-enrollment triggers selected).';
    } else {
      t.reEnrollmentSummary = 'Re-enrollment is off.';
    }
    if (t.unenrollWhenNotMeetingCriteria) t.lines.push({ depth: 0, text: 'Records that stop meeting the criteria are unenrolled.' });
  } else if (type === 'MANUAL') {
    t.summary = 'Manual enrollment only: records are enrolled by hand or through the API.';
    t.reEnrollmentSummary = t.reEnrollment ? 'Re-enrollment is on.' : 'Re-enrollment is off.';
  } else if (type === 'DATASET') {
    t.summary = `Enrolls the records of dataset ${brief(criteria.datasetId)}${criteria.subviewId ? ` (view ${brief(criteria.subviewId)})` : ''}.`;
    t.reEnrollmentSummary = t.reEnrollment ? 'Re-enrollment is on.' : 'Re-enrollment is off.';
  } else {
    t.summary = `Enrollment type ${type} (not described by this app).`;
    t.reEnrollmentSummary = t.reEnrollment ? 'Re-enrollment is on.' : 'Re-enrollment is off.';
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// Actions
// ---------------------------------------------------------------------------------------------

function valueInWords(v: unknown): string {
  if (!isObj(v)) return v === undefined ? '(empty)' : humanizeValue(brief(v));
  const type = str(v.type)?.toUpperCase();
  if (v.staticValue !== undefined) {
    const s = brief(v.staticValue);
    return humanizeValue(s);
  }
  if (type === 'OBJECT_PROPERTY' || v.propertyName !== undefined) return `the value of ${humanizeProperty(str(v.propertyName) ?? 'a property')}`;
  if (type === 'TIMESTAMP') return 'the time of the action';
  if (type === 'ENROLLED_OBJECT') return 'the enrolled record';
  if (v.actionId !== undefined && v.dataKey !== undefined) return `the output "${brief(v.dataKey)}" of action ${brief(v.actionId)}`;
  return brief(v);
}

function objectSingular(objectTypeId: string | undefined, catalog: Catalog): string {
  if (!objectTypeId) return 'record';
  const plural = catalog.objectTypeName(objectTypeId);
  if (!plural) return `record (object type ${objectTypeId})`;
  const lower = plural.toLowerCase();
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('s')) return lower.slice(0, -1);
  return lower;
}

function recipients(fields: Json): string | null {
  const parts: string[] = [];
  const users = arr(fields.user_ids).map((u) => brief(u));
  const teams = arr(fields.team_ids).map((u) => brief(u));
  const owners = arr(fields.owner_properties).map((p) => humanizeProperty(brief(p)));
  const emails = arr(fields.recipient_emails ?? fields.emails).map((u) => brief(u));
  if (users.length) parts.push(`${users.length === 1 ? 'user' : 'users'} ${listOf(users)}`);
  if (teams.length) parts.push(`${teams.length === 1 ? 'team' : 'teams'} ${listOf(teams)}`);
  if (owners.length) parts.push(`the record's ${listOf(owners)}`);
  if (emails.length) parts.push(listOf(emails));
  return parts.length ? parts.join(' and ') : null;
}

function associationDetails(assocs: unknown): string[] {
  const out: string[] = [];
  for (const a of arr(assocs)) {
    if (!isObj(a)) continue;
    const target = isObj(a.target) ? a.target : {};
    const v = isObj(a.value) ? a.value : {};
    const typeId = target.associationTypeId !== undefined ? ` (association type ${brief(target.associationTypeId)})` : '';
    const vt = str(v.type)?.toUpperCase();
    if (vt === 'ENROLLED_OBJECT') out.push(`Associated with the enrolled record${typeId}`);
    else if (vt === 'COPY_ASSOCIATION') out.push(`Copies the enrolled record's associations${typeId}`);
    else out.push(`Association${typeId}: ${brief(v)}`);
  }
  return out;
}

function pick(fields: Json, keys: string[]): unknown {
  for (const k of keys) if (fields[k] !== undefined && fields[k] !== null && fields[k] !== '') return fields[k];
  return undefined;
}

function genericFields(fields: Json): string[] {
  return Object.entries(fields)
    .slice(0, 4)
    .map(([k, v]) => `${humanizeProperty(k)}: ${isObj(v) && v.staticValue !== undefined ? brief(v.staticValue) : brief(v, 60)}`);
}

interface Described {
  name: string;
  summary: string;
  details: string[];
  kind: StepKind;
}

function variantNamed(catalog: Catalog, id: string, re: RegExp): string | undefined {
  return catalog.actionVariants(id).find((v) => re.test(v.name))?.name;
}

/** SINGLE_CONNECTION actions: the name from the catalog, the summary from the fields of that type. */
function describeSingle(a: Json, catalog: Catalog): Described {
  const id = str(a.actionTypeId) ?? '';
  const fields = isObj(a.fields) ? a.fields : {};
  const entry = catalog.action(id);
  let name = entry?.name ?? `Unknown action ${id || '(no type id)'}`;
  const kind: StepKind = entry ? 'action' : 'unknown';
  const details: string[] = [];
  let summary = '';

  switch (id) {
    case '0-1': {
      const dur = describeDuration(fields.delta, fields.time_unit);
      const days = arr(fields.days_of_week ?? fields.day_of_week ?? fields.daysOfWeek).map((d) => humanizeValue(brief(d)));
      const time = describeTimeOfDay(fields.time_of_day);
      if (days.length) name = variantNamed(catalog, id, /day of week/i) ?? name;
      else if (time && fields.delta === undefined) name = variantNamed(catalog, id, /time of day/i) ?? name;
      const bits: string[] = [];
      if (dur && fields.delta !== undefined) bits.push(`Wait ${dur}`);
      if (days.length) bits.push(`${bits.length ? 'then until' : 'Wait until'} ${listOf(days, 7)}`);
      if (time) bits.push(`${bits.length ? 'at' : 'Wait until'} ${time}`);
      summary = bits.join(' ') || 'Wait';
      break;
    }
    case '0-35': {
      const date = isObj(fields.date) ? fields.date : undefined;
      const time = describeTimeOfDay(fields.time_of_day);
      const offset = Number(fields.delta) ? describeDuration(Math.abs(Number(fields.delta)), fields.time_unit) : null;
      if (date && (str(date.type)?.toUpperCase() === 'OBJECT_PROPERTY' || date.propertyName !== undefined)) {
        name = variantNamed(catalog, id, /date property/i) ?? name;
        const prop = humanizeProperty(str(date.propertyName) ?? 'a date property');
        summary = `Wait until ${offset ? `${offset} ${Number(fields.delta) < 0 ? 'before' : 'after'} ` : ''}the record's ${prop}`;
      } else if (date) {
        name = variantNamed(catalog, id, /calendar date/i) ?? name;
        summary = `Wait until ${describeDate(date.staticValue) ?? brief(date.staticValue)}`;
        if (offset) summary += ` (${offset} ${Number(fields.delta) < 0 ? 'before' : 'after'})`;
      } else {
        const dur = describeDuration(fields.delta, fields.time_unit);
        summary = dur ? `Wait ${dur}` : 'Wait until a date';
      }
      if (time) summary += ` at ${time}`;
      break;
    }
    case '0-29': {
      const ev = str(pick(fields, ['eventTypeId', 'event_type_id']));
      summary = ev ? `Wait until ${eventLabel(ev, catalog)} happens` : 'Wait until an event happens';
      const expire = describeDuration(pick(fields, ['expiration_delta', 'delta']), fields.time_unit);
      if (expire && pick(fields, ['expiration_delta', 'delta']) !== undefined) details.push(`Gives up after ${expire}`);
      break;
    }
    case '0-4':
      summary = `Send marketing email ${brief(pick(fields, ['content_id', 'contentId', 'email_id']) ?? '(no email chosen)')}`;
      break;
    case '0-5': {
      const prop = humanizeProperty(str(pick(fields, ['property_name', 'propertyName', 'property'])) ?? 'a property');
      const v = fields.value;
      const inc = isObj(v) && (str(v.type)?.toUpperCase() === 'INCREMENT' || v.incrementAmount !== undefined);
      if (inc) {
        name = variantNamed(catalog, id, /increase or decrease/i) ?? name;
        const amount = Number((v as Json).incrementAmount);
        summary = Number.isFinite(amount) && amount < 0 ? `Decrease ${prop} by ${Math.abs(amount)}` : `Increase ${prop} by ${brief((v as Json).incrementAmount)}`;
      } else if (v === undefined || v === null || (isObj(v) && str(v.type)?.toUpperCase() === 'CLEAR')) {
        summary = `Clear ${prop}`;
      } else {
        summary = `Set ${prop} to ${valueInWords(v)}`;
      }
      if (isObj(fields.association)) {
        details.push(`On the associated record (${brief(fields.association.associationCategory ?? 'association')} type ${brief(fields.association.associationTypeId)})`);
      }
      break;
    }
    case '0-3': {
      const subject = str(pick(fields, ['subject', 'title']));
      summary = subject ? `Create task: ${subject}` : 'Create task';
      if (fields.task_type !== undefined) details.push(`Type: ${humanizeValue(brief(fields.task_type))}`);
      if (fields.priority !== undefined) details.push(`Priority: ${humanizeValue(brief(fields.priority))}`);
      const owner = pick(fields, ['owner_assignment', 'hubspot_owner_id', 'owner']);
      details.push(owner === undefined ? 'Assigned to: unassigned' : `Assigned to: ${brief(owner)}`);
      if (fields.body !== undefined) details.push(`Notes: ${brief(fields.body)}`);
      details.push(...associationDetails(fields.associations));
      break;
    }
    case '0-14': {
      const obj = str(fields.object_type_id);
      const singular = objectSingular(obj, catalog);
      const props = arr(fields.properties).filter(isObj);
      const valueOf = (p: Json) => (isObj(p.value) && p.value.staticValue !== undefined ? brief(p.value.staticValue) : valueInWords(p.value));
      const titleProp = props.find((p) => ['dealname', 'subject', 'name', 'hs_ticket_name', 'firstname', 'email', 'hs_lead_name'].includes(String(p.targetProperty)));
      summary = titleProp ? `Create ${singular}: ${valueOf(titleProp)}` : `Create ${singular}`;
      if (props.length) details.push(`Sets ${props.map((p) => `${humanizeProperty(brief(p.targetProperty))} = ${valueOf(p)}`).join('; ')}`);
      details.push(...associationDetails(fields.associations));
      break;
    }
    case '0-8': {
      const to = recipients(fields);
      const subject = str(fields.subject);
      summary = `Send internal email notification to ${to ?? '(no recipients)'}${subject ? `: ${subject}` : ''}`;
      if (fields.body !== undefined) details.push(`Message: ${brief(fields.body)}`);
      break;
    }
    case '0-9': {
      const to = recipients(fields);
      const subject = str(fields.subject);
      summary = `Send in-app notification to ${to ?? '(no recipients)'}${subject ? `: ${subject}` : ''}`;
      if (fields.body !== undefined) details.push(`Message: ${brief(fields.body)}`);
      if (fields.delivery_method !== undefined) details.push(`Delivery: ${humanizeValue(brief(fields.delivery_method))}`);
      break;
    }
    case '0-13': {
      const list = brief(pick(fields, ['list_id', 'listId']) ?? '(no list)');
      const remove = str(fields.operation)?.toUpperCase() === 'REMOVE';
      summary = remove ? `Remove from list ${list}` : `Add to list ${list}`;
      break;
    }
    case '0-63809083':
      summary = `Add to list ${brief(pick(fields, ['listId', 'list_id']) ?? '(no list)')}`;
      break;
    case '0-63863438':
      summary = `Remove from list ${brief(pick(fields, ['listId', 'list_id']) ?? '(no list)')}`;
      break;
    case '0-30': {
      const remove = /REMOVE/i.test(String(pick(fields, ['operation', 'action']) ?? ''));
      name = variantNamed(catalog, id, remove ? /^Remove/ : /^Add/) ?? name;
      const audience = pick(fields, ['audienceId', 'audience_id', 'audience']);
      summary = `${remove ? 'Remove from' : 'Add to'} ads audience${audience !== undefined ? ` ${brief(audience)}` : ''}`;
      break;
    }
    case '0-46510720': {
      const seq = pick(fields, ['sequenceId', 'sequence_id', 'sequence']);
      const sender = pick(fields, ['senderEmail', 'sender_email', 'userEmail', 'user_email', 'senderAliasAddress', 'contact_owner_email', 'owner_email']);
      if (fields.sender_type !== undefined) details.push(`Sender: ${humanizeValue(brief(fields.sender_type))}`);
      const user = pick(fields, ['userId', 'user_id', 'sender_user_id']);
      summary = `Enroll in sequence ${seq !== undefined ? brief(seq) : '(no sequence chosen)'}`;
      if (sender !== undefined) summary += ` from ${brief(sender)}`;
      else if (user !== undefined) summary += ` from user ${brief(user)}`;
      break;
    }
    case '0-4702372':
      summary = 'Unenroll from the current sequence';
      break;
    case '0-15': {
      const wf = pick(fields, ['flow_id', 'flowId', 'workflow_id', 'workflowId']);
      summary = `Enroll in workflow ${wf !== undefined ? brief(wf) : '(no workflow chosen)'}`;
      break;
    }
    case '0-11': {
      const to = recipients(fields);
      summary = `Rotate record to owner${to ? ` among ${to}` : ''}`;
      if (fields.overwrite_current_owner !== undefined) details.push(`Overwrite current owner: ${brief(fields.overwrite_current_owner)}`);
      break;
    }
    case '0-169425243': {
      const body = pick(fields, ['note_body', 'body', 'hs_note_body']);
      summary = body !== undefined ? `Create note: ${brief(body)}` : 'Create note';
      break;
    }
    case '0-18224765':
      summary = 'Delete the enrolled contact';
      break;
    case '0-31': {
      const status = pick(fields, ['marketing_status', 'status', 'targetStatus']);
      summary = status !== undefined ? `Set marketing contact status to ${humanizeValue(brief(status))}` : 'Set marketing contact status';
      break;
    }
    default: {
      summary = entry ? entry.name : `Unknown action ${id || '(no type id)'}`;
      const g = genericFields(fields);
      if (g.length) {
        if (entry) summary += `: ${g.slice(0, 2).join(', ')}`;
        details.push(...g);
      }
    }
  }
  if (id && !entry && kind === 'unknown' && !summary.startsWith('Unknown')) summary = `Unknown action ${id}: ${summary}`;
  return { name, summary, details, kind };
}

function inputValueLabel(v: unknown, catalog: Catalog): string {
  if (!isObj(v)) return 'a value';
  if (v.propertyName !== undefined) return humanizeProperty(brief(v.propertyName));
  if (v.actionId !== undefined && v.dataKey !== undefined) return `output "${brief(v.dataKey)}" of action ${brief(v.actionId)}`;
  if (v.staticValue !== undefined) return `the value ${brief(v.staticValue)}`;
  if (v.eventTypeId !== undefined || str(v.type)?.toUpperCase() === 'ENROLLMENT_EVENT_PROPERTY') {
    return `${brief(v.propertyName ?? v.enrollmentEventPropertyName ?? 'a property')} of the enrollment event${v.eventTypeId ? ` ${eventLabel(str(v.eventTypeId), catalog)}` : ''}`;
  }
  return brief(v);
}

function branchSpecs(a: Json, catalog: Catalog): BranchSpec[] {
  const s = structureOf(a);
  const specs: BranchSpec[] = [];
  if (s === 'STATIC_BRANCH') {
    const label = inputValueLabel(a.inputValue, catalog);
    for (const b of arr(a.staticBranches)) {
      if (!isObj(b)) continue;
      specs.push({ label: `${label} is ${humanizeValue(brief(b.branchValue))}`, isDefault: false, connection: readConnection(b.connection) });
    }
  } else if (s === 'LIST_BRANCH') {
    arr(a.listBranches).forEach((b, i) => {
      if (!isObj(b)) return;
      const cond = describeFilterBranch(b.filterBranch, catalog);
      const name = str(b.branchName) ?? `Branch ${i + 1}`;
      specs.push({ label: `${name} (${cond && cond !== 'no criteria' ? cond : 'no filters set'})`, isDefault: false, connection: readConnection(b.connection) });
    });
  } else if (s === 'AB_TEST_BRANCH') {
    arr(a.testBranches).forEach((b, i) => {
      if (!isObj(b)) return;
      const pct = typeof b.percentage === 'number' ? `${b.percentage}%` : 'share not set';
      specs.push({ label: `Path ${String.fromCharCode(65 + (i % 26))} (${pct})`, isDefault: false, connection: readConnection(b.connection) });
    });
    return specs;
  }
  if (a.defaultBranch !== undefined || a.defaultBranchName !== undefined) {
    const name = str(a.defaultBranchName);
    specs.push({ label: `Otherwise${name ? ` (${name})` : ''}`, isDefault: true, connection: readConnection(a.defaultBranch) });
  }
  return specs;
}

function describeAction(a: Json, catalog: Catalog): Described {
  const s = structureOf(a);
  switch (s) {
    case 'SINGLE_CONNECTION':
      return describeSingle(a, catalog);
    case 'STATIC_BRANCH':
      return { name: 'Branch on a value', summary: `Branch on ${inputValueLabel(a.inputValue, catalog)}`, details: [], kind: 'branch' };
    case 'LIST_BRANCH':
      return { name: 'Branch on filters', summary: `Branch on filters (${arr(a.listBranches).length} ${arr(a.listBranches).length === 1 ? 'branch' : 'branches'} and a default)`, details: [], kind: 'branch' };
    case 'AB_TEST_BRANCH': {
      const pcts = arr(a.testBranches).map((b) => (isObj(b) && typeof b.percentage === 'number' ? `${b.percentage}%` : '?'));
      return { name: 'A/B test split', summary: `Split records at random: ${pcts.join(' / ')}`, details: [], kind: 'branch' };
    }
    case 'CUSTOM_CODE': {
      const runtime = str(a.runtime) ?? 'runtime not set';
      const outputs = arr(a.outputFields).map((o) => (isObj(o) ? brief(o.name) : brief(o)));
      const secrets = arr(a.secretNames).length;
      const details = [];
      if (outputs.length) details.push(`Outputs: ${listOf(outputs)}`);
      if (secrets) details.push(`Uses ${secrets} secret${secrets === 1 ? '' : 's'}`);
      return { name: 'Custom code', summary: `Custom code (${runtime})`, details, kind: 'custom-code' };
    }
    case 'WEBHOOK': {
      const method = str(a.method)?.toUpperCase() ?? 'POST';
      return { name: 'Send a webhook', summary: `${method} ${str(a.webhookUrl) ?? '(no URL)'}`, details: [], kind: 'webhook' };
    }
    default:
      return {
        name: `Unknown action${str(a.type) ? ` type ${str(a.type)}` : ''}`,
        summary: `Unknown action${str(a.type) ? ` type ${str(a.type)}` : ''} (not described by this app)`,
        details: genericFields(a).slice(0, 3),
        kind: 'unknown',
      };
  }
}

// ---------------------------------------------------------------------------------------------
// Graph walk
// ---------------------------------------------------------------------------------------------

/** Back edges (from→to) of a DFS over every edge from the start: each one closes a cycle. Iterative. */
function findBackEdges(start: string, byId: Map<string, Json>): Set<string> {
  const back = new Set<string>();
  const color = new Map<string, 1 | 2>(); // 1 on the stack, 2 done
  const stack: { id: string; targets: string[]; i: number }[] = [];
  const push = (id: string) => {
    color.set(id, 1);
    stack.push({ id, targets: edgesOf(byId.get(id)!).map((e) => e.target), i: 0 });
  };
  if (!byId.has(start)) return back;
  push(start);
  while (stack.length) {
    const top = stack[stack.length - 1];
    if (top.i >= top.targets.length) {
      color.set(top.id, 2);
      stack.pop();
      continue;
    }
    const t = top.targets[top.i++];
    if (!byId.has(t)) continue;
    const c = color.get(t);
    if (c === 1) back.add(`${top.id}->${t}`);
    else if (c === undefined) push(t);
  }
  return back;
}

export function decodeFlow(flow: FlowInput, catalog: Catalog = getSeedCatalog()): DecodedWorkflow {
  const problems: WorkflowProblem[] = [];
  const byId = new Map<string, Json>();
  const allIds: string[] = [];
  arr(flow.actions).forEach((raw, index) => {
    const id = isObj(raw) ? str(raw.actionId) : undefined;
    if (!isObj(raw) || !id) {
      problems.push({ code: 'MALFORMED_ACTION', message: `Action #${index + 1} in the list has no actionId and cannot be placed in the workflow.` });
      return;
    }
    if (byId.has(id)) {
      problems.push({ code: 'DUPLICATE_ACTION_ID', message: `Two actions share the id ${id}; only the first is shown.`, actionId: id });
      return;
    }
    byId.set(id, raw);
    allIds.push(id);
  });

  const name = (id: string) => {
    const a = byId.get(id);
    return a ? describeAction(a, catalog).name : undefined;
  };
  const start = str(flow.startActionId);
  const visited = new Set<string>();
  const executionOrder: string[] = [];
  const deferred: string[] = [];
  const backEdges = start ? findBackEdges(start, byId) : new Set<string>();
  const reported = new Set<string>();
  const report = (p: WorkflowProblem) => {
    const key = `${p.code}:${p.message}`;
    if (!reported.has(key)) {
      reported.add(key);
      problems.push(p);
    }
  };

  /** Words for an edge that does not continue inline: a GO-TO, a join, a loop, or a dangling target. */
  const edgeJump = (from: string, target: string, edgeType: 'STANDARD' | 'GOTO'): string => {
    if (!byId.has(target)) {
      report({ code: 'DANGLING_EDGE', message: `Action ${from} points to action ${target}, which does not exist in this workflow.`, actionId: from });
      return `Go to missing action ${target}`;
    }
    const label = name(target);
    if (backEdges.has(`${from}->${target}`)) {
      report({ code: 'CYCLE', message: `Action ${from} leads back to action ${target}: the workflow loops.`, actionId: from });
      return `Back to action ${target}${label ? ` (${label})` : ''}: loop`;
    }
    return `${edgeType === 'GOTO' ? 'Go to' : 'Continue at'} action ${target}${label ? ` (${label})` : ''}`;
  };

  /** Walks a straight chain from `first`; branches recurse into their paths. */
  const walk = (first: string, from: string | null, edgeType: 'STANDARD' | 'GOTO'): { steps: DecodedStep[]; jump: string | null } => {
    const steps: DecodedStep[] = [];
    let cur: string | null = first;
    let prev = from;
    let et = edgeType;
    while (cur !== null) {
      if (!byId.has(cur) || visited.has(cur) || et === 'GOTO') {
        if (et === 'GOTO' && byId.has(cur) && !visited.has(cur)) deferred.push(cur);
        const jump = prev === null ? null : edgeJump(prev, cur, et);
        return { steps, jump };
      }
      const a = byId.get(cur)!;
      visited.add(cur);
      executionOrder.push(cur);
      const d = describeAction(a, catalog);
      const step: DecodedStep = { actionId: cur, actionTypeId: str(a.actionTypeId) ?? null, ...d, branches: [], jump: null, order: executionOrder.length };
      steps.push(step);
      const s = structureOf(a);
      if (s === 'STATIC_BRANCH' || s === 'LIST_BRANCH' || s === 'AB_TEST_BRANCH') {
        for (const spec of branchSpecs(a, catalog)) {
          const branch: DecodedBranch = {
            label: spec.label,
            isDefault: spec.isDefault,
            targetActionId: spec.connection?.target ?? null,
            edgeType: spec.connection?.edgeType ?? null,
            steps: [],
            jump: null,
          };
          if (spec.connection) {
            const sub = walk(spec.connection.target, cur, spec.connection.edgeType);
            branch.steps = sub.steps;
            branch.jump = sub.jump;
          }
          step.branches.push(branch);
        }
        return { steps, jump: null };
      }
      const c = readConnection(a.connection);
      if (!c) return { steps, jump: null };
      if (c.edgeType === 'GOTO' || !byId.has(c.target) || visited.has(c.target)) {
        if (c.edgeType === 'GOTO' && byId.has(c.target) && !visited.has(c.target)) deferred.push(c.target);
        step.jump = edgeJump(cur, c.target, c.edgeType);
        return { steps, jump: null };
      }
      prev = cur;
      cur = c.target;
      et = c.edgeType;
    }
    return { steps, jump: null };
  };

  let steps: DecodedStep[] = [];
  if (!start) {
    if (allIds.length) report({ code: 'MISSING_START', message: 'The workflow has actions but no start action (startActionId), so none of them run.' });
  } else if (!byId.has(start)) {
    // An empty workflow (no actions) is not a problem, whatever startActionId says.
    if (allIds.length || arr(flow.actions).length) report({ code: 'DANGLING_START', message: `The start action ${start} does not exist in this workflow.`, actionId: start });
  } else {
    steps = walk(start, null, 'STANDARD').steps;
    // Actions reached only through a GO-TO are shown after the main path, in the order they were jumped to.
    while (deferred.length) {
      const next = deferred.shift()!;
      if (!visited.has(next)) steps.push(...walk(next, null, 'STANDARD').steps);
    }
  }

  const unreachable: DecodedStep[] = [];
  for (const id of allIds) {
    if (visited.has(id)) continue;
    const a = byId.get(id)!;
    const d = describeAction(a, catalog);
    const branches: DecodedBranch[] = branchSpecs(a, catalog).map((b) => ({
      label: b.label,
      isDefault: b.isDefault,
      targetActionId: b.connection?.target ?? null,
      edgeType: b.connection?.edgeType ?? null,
      steps: [],
      jump: b.connection ? `Go to action ${b.connection.target}` : null,
    }));
    const c = readConnection(a.connection);
    unreachable.push({ actionId: id, actionTypeId: str(a.actionTypeId) ?? null, ...d, branches, jump: c ? `Go to action ${c.target}` : null, order: 0 });
  }
  if (unreachable.length && start && byId.has(start)) {
    report({
      code: 'UNREACHABLE',
      message: `${unreachable.length === 1 ? 'Action' : 'Actions'} ${listOf(unreachable.map((u) => u.actionId), 10)} ${unreachable.length === 1 ? 'is' : 'are'} not reachable from the start action and never run.`,
    });
  }

  const objectTypeId = str(flow.objectTypeId) ?? '';
  return {
    flowId: str(flow.id) ?? '',
    name: str(flow.name) ?? '(unnamed workflow)',
    isEnabled: flow.isEnabled === true,
    objectTypeId,
    objectLabel: catalog.objectTypeName(objectTypeId) ?? (objectTypeId ? `Object ${objectTypeId}` : 'Unknown object'),
    flowType: str(flow.type) ?? null,
    trigger: decodeTrigger(flow.enrollmentCriteria, catalog),
    steps,
    executionOrder,
    unreachable,
    problems,
    actionCount: allIds.length,
  };
}

/** Flattens the decoded tree (for plain lists and tests): each step with its nesting depth. */
export function flattenSteps(steps: DecodedStep[], depth = 0, out: { depth: number; step: DecodedStep; via?: string }[] = []) {
  for (const step of steps) {
    out.push({ depth, step });
    for (const b of step.branches) flattenSteps(b.steps, depth + 1, out);
  }
  return out;
}
