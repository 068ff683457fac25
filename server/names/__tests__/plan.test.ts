/** planNameCalls: which HubSpot calls name a workflow's references (deduped, batched, cache hits left out). */
import type { Reference } from '../reference';
import { factKey, type NameFact } from '../facts';
import { planNameCalls } from '../plan';

const none = () => undefined;
const cached = (entries: Record<string, NameFact>) => (key: string) => entries[key];

describe('planNameCalls', () => {
  it('one batch per object type for properties and their values; ids deduped', () => {
    const refs: Reference[] = [
      { kind: 'property', objectTypeId: '0-1', property: 'lifecyclestage' },
      { kind: 'propertyValue', objectTypeId: '0-1', property: 'lifecyclestage', value: 'lead' },
      { kind: 'propertyValue', objectTypeId: '0-1', property: 'lifecyclestage', value: 'customer' },
      { kind: 'propertyValue', objectTypeId: '0-1', property: 'hs_lead_status', value: 'NEW' },
      { kind: 'property', objectTypeId: '0-3', property: 'dealstage' },
      { kind: 'pipelineStage', objectTypeId: '0-3', id: 'closedwon' },
      { kind: 'pipeline', objectTypeId: '0-3', id: 'default' },
      { kind: 'list', id: '1' },
      { kind: 'list', id: '2' },
      { kind: 'list', id: '1' },
      { kind: 'workflow', id: '7' },
      { kind: 'workflow', id: '8' },
    ];
    expect(planNameCalls(refs, none)).toEqual([
      { kind: 'properties', objectType: '0-1', names: ['lifecyclestage', 'hs_lead_status'] },
      { kind: 'properties', objectType: '0-3', names: ['dealstage'] },
      { kind: 'pipelines', objectType: '0-3' },
      { kind: 'lists', ids: ['1', '2'] },
      { kind: 'workflows', ids: ['7', '8'] },
    ]);
  });

  it('custom object types: one schemas batch for both numbers; none for standard types, cached ones or without the scope; action types are not asked here', () => {
    const refs: Reference[] = [
      { kind: 'objectType', id: '2-34637667', number: 'plural' },
      { kind: 'objectType', id: '2-34637667', number: 'singular' },
      { kind: 'objectType', id: '2-5', number: 'singular' },
      { kind: 'objectType', id: '0-2', number: 'plural' },
      { kind: 'actionType', id: '1-179507819' },
    ];
    expect(planNameCalls(refs, none)).toEqual([{ kind: 'objectSchemas', objectTypes: ['2-34637667', '2-5'] }]);
    expect(planNameCalls(refs, cached({ [factKey.objectType('2-5')]: { plural: 'Pets' } }))).toEqual([{ kind: 'objectSchemas', objectTypes: ['2-34637667'] }]);
    expect(planNameCalls(refs, cached({ [factKey.scopeMissing('crm.schemas.custom.read')]: true }))).toEqual([]);
  });

  it('batches of at most 100: 150 lists are 2 calls, 150 properties of one object 2 calls', () => {
    const refs: Reference[] = [
      ...Array.from({ length: 150 }, (_, i): Reference => ({ kind: 'list', id: String(1000 + i) })),
      ...Array.from({ length: 150 }, (_, i): Reference => ({ kind: 'property', objectTypeId: '0-1', property: `p${i}` })),
    ];
    const calls = planNameCalls(refs, none);
    expect(calls.map((c) => `${c.kind}:${'ids' in c ? c.ids.length : 'names' in c ? c.names.length : ''}`)).toEqual(['properties:100', 'properties:50', 'lists:100', 'lists:50']);
  });

  it('one call per id only where HubSpot has no batch: owners by owner id or user id, forms, emails, sequences', () => {
    const refs: Reference[] = [
      { kind: 'owner', id: '81000001' },
      { kind: 'owner', id: '81000001' },
      { kind: 'user', id: '2620022' },
      { kind: 'form', id: '2f5cc7f8-d359-4e9c-a770-dd42ea07d217' },
      { kind: 'marketingEmail', id: '41000001' },
      { kind: 'marketingEmail', id: '41000001' },
      { kind: 'sequence', id: '200000001' },
    ];
    expect(planNameCalls(refs, none, { userId: '2620022' })).toEqual([
      { kind: 'owner', id: '81000001', idProperty: 'id' },
      { kind: 'owner', id: '2620022', idProperty: 'userId' },
      { kind: 'form', id: '2f5cc7f8-d359-4e9c-a770-dd42ea07d217' },
      { kind: 'marketingEmail', id: '41000001' },
      { kind: 'sequence', id: '200000001', userId: '2620022' },
    ]);
    // Without the acting user, sequences cannot be read: no call, the id stays.
    expect(planNameCalls([{ kind: 'sequence', id: '200000001' }], none)).toEqual([]);
  });

  it('asks nothing it cannot name: events, placeholders, pairs without contacts, ads audiences', () => {
    const refs: Reference[] = [
      { kind: 'property', objectTypeId: '4-1639801', property: 'hs_form_id' },
      { kind: 'marketingEmail', id: 'welcome_email_id' },
      { kind: 'owner', id: 'owner_id' },
      { kind: 'associationType', id: '3', fromObjectTypeId: '0-3', toObjectTypeId: '0-2' },
      { kind: 'associationType', id: '339', fromObjectTypeId: '0-5' },
      { kind: 'adsAudience', id: '5' },
    ];
    expect(planNameCalls(refs, none)).toEqual([]);
    // A pair with contacts: one call per pair, whatever the number of types.
    expect(
      planNameCalls(
        [
          { kind: 'associationType', id: '16', fromObjectTypeId: '0-5', toObjectTypeId: '0-1' },
          { kind: 'associationType', id: '61', fromObjectTypeId: '0-5', toObjectTypeId: '0-1' },
        ],
        none,
      ),
    ).toEqual([{ kind: 'associationLabels', from: '0-5', to: '0-1' }]);
  });

  it('leaves out what the cache knows (names, "deleted", pipelines) and optional scopes known to be missing', () => {
    const refs: Reference[] = [
      { kind: 'property', objectTypeId: '0-1', property: 'lifecyclestage' },
      { kind: 'pipelineStage', objectTypeId: '0-3', id: 'closedwon' },
      { kind: 'marketingEmail', id: '41000099' },
      { kind: 'list', id: '178' },
      { kind: 'team', id: '5501' },
    ];
    const known = cached({
      [factKey.property('0-1', 'lifecyclestage')]: { label: 'Lifecycle stage', options: {}, ownerValues: false },
      [factKey.pipelines('0-3')]: { pipelines: {}, stages: {} },
      [factKey.id('marketingEmail', '41000099')]: null,
      [factKey.scopeMissing('crm.lists.read')]: true,
    });
    expect(planNameCalls(refs, known)).toEqual([{ kind: 'teams' }]);
  });

  it('values of a property known to hold owner ids are looked up as owners', () => {
    const known = cached({ [factKey.property('0-1', 'account_manager')]: { label: 'Account manager', options: {}, ownerValues: true } });
    expect(planNameCalls([{ kind: 'propertyValue', objectTypeId: '0-1', property: 'account_manager', value: '81000002' }], known)).toEqual([
      { kind: 'owner', id: '81000002', idProperty: 'id' },
    ]);
  });
});
