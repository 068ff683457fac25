/**
 * Patterns live portals send that the recordings in shared/realdata do not all show (issue 17 lists
 * them from a wider sample; platform doc §6): A/B splits without names or shares, a delay to a weekday
 * (delta "0" + days_of_week), a zero delay, custom-object flows, the "CRM object created" event, custom
 * code without actionTypeId, email events and list membership triggers.
 */
import { decodeFlow } from '../decode';
import type { NameLookup } from '../../names/reference';

const flow = (actions: unknown[], extra: Record<string, unknown> = {}) => ({
  id: '1',
  name: 'Pattern',
  isEnabled: true,
  objectTypeId: '0-1',
  startActionId: '1',
  actions,
  ...extra,
});
const single = (actionId: string, actionTypeId: string, fields: Record<string, unknown>, next?: string) => ({
  actionId,
  actionTypeId,
  actionTypeVersion: 0,
  type: 'SINGLE_CONNECTION',
  fields,
  ...(next ? { connection: { edgeType: 'STANDARD', nextActionId: next } } : {}),
});
const event = (eventTypeId: string, filters: unknown[] = []) => ({
  eventTypeId,
  operator: 'HAS_COMPLETED',
  filterBranchType: 'UNIFIED_EVENTS',
  filterBranchOperator: 'AND',
  filterBranches: [],
  filters,
});
const prop = (property: string, operator: string, value?: unknown) => ({
  filterType: 'PROPERTY',
  property,
  operation: { operator, includeObjectsWithNoValueSet: false, ...(value === undefined ? {} : Array.isArray(value) ? { values: value } : { value }) },
});
const eventTrigger = (...branches: unknown[]) => ({
  enrollmentCriteria: { type: 'EVENT_BASED', shouldReEnroll: false, eventFilterBranches: branches, listMembershipFilterBranches: [] },
});

describe('A/B splits as live portals send them', () => {
  it('without names or shares: "Split at random into 2 paths", paths A and B, no placeholder', () => {
    const w = decodeFlow(
      flow([
        {
          actionId: '1',
          type: 'AB_TEST_BRANCH',
          testBranches: [{ connection: { edgeType: 'STANDARD', nextActionId: '2' } }, { connection: { edgeType: 'STANDARD', nextActionId: '3' } }],
        },
        single('2', '0-4', { content_id: '11' }),
        single('3', '0-4', { content_id: '22' }),
      ]),
    );
    expect(w.steps[0]).toMatchObject({ name: 'A/B test split', summary: 'Split at random into 2 paths', kind: 'branch' });
    expect(w.steps[0].branches.map((b) => b.label)).toEqual(['Path A', 'Path B']);
    expect(JSON.stringify(w.steps)).not.toMatch(/share not set|\?/);
  });
});

describe('delays', () => {
  const summary = (fields: Record<string, unknown>) => decodeFlow(flow([single('1', '0-1', fields)])).steps[0].summary;
  it('delta "0" with weekdays waits until the next of those days', () => {
    expect(summary({ delta: '0', time_unit: 'DAYS', days_of_week: ['TUESDAY'] })).toBe('Wait until the next Tuesday');
    expect(summary({ delta: '0', time_unit: 'MINUTES', days_of_week: ['MONDAY', 'THURSDAY'], time_of_day: { hour: 8, minute: 0 } })).toBe(
      'Wait until the next Monday or Thursday at 08:00',
    );
    expect(summary({ delta: '1', time_unit: 'DAYS', days_of_week: ['FRIDAY'] })).toBe('Wait 1 day, then until the next Friday');
  });
  it('a zero delay reads as no delay', () => {
    expect(summary({ delta: '0', time_unit: 'MINUTES' })).toBe('No delay: continues at once');
    expect(summary({ delta: '1440', time_unit: 'MINUTES' })).toBe('Wait 1 day');
  });
  it('wait for an event, with and without its expiry', () => {
    const wait = (fields: Record<string, unknown>) => decodeFlow(flow([single('1', '0-29', fields)])).steps[0].summary;
    const changed = event('4-655002', [prop('hs_name', 'IS_EQUAL_TO', 'lifecyclestage'), prop('hs_value', 'IS_EQUAL_TO', 'customer')]);
    expect(wait({ event_filter_branches: [changed], expiration_minutes: '30' })).toBe('Wait until Lifecycle stage changed to customer, or 30 minutes pass');
    expect(wait({ event_filter_branches: [event('4-666440')], expiration_minutes: '1440' })).toBe('Wait until Opened email, or 1 day passes');
    expect(wait({ event_filter_branches: [event('4-666440')] })).toBe('Wait until Opened email');
  });
});

describe('event triggers in words', () => {
  const trigger = (...branches: unknown[]) => decodeFlow(flow([], eventTrigger(...branches))).trigger;
  it('property changed: to an option (its label), known, empty; never hs_name/hs_value or the event id', () => {
    const names: NameLookup = {
      label: (r) => (r.kind === 'property' && r.property === 'lv_org_type' ? 'Org type' : r.kind === 'propertyValue' && r.value === 'broadcaster' ? 'Broadcaster' : undefined),
    };
    const t = (filters: unknown[]) => decodeFlow(flow([], eventTrigger(event('4-655002', filters))), undefined, names).trigger.summary;
    expect(t([prop('hs_name', 'IS_EQUAL_TO', 'lv_org_type'), prop('hs_value', 'IS_EQUAL_TO', 'broadcaster')])).toBe('Enrolls when: Org type changed to Broadcaster');
    expect(t([prop('hs_name', 'IS_EQUAL_TO', 'lv_org_type'), prop('hs_value', 'IS_UNKNOWN')])).toBe('Enrolls when: Org type changed (new value is empty)');
    expect(t([prop('hs_name', 'IS_ANY_OF', ['lv_org_type', 'city'])])).toBe('Enrolls when: Org type or City changed');
    expect(t([prop('hs_name', 'IS_EQUAL_TO', 'lv_org_type'), prop('hs_value', 'CONTAINS', 'cast')])).toBe('Enrolls when: Org type changed (new value contains cast)');
    expect(t([])).toBe('Enrolls when: A property value changed');
  });
  it('record created: the enrolled object, a custom object by its name from the schemas API', () => {
    expect(decodeFlow(flow([], { objectTypeId: '0-2', ...eventTrigger(event('4-1463224')) })).trigger.summary).toBe('Enrolls when: Company is created');
    const custom = flow([single('1', '0-5', { property_name: 'status', value: { staticValue: 'x', type: 'STATIC_VALUE' } })], {
      objectTypeId: '2-34637667',
      ...eventTrigger(event('4-1463224')),
    });
    const names: NameLookup = { label: (r) => (r.kind === 'objectType' ? (r.number === 'plural' ? 'Webinar registrations' : 'Webinar registration') : undefined) };
    const named = decodeFlow(custom, undefined, names);
    expect(named.objectLabel).toBe('Webinar registrations');
    expect(named.trigger.summary).toBe('Enrolls when: Webinar registration is created');
    // Without the optional scope: no id, a plain description.
    const plain = decodeFlow(custom);
    expect(plain.objectLabel).toBe('Custom object records');
    expect(plain.trigger.summary).toBe('Enrolls when: Custom object record is created');
    // Standard objects beyond the seeds' table by name too (leads), unknown ones as plain records.
    expect(decodeFlow(flow([], { objectTypeId: '0-136', ...eventTrigger(event('4-1463224')) }))).toMatchObject({
      objectLabel: 'Leads',
      trigger: { summary: 'Enrolls when: Lead is created' },
    });
    expect(decodeFlow(flow([], { objectTypeId: '0-999' })).objectLabel).toBe('Records');
  });
  it('form submitted (form name), email events by name, list membership', () => {
    const names: NameLookup = { label: (r) => (r.kind === 'form' ? 'Contact us' : r.kind === 'list' ? 'VIPs' : undefined) };
    const f = decodeFlow(flow([], eventTrigger(event('4-1639801', [prop('hs_form_id', 'IS_ANY_OF', ['f-1'])]))), undefined, names).trigger;
    expect(f.summary).toBe('Enrolls when: Submitted form Contact us');
    expect(trigger(event('4-1639801')).summary).toBe('Enrolls when: Submitted a form');
    expect(trigger(event('4-666288'), event('4-665538')).summary).toBe('Enrolls when: Clicked link in email OR Replied to email');
    const lists = decodeFlow(
      flow([], {
        enrollmentCriteria: {
          type: 'EVENT_BASED',
          eventFilterBranches: [],
          listMembershipFilterBranches: [{ filterBranchType: 'AND', filterBranches: [], filters: [{ filterType: 'IN_LIST', listId: '42', operator: 'IN_LIST' }] }],
        },
      }),
      undefined,
      names,
    ).trigger;
    expect(lists.summary).toBe('Enrolls when: Added to list VIPs');
  });
});

describe('actions as live portals send them', () => {
  it('custom code without actionTypeId; create task with a numeric association type and string "true"', () => {
    const w = decodeFlow(
      flow([
        { actionId: '1', type: 'CUSTOM_CODE', runtime: 'NODE20X', sourceCode: 'x', secretNames: [], outputFields: [], connection: { edgeType: 'STANDARD', nextActionId: '2' } },
        single('2', '0-3', {
          task_type: 'CALL',
          subject: 'Call {{ enrolled_object.firstname }}',
          associations: [{ target: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 204 }, value: { type: 'ENROLLED_OBJECT' } }],
          use_explicit_associations: 'true',
          owner_assignment: { value: { propertyName: 'hubspot_owner_id', type: 'OBJECT_PROPERTY' }, type: 'CUSTOM' },
        }),
      ]),
    );
    expect(w.steps[0]).toMatchObject({ kind: 'custom-code', actionTypeId: null, summary: 'Custom code (Node.js 20)' });
    expect(w.steps[1]).toMatchObject({
      summary: 'Create task: Call [First name]',
      details: ['Type: Call', "Assigned to: the record's Contact owner", 'Associated with the enrolled contact'],
    });
  });
  it('tokens in messages read as bracketed labels, never cut in half', () => {
    const names: NameLookup = { label: (r) => (r.kind === 'property' && r.property === 'hubspot_owner_id' ? 'Contact owner' : undefined) };
    const body = `<p>Hola {{ enrolled_object.hubspot_owner_id }}, {{ enrolled_object }} — ${'x'.repeat(70)} {{ enrolled_object.email }}</p>`;
    const step = decodeFlow(flow([single('1', '0-8', { user_ids: ['1'], subject: 'Hi', body })]), undefined, names).steps[0];
    expect(step.details[0]).toMatch(/^Message: Hola \[Contact owner\], \[Enrolled record\] — x+…$/);
    expect(step.details[0]).not.toMatch(/\{\{|\}\}|\[Ema/);
  });
});
