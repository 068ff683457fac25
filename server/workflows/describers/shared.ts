/** What the action describers share: their contract, and words for values, recipients and associations. */
import type { Catalog } from '../catalog';
import type { DecodeContext } from '../context';
import { valueReference } from '../names';
import type { IdKind } from '../../names/reference';
import { arr, isObj, str, type Json } from '../read';
import type { StepKind } from '../types';
import { brief, humanizeProperty, humanizeValue, listOf } from '../words';

export interface Described {
  name: string;
  summary: string;
  details: string[];
  kind: StepKind;
  /** The v4 flow this step enrolls the record in (0-15), so a view can open it. */
  targetFlowId?: string;
}

/** What a describer says about one action: `name` only when a variant of the type fits better than the catalog's first name. */
export interface ActionWords {
  summary: string;
  details?: string[];
  name?: string;
  targetFlowId?: string;
}

/** The context of one action: the decoder's, plus the action type id the describer was found by. */
export interface ActionContext extends DecodeContext {
  actionTypeId: string;
}

/**
 * Describes one SINGLE_CONNECTION action of a known type from its `fields` (the ones HubSpot documents
 * for that type). Every id it shows goes through `ctx.names` (see names.ts).
 */
export type ActionDescriber = (fields: Json, ctx: ActionContext) => ActionWords;

/** A property of `objectTypeId` (default: the object in scope), named through the lookup; today humanized. */
export function propertyWords(ctx: DecodeContext, property: string, objectTypeId = ctx.objectTypeId, shown = humanizeProperty(property)): string {
  return ctx.names.name({ kind: 'property', objectTypeId, property }, shown);
}

/** An id shown as it is today, named through the lookup. */
export function idWords(ctx: DecodeContext, kind: IdKind, value: unknown, shown = brief(value)): string {
  const id = str(value);
  return id ? ctx.names.name({ kind, id }, shown) : shown;
}

/**
 * An association type in words: named, `association “Primary”` (through `named`); else `fallback`: nothing
 * by default, because an association type id is jargon (the words around it say what it links).
 * `pair` is the object pair where the words know it (HubSpot lists labels per pair).
 */
export function associationWords(ctx: DecodeContext, typeId: unknown, pair: { from?: string; to?: string } = {}, fallback = '', named = (words: string) => words): string {
  const id = str(typeId);
  if (!id) return fallback;
  const ref = { kind: 'associationType' as const, id, ...(pair.from ? { fromObjectTypeId: pair.from } : {}), ...(pair.to ? { toObjectTypeId: pair.to } : {}) };
  return ctx.names.name(ref, fallback, (label) => named(`association “${label}”`));
}

/**
 * A value in words. `target` is the property it is written to: a static value of it is a reference
 * (an option, an owner, a stage), named through the lookup.
 */
export function valueInWords(v: unknown, ctx: DecodeContext, target?: { objectTypeId: string; property: string }): string {
  const named = (raw: unknown, shown: string) => {
    const id = str(raw);
    return target && id ? ctx.names.name(valueReference(target.objectTypeId, target.property, id), shown) : shown;
  };
  if (!isObj(v)) return v === undefined ? '(empty)' : named(v, humanizeValue(brief(v)));
  const type = str(v.type)?.toUpperCase();
  if (v.staticValue !== undefined) {
    const s = brief(v.staticValue);
    return named(v.staticValue, humanizeValue(s));
  }
  if (type === 'OBJECT_PROPERTY' || v.propertyName !== undefined) {
    const prop = str(v.propertyName);
    return `the value of ${prop ? propertyWords(ctx, prop) : humanizeProperty('a property')}`;
  }
  if (type === 'TIMESTAMP') return 'the time of the action';
  if (type === 'ENROLLED_OBJECT') return 'the enrolled record';
  if (v.actionId !== undefined && v.dataKey !== undefined) return `the output "${brief(v.dataKey)}" of action ${brief(v.actionId)}`;
  return brief(v);
}

/** Custom objects (`2-…`) are named by HubSpot's schemas API; other unknown types have no public name. */
const CUSTOM_OBJECT = /^2-\d+$/;

/**
 * HubSpot's other standard object type ids (its CRM objects reference lists them), beyond the seeds'
 * table (catalog-data.ts): activities and leads can have workflows and associations too.
 */
const OTHER_STANDARD_OBJECTS: Record<string, string> = { '0-27': 'Tasks', '0-46': 'Notes', '0-47': 'Meetings', '0-48': 'Calls', '0-49': 'Emails', '0-136': 'Leads' };
const standardPlural = (ctx: DecodeContext, objectTypeId: string | undefined) =>
  objectTypeId ? (ctx.catalog.objectTypeName(objectTypeId) ?? OTHER_STANDARD_OBJECTS[objectTypeId]) : undefined;

/** An object type in the plural ("Companies", "Webinar registrations"); never its id. */
export function objectPlural(ctx: DecodeContext, objectTypeId: string | undefined): string {
  const known = standardPlural(ctx, objectTypeId);
  if (known) return known;
  if (objectTypeId && CUSTOM_OBJECT.test(objectTypeId)) return ctx.names.name({ kind: 'objectType', id: objectTypeId, number: 'plural' }, 'Custom object records');
  return 'Records';
}

/**
 * One record of an object type, lower case ("company", "webinar registration"), or capitalized to start a
 * sentence; never its id. (A named type is a slot until the names are known: case it here, not after.)
 */
export function objectSingular(ctx: DecodeContext, objectTypeId: string | undefined, capitalized = false): string {
  const cased = (t: string) => (capitalized ? t.charAt(0).toUpperCase() + t.slice(1) : t);
  const plural = standardPlural(ctx, objectTypeId);
  if (plural) {
    const lower = plural.toLowerCase();
    if (lower.endsWith('ies')) return cased(`${lower.slice(0, -3)}y`);
    return cased(lower.endsWith('s') ? lower.slice(0, -1) : lower);
  }
  if (objectTypeId && CUSTOM_OBJECT.test(objectTypeId)) {
    return ctx.names.name({ kind: 'objectType', id: objectTypeId, number: 'singular' }, cased('custom object record'), (label) => cased(label.toLowerCase()));
  }
  return cased('record');
}

/** Users, teams, owner properties of the record and email addresses an action notifies or rotates among. */
export function recipients(fields: Json, ctx: DecodeContext): string | null {
  const parts: string[] = [];
  const users = arr(fields.user_ids).map((u) => idWords(ctx, 'user', u));
  const teams = arr(fields.team_ids).map((u) => idWords(ctx, 'team', u));
  const owners = arr(fields.owner_properties).map((p) => (str(p) ? propertyWords(ctx, str(p)!, ctx.objectTypeId, humanizeProperty(brief(p))) : humanizeProperty(brief(p))));
  const emails = arr(fields.recipient_emails ?? fields.emails).map((u) => brief(u));
  if (users.length) parts.push(`${users.length === 1 ? 'user' : 'users'} ${listOf(users)}`);
  if (teams.length) parts.push(`${teams.length === 1 ? 'team' : 'teams'} ${listOf(teams)}`);
  if (owners.length) parts.push(`the record's ${listOf(owners)}`);
  if (emails.length) parts.push(listOf(emails));
  return parts.length ? parts.join(' and ') : null;
}

/**
 * `fromObjectTypeId`: the record the associations are made from (a created record, a task); the enrolled
 * record is `ctx.objectTypeId`. An association type is shown by its label; unnamed, by what it links.
 */
export function associationDetails(assocs: unknown, ctx: DecodeContext, fromObjectTypeId?: string): string[] {
  const out: string[] = [];
  for (const a of arr(assocs)) {
    if (!isObj(a)) continue;
    const target = isObj(a.target) ? a.target : {};
    const v = isObj(a.value) ? a.value : {};
    const vt = str(v.type)?.toUpperCase();
    // Only an association with the enrolled record has a known pair; a copied one goes to records of another type.
    const pair = vt === 'ENROLLED_OBJECT' ? { from: fromObjectTypeId, to: ctx.objectTypeId } : { from: fromObjectTypeId };
    // Unnamed, the type id is left out: "the enrolled contact" already says what it links.
    const typeWords = target.associationTypeId !== undefined ? associationWords(ctx, target.associationTypeId, pair, '', (w) => ` (${w})`) : '';
    if (vt === 'ENROLLED_OBJECT') out.push(`Associated with the enrolled ${objectSingular(ctx, ctx.objectTypeId)}${typeWords}`);
    else if (vt === 'COPY_ASSOCIATION') out.push(`Copies the enrolled ${objectSingular(ctx, ctx.objectTypeId)}'s associations${typeWords}`);
    else out.push(`Association${typeWords}: ${brief(v)}`);
  }
  return out;
}

/** A personalization token of a message: `{{ enrolled_object.firstname }}`, `{{ enrolled_object }}`. */
const TOKEN = /\{\{\s*([\w.]+)\s*\}\}/g;

/**
 * A message (subject, body, note) for a person: HTML dropped, personalization tokens as readable
 * placeholders in brackets ("[Contact owner]", a property's label), at most `max` characters (a token is
 * never cut).
 */
export function messageWords(text: unknown, ctx: DecodeContext, max = 80): string {
  if (typeof text !== 'string') return brief(text, max);
  const clean = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let out = '';
  let room = max;
  let last = 0;
  const add = (plain: string): boolean => {
    if (plain.length <= room) {
      out += plain;
      room -= plain.length;
      return true;
    }
    out += `${plain.slice(0, Math.max(0, room - 1)).trimEnd()}…`;
    room = 0;
    return false;
  };
  for (const m of clean.matchAll(TOKEN)) {
    if (!add(clean.slice(last, m.index))) return out;
    const fallback = `[${tokenFallback(m[1])}]`;
    if (fallback.length > room) return `${out.trimEnd()}…`;
    out += tokenWords(m[1], ctx, fallback);
    room -= fallback.length;
    last = m.index! + m[0].length;
  }
  add(clean.slice(last));
  return out;
}

/** `enrolled_object.firstname` → the property (named), `enrolled_object` → the record, anything else humanized. */
function tokenFallback(path: string): string {
  const [head, prop] = path.split('.');
  if (head === 'enrolled_object') return prop ? humanizeProperty(prop) : 'Enrolled record';
  return humanizeProperty(path.split('.').pop() ?? path);
}

function tokenWords(path: string, ctx: DecodeContext, fallback: string): string {
  const [head, prop, more] = path.split('.');
  if (head === 'enrolled_object' && prop && !more) return ctx.names.name({ kind: 'property', objectTypeId: ctx.objectTypeId, property: prop }, fallback, (label) => `[${label}]`);
  return fallback;
}

/** The first fields of an action no describer knows, shown as they are. */
export function genericFields(fields: Json): string[] {
  return Object.entries(fields)
    .slice(0, 4)
    .map(([k, v]) => `${humanizeProperty(k)}: ${isObj(v) && v.staticValue !== undefined ? brief(v.staticValue) : brief(v, 60)}`);
}

/** The catalog's name of the variant of an action type (0-1 has three sidebar entries) that fits. */
export function variantNamed(catalog: Catalog, id: string, re: RegExp): string | undefined {
  return catalog.actionVariants(id).find((v) => re.test(v.name))?.name;
}
