/**
 * The trigger's structure: all of / any of / not all of / none of, events, associations, MANUAL, event
 * triggers with "only if" criteria, list filters (known, more pages, scope missing, failed), the verdicts
 * and their one-line summaries; and every recorded live flow (../shared/realdata/flows-v4) checked
 * without a placeholder in what the rep reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { requirement, SHARED_DIR } from '../../../../test/requirements';
import { getSeedCatalog } from '../../catalog';
import { ID_AS_IS, type NameLookup } from '../../../names/reference';
import { checkTrigger, contactValueReferences, type TriggerCheckReads } from '../index';

const catalog = getSeedCatalog();
const NOW = Date.parse('2026-03-02T12:00:00Z');
const prop = (property: string, operation: Record<string, unknown>) => ({ filterType: 'PROPERTY', property, operation: { includeObjectsWithNoValueSet: false, ...operation } });
const city = (v: string) => prop('city', { operationType: 'STRING', operator: 'IS_EQUAL_TO', value: v });
const stage = (v: string) => prop('lifecyclestage', { operationType: 'ENUMERATION', operator: 'IS_ANY_OF', values: [v] });
const inList = (listId: string, operator = 'IN_LIST') => ({ filterType: 'IN_LIST', listId, operator });
const formEvent = { filterBranchType: 'UNIFIED_EVENTS', eventTypeId: '4-1639801', operator: 'HAS_COMPLETED', filters: [], filterBranches: [] };
const and = (...filters: unknown[]) => ({ filterBranchType: 'AND', filterBranchOperator: 'AND', filters, filterBranches: [] });
const or = (...filterBranches: unknown[]) => ({ filterBranchType: 'OR', filterBranchOperator: 'OR', filters: [], filterBranches });
const listBased = (listFilterBranch: unknown, extra: Record<string, unknown> = {}) => ({
  enrollmentCriteria: { type: 'LIST_BASED', shouldReEnroll: false, listFilterBranch, ...extra },
});

const reads = (properties: Record<string, string | null>, lists: TriggerCheckReads['lists'] = { kind: 'known', listIds: new Set(['7']), more: false }): TriggerCheckReads => ({
  properties: { firstname: 'Ada', ...properties },
  lists,
});
/** The one label these words need from HubSpot's names (the rest show as the decoder shows them unnamed). */
const names: NameLookup = { label: (ref) => (ref.kind === 'property' && ref.property === 'lifecyclestage' ? 'Lifecycle stage' : ID_AS_IS.label(ref)) };
const check = (flow: { enrollmentCriteria?: unknown }, r: TriggerCheckReads, isMember = false) => checkTrigger(flow, r, { catalog, names, now: NOW, timeZone: 'UTC', isMember });

describe('trigger check: the structure and the verdict', () => {
  const dublinLeads = listBased(or(and(city('Dublin'), stage('lead')), and(inList('7'))));

  it('meets: one line, each met criterion with ✓', () => {
    const t = check(listBased(or(and(city('Dublin'), stage('lead')))), reads({ city: 'Dublin', lifecyclestage: 'lead' }));
    expect(t).toMatchObject({
      verdict: 'meets',
      summary: 'Ada meets the trigger: City is equal to Dublin ✓, Lifecycle stage is any of lead ✓',
      isMember: false,
      firstName: 'Ada',
    });
    expect(t.lines.map((l) => l.depth)).toEqual([0, 0]); // a top "all of" needs no heading
  });

  it('does not meet: the missing criteria with ✗ and the contact’s value', () => {
    const t = check(dublinLeads, reads({ city: 'Cork', lifecyclestage: 'lead' }, { kind: 'known', listIds: new Set(['8']), more: false }));
    expect(t.verdict).toBe('does-not-meet');
    expect(t.summary).toBe('Ada does not meet the trigger: City is equal to Dublin ✗ (Cork), In list 7 ✗');
  });

  it('a group with a not-met filter is not met even if another is unknown; any of with an undecided branch is cannot-tell', () => {
    const t = check(listBased(and(city('Dublin'), prop('x', { operationType: 'STRING', operator: 'HAS_EVER_BEEN_EQUAL_TO', value: 'y' }))), reads({ city: 'Cork', x: 'y' }));
    expect(t.verdict).toBe('does-not-meet');
    const u = check(listBased(or(and(city('Dublin')), formEvent)), reads({ city: 'Cork' }));
    expect(u.verdict).toBe('cannot-tell');
    expect(u.summary).toMatch(/^The app can't tell whether Ada meets the trigger: Submitted a form.* \?$/);
    const m = check(listBased(or(and(city('Cork')), formEvent)), reads({ city: 'Cork' }));
    expect(m.verdict).toBe('meets');
  });

  it('lists: without crm.lists.read unknown (never not met) and names the scope; a further page or a failed read is unknown too', () => {
    for (const lists of [
      { kind: 'missing-scope', scope: 'crm.lists.read' } as const,
      { kind: 'failed' } as const,
      { kind: 'known', listIds: new Set<string>(), more: true } as const,
    ]) {
      const t = check(dublinLeads, reads({ city: 'Cork', lifecyclestage: 'lead' }, lists));
      expect(t.verdict).toBe('cannot-tell');
      const line = t.lines.find((l) => l.text.startsWith('In list'))!;
      expect(line.result).toBe('unknown');
      if (lists.kind === 'missing-scope') expect(line.why).toContain('crm.lists.read');
    }
    expect(check(listBased(and(inList('7', 'NOT_IN_LIST'))), reads({})).verdict).toBe('does-not-meet');
  });

  it('not all of / none of', () => {
    expect(
      check(listBased({ filterBranchType: 'NOT_ALL', filters: [city('Dublin'), stage('lead')], filterBranches: [] }), reads({ city: 'Dublin', lifecyclestage: 'customer' }))
        .verdict,
    ).toBe('meets');
    expect(
      check(listBased({ filterBranchType: 'NOT_ANY', filters: [city('Dublin'), stage('lead')], filterBranches: [] }), reads({ city: 'Cork', lifecyclestage: 'lead' })).verdict,
    ).toBe('does-not-meet');
  });

  it('associated records, unread properties, MANUAL and no criteria: unknown with a reason', () => {
    const assoc = {
      filterBranchType: 'ASSOCIATION',
      objectTypeId: '0-2',
      associationTypeId: 1,
      filters: [prop('name', { operationType: 'STRING', operator: 'IS_KNOWN' })],
      filterBranches: [],
    };
    const a = check(listBased(and(city('Dublin')), {}), reads({ city: 'Dublin' }));
    expect(a.verdict).toBe('meets');
    const b = check(listBased({ ...or(and(city('Dublin'))), filterBranches: [and(city('Dublin')), assoc] }), reads({ city: 'Cork' }));
    expect(b.verdict).toBe('cannot-tell');
    expect(b.lines.find((l) => l.why?.includes('associated records'))).toBeTruthy();
    const unread = check(listBased(and(city('Dublin'))), { properties: {}, lists: { kind: 'not-read' } });
    expect(unread).toMatchObject({ verdict: 'cannot-tell', summary: expect.stringContaining('whether this contact meets') });
    const manual = check({ enrollmentCriteria: { type: 'MANUAL', shouldReEnroll: false } }, reads({}));
    expect(manual.verdict).toBe('cannot-tell');
    expect(manual.lines[0].why).toMatch(/enrolled by hand/);
    expect(check({}, reads({})).verdict).toBe('cannot-tell');
  });

  it('event triggers: the event is unknown; "only if" criteria not met decide "does not meet"', () => {
    const flow = (refinementCriteria?: unknown) => ({
      enrollmentCriteria: { type: 'EVENT_BASED', shouldReEnroll: false, eventFilterBranches: [formEvent], listMembershipFilterBranches: [], refinementCriteria },
    });
    expect(check(flow(), reads({})).verdict).toBe('cannot-tell');
    expect(check(flow(and(stage('lead'))), reads({ lifecyclestage: 'lead' })).verdict).toBe('cannot-tell');
    const no = check(flow(and(stage('lead'))), reads({ lifecyclestage: 'customer' }));
    expect(no.verdict).toBe('does-not-meet');
    expect(no.lines.map((l) => [l.text, l.result])).toContainEqual(['Only if:', 'not-met']);
  });

  it('re-enrollment: checked the same way when on; membership passed on (the card says "already in this workflow")', () => {
    const flow = listBased(and(city('Dublin')), { shouldReEnroll: true, reEnrollmentTriggersFilterBranches: [and(stage('lead'))] });
    const t = check(flow, reads({ city: 'Dublin', lifecyclestage: 'lead' }), true);
    expect(t.summary).toBe('Ada meets the trigger: City is equal to Dublin ✓');
    expect(t.isMember).toBe(true);
    expect(t.reEnrollment).toMatchObject({ verdict: 'meets', summary: 'Ada meets a re-enrollment trigger: Lifecycle stage is any of lead ✓' });
    expect(check({ ...flow, enrollmentCriteria: { ...flow.enrollmentCriteria, shouldReEnroll: false } }, reads({ city: 'Dublin' })).reEnrollment).toBeUndefined();
  });
});

describe('trigger check: names for the contact’s values', () => {
  it('asks the names wave for the contact’s owner when a filter compares owners (sent by the card or read before)', () => {
    const flow = { objectTypeId: '0-1', ...listBased(and(prop('hubspot_owner_id', { operationType: 'ENUMERATION', operator: 'IS_ANY_OF', values: ['81'] }), city('Dublin'))) };
    expect(contactValueReferences(flow, { contactId: '5', properties: { hubspot_owner_id: '82', city: 'Cork' } })).toEqual([{ kind: 'owner', id: '82' }]);
    expect(contactValueReferences(flow, { contactId: '5', properties: {} }, { hs_object_id: '5', hubspot_owner_id: '83' })).toEqual([{ kind: 'owner', id: '83' }]);
    expect(contactValueReferences({ ...flow, objectTypeId: '0-2' }, { contactId: '5', properties: { hubspot_owner_id: '82' } })).toEqual([]);
  });
});

const FLOWS = path.join(SHARED_DIR, 'realdata', 'flows-v4');
requirement(
  fs.existsSync(FLOWS),
  'trigger check over the recorded live flows',
  FLOWS,
  'put shared/ beside the repository root',
)('trigger check: recorded live flows', () => {
  it('every recorded flow checks, with no placeholder in what the rep reads', () => {
    const files = fs.readdirSync(FLOWS).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const file of files) {
      const flow = JSON.parse(fs.readFileSync(path.join(FLOWS, file), 'utf8'));
      const t = check(flow, reads({ city: null, lifecyclestage: 'lead' }), true);
      const texts = [t.summary, ...t.lines.flatMap((l) => [l.text, l.contactValue ?? '', l.why ?? '']), t.reEnrollment?.summary ?? ''].join('\n');
      expect({ file, bad: texts.match(/\b(undefined|null|NaN)\b|not set/g) }).toEqual({ file, bad: null });
      expect(['meets', 'does-not-meet', 'cannot-tell']).toContain(t.verdict);
    }
  });
});
