/**
 * collectReferences and NameLookup: the ids the words contain, and labels for them. The inline flow
 * covers each kind; the seed examples (skipped loudly without ../shared) check real shapes.
 */
import { getSeedCatalog } from '../catalog';
import { contextFor } from '../context';
import { decodeFlow, flattenSteps } from '../decode';
import { objectSingular } from '../describers/shared';
import { describeFilter } from '../filters';
import { namesFrom } from '../names';
import type { NameLookup, Reference } from '../../names/reference';
import { collectReferences, referencesOfKind } from '../references';
import { needsShared } from '../../../test/requirements';
import { loadSeedExamples } from './seed-examples';

const flow = {
  id: '1',
  name: 'Refs',
  objectTypeId: '0-1',
  startActionId: '1',
  enrollmentCriteria: {
    type: 'LIST_BASED',
    listFilterBranch: {
      filterBranchType: 'OR',
      filters: [],
      filterBranches: [
        {
          filterBranchType: 'AND',
          filterBranches: [],
          filters: [
            { filterType: 'PROPERTY', property: 'lifecyclestage', operation: { operationType: 'ENUMERATION', operator: 'IS_ANY_OF', values: ['lead'] } },
            { filterType: 'IN_LIST', listId: '42', operator: 'IN_LIST' },
            { filterType: 'FORM_SUBMISSION', formId: 'f-1' },
          ],
        },
      ],
    },
  },
  actions: [
    {
      actionId: '1',
      actionTypeId: '0-5',
      type: 'SINGLE_CONNECTION',
      fields: { property_name: 'hubspot_owner_id', value: { staticValue: '2620022' } },
      connection: { edgeType: 'STANDARD', nextActionId: '2' },
    },
    { actionId: '2', actionTypeId: '0-46510720', type: 'SINGLE_CONNECTION', fields: { sequenceId: '77', userId: '5' }, connection: { edgeType: 'STANDARD', nextActionId: '3' } },
    {
      actionId: '3',
      actionTypeId: '0-9',
      type: 'SINGLE_CONNECTION',
      fields: { user_ids: ['9'], team_ids: ['t1'], subject: 'Hi' },
      connection: { edgeType: 'STANDARD', nextActionId: '4' },
    },
    {
      actionId: '4',
      actionTypeId: '0-14',
      type: 'SINGLE_CONNECTION',
      fields: {
        object_type_id: '0-3',
        properties: [
          { targetProperty: 'pipeline', value: { staticValue: 'default' } },
          { targetProperty: 'dealstage', value: { staticValue: 'closedwon' } },
        ],
        associations: [{ target: { associationTypeId: 3 }, value: { type: 'ENROLLED_OBJECT' } }],
      },
      connection: { edgeType: 'STANDARD', nextActionId: '5' },
    },
    { actionId: '5', actionTypeId: '0-4', type: 'SINGLE_CONNECTION', fields: { content_id: '555' }, connection: { edgeType: 'STANDARD', nextActionId: '6' } },
    { actionId: '6', actionTypeId: '0-15', type: 'SINGLE_CONNECTION', fields: { flow_id: '88' }, connection: { edgeType: 'STANDARD', nextActionId: '7' } },
    { actionId: '7', actionTypeId: '0-63809083', type: 'SINGLE_CONNECTION', fields: { listId: '43' } },
  ],
};

describe('collectReferences', () => {
  it('lists every id the words show, by kind and scoped to its object type', () => {
    const refs = collectReferences(flow);
    const want: Reference[] = [
      { kind: 'property', objectTypeId: '0-1', property: 'lifecyclestage' },
      { kind: 'propertyValue', objectTypeId: '0-1', property: 'lifecyclestage', value: 'lead' },
      { kind: 'list', id: '42' },
      { kind: 'form', id: 'f-1' },
      { kind: 'property', objectTypeId: '0-1', property: 'hubspot_owner_id' },
      { kind: 'owner', id: '2620022' },
      { kind: 'sequence', id: '77' },
      { kind: 'user', id: '5' },
      { kind: 'user', id: '9' },
      { kind: 'team', id: 't1' },
      { kind: 'pipeline', objectTypeId: '0-3', id: 'default' },
      { kind: 'property', objectTypeId: '0-3', property: 'pipeline' },
      { kind: 'pipelineStage', objectTypeId: '0-3', id: 'closedwon' },
      { kind: 'property', objectTypeId: '0-3', property: 'dealstage' },
      { kind: 'associationType', id: '3', fromObjectTypeId: '0-3', toObjectTypeId: '0-1' }, // the created deal → the enrolled contact
      { kind: 'marketingEmail', id: '555' },
      { kind: 'workflow', id: '88' },
      { kind: 'list', id: '43' },
    ];
    for (const r of want) expect(refs).toContainEqual(r);
    expect(refs).toHaveLength(want.length); // each once, nothing else
    expect(
      referencesOfKind(refs, 'list')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['42', '43']);
  });

  it('a lookup turns ids into names; without one the words are unchanged', () => {
    const plain = decodeFlow(flow);
    expect(plain.steps[0].summary).toBe('Set Contact owner to 2620022');
    const names: NameLookup = {
      label: (r) => (r.kind === 'owner' && r.id === '2620022' ? 'Jane Doe' : r.kind === 'list' && r.id === '42' ? 'VIPs' : r.kind === 'sequence' ? 'Renewal' : undefined),
    };
    const named = decodeFlow(flow, undefined, names);
    expect(named.steps[0].summary).toBe('Set Contact owner to Jane Doe');
    expect(named.trigger.summary).toContain('In list VIPs');
    expect(flattenSteps(named.steps)[1].step.summary).toBe('Enroll in sequence Renewal from user 5');
    // Only the named ids changed.
    expect(
      flattenSteps(named.steps)
        .slice(2)
        .map((s) => s.step.summary),
    ).toEqual(
      flattenSteps(plain.steps)
        .slice(2)
        .map((s) => s.step.summary),
    );
  });
});

const d = needsShared('seeds', 'the seed reference tests (collectReferences on the seed examples)');
d('collectReferences on the seed examples', () => {
  const byKey = new Map(loadSeedExamples().map((e) => [e.key, e.flow] as const));
  it.each([
    [
      '000#1',
      [
        { kind: 'list', id: '178' },
        { kind: 'user', id: '2620022' },
      ],
    ],
    [
      '000#2',
      [
        { kind: 'marketingEmail', id: '35431921489' },
        { kind: 'form', id: '1c2c34c5-c98b-4241-abea-ef227575335b' },
      ],
    ],
    [
      '002#5',
      [
        { kind: 'pipelineStage', objectTypeId: '0-3', id: 'appointmentscheduled' },
        { kind: 'associationType', id: '3', fromObjectTypeId: '0-3', toObjectTypeId: '0-1' },
        { kind: 'property', objectTypeId: '0-3', property: 'amount' },
      ],
    ],
    [
      '003#13',
      [
        { kind: 'property', objectTypeId: '0-1', property: 'hs_lead_status' },
        { kind: 'propertyValue', objectTypeId: '0-1', property: 'hs_lead_status', value: 'QUALIFIED' },
      ],
    ],
    ['003#14', [{ kind: 'propertyValue', objectTypeId: '0-1', property: 'lifecyclestage', value: 'customer' }]],
  ] as [string, Reference[]][])('%s', (key, want) => {
    const refs = collectReferences(byKey.get(key)!);
    for (const r of want) expect(refs).toContainEqual(r);
  });
  it('a workflow with nothing to name has no references', () => {
    expect(collectReferences(byKey.get('002#1')!)).toEqual([]);
  });
});

describe('namesFrom (names at once, outside a flow walk)', () => {
  it('words a filter like wordFlow does, formatting named labels the same way', () => {
    const lookup: NameLookup = { label: (r) => (r.kind === 'property' ? 'Lead status' : r.kind === 'objectType' ? 'Webinar registration' : undefined) };
    const ctx = contextFor(getSeedCatalog(), '0-1', namesFrom(lookup));
    expect(describeFilter({ filterType: 'PROPERTY', property: 'hs_lead_status', operation: { operator: 'IS_KNOWN' } }, getSeedCatalog(), ctx)).toBe('Lead status is known');
    expect(objectSingular({ ...ctx, objectTypeId: '2-1' }, '2-1', true)).toBe('Webinar registration');
    expect(objectSingular({ ...ctx, objectTypeId: '2-1' }, '2-1')).toBe('webinar registration');
  });
});
