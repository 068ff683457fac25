/**
 * "Would this contact enroll?" for get-workflow: the workflow's trigger checked against the contact.
 * Two steps so get-workflow keeps its round trips (≤ 2 by flowId):
 *  - `readForTriggerCheck` runs in the wave after the flow read (beside the names): the properties the
 *    filters compare that the card did not send (`propertiesToSend`), in one contacts read, and the
 *    contact's lists only when a filter asks "is in list" (one memberships read, optional scope);
 *  - `checkTrigger` then works on those reads and the names, with no call.
 * `sent`, throughout: the contact's values as the card sent them (propertiesToSend, already checked to be
 * of this contact by the caller); absent when it sent none.
 */
import { MissingScopesError } from '../../hubspot/errors';
import type { HubSpotClient } from '../../hubspot/types';
import type { Catalog } from '../catalog';
import { valueReference } from '../names';
import type { NameLookup, Reference } from '../../names/reference';
import { isObj, str } from '../read';
import { checkCriteria, checkReEnrollment, criteriaNeeds } from './criteria';
import type { Checked, ListState } from './evaluate';
import type { CheckResult, TriggerCheck, TriggerCheckLine, TriggerCheckPart, TriggerVerdict } from './types';

export type { TriggerCheck } from './types';

/** What the card sends with get-workflow so most triggers need no contacts read (src/app/cards/shared/properties-to-send.ts). */
export const TRIGGER_CHECK_PROPERTIES = [
  'firstname',
  'lifecyclestage',
  'hs_lead_status',
  'hubspot_owner_id',
  'city',
  'state',
  'country',
  'jobtitle',
  'company',
  'createdate',
] as const;

const LISTS_SCOPE = 'crm.lists.read';

/** Property name → value (null: no value), as the card sent them. */
export type SentProperties = Record<string, string | null>;

export interface TriggerCheckReads {
  /** The contact's values (null: no value); a property absent here could not be read. */
  properties: Record<string, string | null>;
  lists: ListState;
}

/**
 * Owners among the contact's values the filters compare (known before the names wave: sent by the card or
 * read in the first wave), so the names wave names them too: "(Priya Raman)", not "(another owner)".
 */
export function contactValueReferences(
  flow: { objectTypeId?: unknown; enrollmentCriteria?: unknown },
  contact: { contactId: string; properties: Record<string, string | null | undefined> },
  sent: SentProperties = {},
): Reference[] {
  if (str(flow.objectTypeId) !== '0-1') return [];
  const refs: Reference[] = [];
  for (const property of criteriaNeeds(flow.enrollmentCriteria).properties) {
    const value = contact.properties[property] ?? sent[property];
    for (const v of value ? value.split(';') : []) {
      const ref = valueReference('0-1', property, v.trim());
      if (ref.kind === 'owner' && v.trim()) refs.push(ref);
    }
  }
  return refs;
}

/** The flow's object type must be contacts: the check reads a contact. Null for other flows. */
export async function readForTriggerCheck(
  hubspot: HubSpotClient,
  flow: { objectTypeId?: unknown; enrollmentCriteria?: unknown },
  contactId: string,
  known: Record<string, string | null | undefined>,
  sent?: SentProperties,
): Promise<TriggerCheckReads | null> {
  if (str(flow.objectTypeId) !== '0-1') return null;
  const needs = criteriaNeeds(flow.enrollmentCriteria);
  const properties: Record<string, string | null> = {};
  for (const source of [known, sent ?? {}]) for (const [k, v] of Object.entries(source)) if (v !== undefined) properties[k] = v;
  const missing = [...needs.properties, 'firstname'].filter((p) => !(p in properties));
  const [read, lists] = await Promise.all([
    missing.length ? hubspot.contacts.get({ contactId, properties: missing }).catch(() => null) : Promise.resolve(null),
    needs.lists ? readLists(hubspot, contactId) : Promise.resolve<ListState>({ kind: 'not-read' }),
  ]);
  // A read that answered: a property it left out has no value on this contact.
  if (read) for (const p of missing) properties[p] = read.properties[p] ?? null;
  return { properties, lists };
}

async function readLists(hubspot: HubSpotClient, contactId: string): Promise<ListState> {
  try {
    const m = await hubspot.listMemberships.forRecord({ objectTypeId: '0-1', recordId: contactId });
    return { kind: 'known', listIds: new Set(m.listIds), more: m.more };
  } catch (err) {
    return err instanceof MissingScopesError ? { kind: 'missing-scope', scope: LISTS_SCOPE } : { kind: 'failed' };
  }
}

export interface CheckOptions {
  catalog: Catalog;
  names: NameLookup;
  now: number;
  timeZone: string;
  isMember: boolean;
}

/**
 * The reads, then a check to run once the names are known: get-workflow calls this in its wave after
 * the flow read and applies the result to the names and the contact's membership from that same wave.
 * `now` is read once the reads are in (the check's "today").
 */
export async function triggerCheckReads(
  hubspot: HubSpotClient,
  flow: { objectTypeId?: unknown; enrollmentCriteria?: unknown },
  contact: { contactId: string; properties: Record<string, string | null | undefined> },
  opts: { timeZone: string | undefined; now: () => Date; sent?: SentProperties },
): Promise<((names: { catalog: Catalog; lookup: NameLookup }, isMember: boolean) => TriggerCheck | undefined) | null> {
  const { timeZone } = opts;
  const reads = await readForTriggerCheck(hubspot, flow, contact.contactId, contact.properties, opts.sent);
  if (!reads) return null;
  const now = opts.now().getTime();
  return (names, isMember) => {
    try {
      return checkTrigger(flow, reads, { catalog: names.catalog, names: names.lookup, now, timeZone: timeZone ?? 'UTC', isMember });
    } catch (err) {
      // The check is an extra: a bug here leaves the workflow's panel without it, and says so in the function log.
      console.error(`[trigger-check] ${err instanceof Error ? err.message : 'non-error thrown'}`);
      return undefined;
    }
  };
}

export function checkTrigger(flow: { enrollmentCriteria?: unknown }, reads: TriggerCheckReads, opts: CheckOptions): TriggerCheck {
  const env = {
    objectTypeId: '0-1',
    catalog: opts.catalog,
    names: opts.names,
    now: opts.now,
    timeZone: opts.timeZone,
    lists: reads.lists,
    property: (name: string) => (name in reads.properties ? reads.properties[name] : undefined),
    other: (name: string) => (name in reads.properties ? reads.properties[name] : undefined),
  };
  const firstName = reads.properties.firstname?.trim() || undefined;
  const who = firstName ?? 'This contact';
  const main = checkCriteria(flow.enrollmentCriteria, env);
  const check: TriggerCheck = { ...part(main, who, 'trigger'), isMember: opts.isMember };
  if (firstName) check.firstName = firstName;
  const criteria = flow.enrollmentCriteria;
  const again = isObj(criteria) ? checkReEnrollment(criteria, env) : undefined;
  if (again) check.reEnrollment = part(again, who, 're-enrollment');
  return check;
}

const VERDICT: Record<CheckResult, TriggerVerdict> = { met: 'meets', 'not-met': 'does-not-meet', unknown: 'cannot-tell' };
const MARK: Record<CheckResult, string> = { met: '✓', 'not-met': '✗', unknown: '?' };

function part(checked: Checked, who: string, what: 'trigger' | 're-enrollment'): TriggerCheckPart {
  const verdict = VERDICT[checked.result];
  const whoInside = who === 'This contact' ? 'this contact' : who;
  const head =
    what === 'trigger'
      ? { meets: `${who} meets the trigger`, 'does-not-meet': `${who} does not meet the trigger`, 'cannot-tell': `The app can't tell whether ${whoInside} meets the trigger` }
      : {
          meets: `${who} meets a re-enrollment trigger`,
          'does-not-meet': `${who} meets no re-enrollment trigger`,
          'cannot-tell': `The app can't tell whether ${whoInside} would enroll again`,
        };
  // No closing period: the line ends on a mark, as the card's one line reads ("… Lifecycle stage is any of Lead ✓").
  return { verdict, summary: `${head[verdict]}: ${reasons(checked.lines, checked.result)}`, lines: checked.lines };
}

/** The criteria that decided, each with its mark: "City is equal to Dublin ✓, Lifecycle stage is any of Lead ✓". */
function reasons(lines: TriggerCheckLine[], result: CheckResult): string {
  const deciding = lines.filter((l) => l.result === result && !l.text.endsWith(':'));
  // The contact's value where the words do not already say it: "City is equal to Dublin ✗ (Cork)".
  const valued = (l: TriggerCheckLine) => (l.contactValue && l.result !== 'met' && !l.text.toLowerCase().includes(l.contactValue.toLowerCase()) ? ` (${l.contactValue})` : '');
  const shown = deciding.slice(0, 3).map((l) => `${l.text} ${MARK[l.result]}${valued(l)}`);
  return deciding.length > 3 ? `${shown.join(', ')} and ${deciding.length - 3} more` : shown.join(', ');
}
