/** The decoder with a lookup built from facts (lookupFrom): every place an id showed now shows its name. */
import { decodeFlow, flattenSteps } from '../../workflows/decode';
import { factKey, type NameFact } from '../facts';
import { lookupFrom } from '../lookup';

const facts: Record<string, NameFact> = {
  [factKey.property('0-1', 'lifecyclestage')]: { label: 'Lifecycle stage', options: { marketingqualifiedlead: 'Marketing Qualified Lead', lead: 'Lead' }, ownerValues: false },
  [factKey.property('0-1', 'jobtitle')]: { label: 'Job title', options: {}, ownerValues: false },
  [factKey.property('0-1', 'account_manager')]: { label: 'Account manager', options: {}, ownerValues: true },
  [factKey.property('0-1', 'hubspot_owner_id')]: { label: 'Contact owner', options: {}, ownerValues: true },
  [factKey.property('0-3', 'dealstage')]: { label: 'Deal stage', options: {}, ownerValues: false },
  [factKey.property('0-3', 'pipeline')]: { label: 'Pipeline', options: {}, ownerValues: false },
  [factKey.pipelines('0-3')]: { pipelines: { default: 'Sales pipeline' }, stages: { closedwon: 'Closed won' } },
  [factKey.id('owner', '81000001')]: 'Melinda Nelson',
  [factKey.id('owner', '81000002')]: 'Priya Raman',
  [factKey.id('user', '5')]: 'Noah Inbox',
  [factKey.id('team', 't1')]: 'EMEA Sales',
  [factKey.id('list', '42')]: 'VIP customers',
  [factKey.id('list', '43')]: null, // deleted
  [factKey.id('form', 'f-1')]: 'Contact us (footer)',
  [factKey.id('sequence', '77')]: 'Renewal – 3 touches',
  [factKey.id('marketingEmail', '555')]: 'Spring newsletter',
  [factKey.associationLabels('0-3', '0-1')]: { '3': 'deal to contact' },
};

const flow = {
  id: '1',
  objectTypeId: '0-1',
  startActionId: '1',
  enrollmentCriteria: {
    type: 'EVENT_BASED',
    eventFilterBranches: [
      {
        filterBranchType: 'UNIFIED_EVENTS',
        eventTypeId: '4-1639801',
        operator: 'HAS_COMPLETED',
        filterBranches: [],
        filters: [{ property: 'hs_form_id', operation: { operator: 'IS_ANY_OF', values: ['f-1'] } }],
      },
    ],
    listMembershipFilterBranches: [],
  },
  actions: [
    {
      actionId: '1',
      type: 'STATIC_BRANCH',
      inputValue: { propertyName: 'lifecyclestage' },
      staticBranches: [{ branchValue: 'marketingqualifiedlead', connection: { nextActionId: '2' } }],
      defaultBranch: { nextActionId: '3' },
    },
    { actionId: '2', actionTypeId: '0-5', fields: { property_name: 'hubspot_owner_id', value: { staticValue: '81000001' } }, connection: { nextActionId: '3' } },
    { actionId: '3', actionTypeId: '0-5', fields: { property_name: 'jobtitle', value: { staticValue: 'lead' } }, connection: { nextActionId: '4' } },
    { actionId: '4', actionTypeId: '0-5', fields: { property_name: 'account_manager', value: { staticValue: '81000002' } }, connection: { nextActionId: '5' } },
    { actionId: '5', actionTypeId: '0-46510720', fields: { sequenceId: '77', userId: '5' }, connection: { nextActionId: '6' } },
    { actionId: '6', actionTypeId: '0-9', fields: { user_ids: ['5'], team_ids: ['t1'], subject: 'Hi' }, connection: { nextActionId: '7' } },
    {
      actionId: '7',
      actionTypeId: '0-14',
      fields: {
        object_type_id: '0-3',
        properties: [
          { targetProperty: 'pipeline', value: { staticValue: 'default' } },
          { targetProperty: 'dealstage', value: { staticValue: 'closedwon' } },
        ],
        associations: [{ target: { associationTypeId: 3 }, value: { type: 'ENROLLED_OBJECT' } }],
      },
      connection: { nextActionId: '8' },
    },
    { actionId: '8', actionTypeId: '0-4', fields: { content_id: '555' }, connection: { nextActionId: '9' } },
    { actionId: '9', actionTypeId: '0-63809083', fields: { listId: '42' }, connection: { nextActionId: '10' } },
    { actionId: '10', actionTypeId: '0-63863438', fields: { listId: '43' } },
  ],
};

describe('decodeFlow with names (lookupFrom)', () => {
  const named = decodeFlow(
    flow,
    undefined,
    lookupFrom((k) => facts[k]),
  );
  const plain = decodeFlow(flow);
  const summaries = (d: typeof named) => flattenSteps(d.steps).map(({ step }) => step.summary);

  it('branches, filters and the trigger', () => {
    expect(named.steps[0].branches[0].label).toBe('Lifecycle stage is Marketing Qualified Lead');
    expect(plain.steps[0].branches[0].label).toBe('Lifecycle stage is marketingqualifiedlead');
    expect(named.trigger.summary).toBe('Enrolls when: Submitted form Contact us (footer)');
    expect(plain.trigger.summary).toBe('Enrolls when: Submitted form f-1');
  });

  it('set-property values: options and owners named, free text as written', () => {
    expect(summaries(named)).toEqual(expect.arrayContaining(['Set Contact owner to Melinda Nelson', 'Set Job title to lead', 'Set Account manager to Priya Raman']));
  });

  it('sequences, users, teams, lists, emails, pipelines, stages and association labels; a deleted list stays an id', () => {
    const all = flattenSteps(named.steps)
      .flatMap(({ step }) => [step.summary, ...step.details])
      .join('\n');
    for (const words of [
      'Enroll in sequence Renewal – 3 touches from user Noah Inbox',
      'Send in-app notification to user Noah Inbox and team EMEA Sales: Hi',
      'Sets Pipeline = Sales pipeline; Deal stage = Closed won',
      'Associated with the enrolled contact (association “deal to contact”)',
      'Send marketing email Spring newsletter',
      'Add to list VIP customers',
      'Remove from list 43',
    ])
      expect({ words, found: all.includes(words) }).toEqual({ words, found: true });
    expect(
      flattenSteps(plain.steps)
        .flatMap(({ step }) => step.details)
        .join('\n'),
    ).toContain('Associated with the enrolled contact');
    // Unnamed, an association type's id is not shown (it is jargon): the words say what it links.
    expect(JSON.stringify(plain.steps)).not.toContain('association type 3');
  });
});
