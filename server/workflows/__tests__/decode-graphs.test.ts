/** Synthetic graphs and action shapes the seeds do not show: cycles, dangling edges, unknown ids, GO-TO… */
import { decodeFlow, flattenSteps } from '../decode';

const act = (actionId: string, actionTypeId: string, next?: string, fields: Record<string, unknown> = {}, edgeType = 'STANDARD') => ({
  type: 'SINGLE_CONNECTION',
  actionId,
  actionTypeVersion: 0,
  actionTypeId,
  ...(next ? { connection: { edgeType, nextActionId: next } } : {}),
  fields,
});
const flow = (actions: unknown[], startActionId: string | null = '1', extra: Record<string, unknown> = {}) => ({
  id: '99',
  name: 'Synthetic',
  isEnabled: true,
  objectTypeId: '0-1',
  type: 'CONTACT_FLOW',
  startActionId: startActionId ?? undefined,
  actions,
  ...extra,
});
const delay = { delta: '60', time_unit: 'MINUTES' };

describe('decodeFlow graph walking', () => {
  it('reports a cycle once and does not follow it forever', () => {
    const w = decodeFlow(flow([act('1', '0-1', '2', delay), act('2', '0-4', '3', { content_id: '7' }), act('3', '0-1', '1', delay)]));
    expect(w.executionOrder).toEqual(['1', '2', '3']);
    expect(w.problems.map((p) => p.code)).toEqual(['CYCLE']);
    expect(w.problems[0].message).toBe('Step 3 (Delay for a set amount of time) leads back to step 1 (Delay for a set amount of time): the workflow loops.');
    expect(w.steps[2].jump).toBe('Back to step 1: Delay for a set amount of time (the workflow loops)');
  });

  it('reports a self-loop', () => {
    const w = decodeFlow(flow([act('1', '0-1', '1', delay)]));
    expect(w.problems.map((p) => p.code)).toEqual(['CYCLE']);
    expect(w.executionOrder).toEqual(['1']);
  });

  it('detects a cycle that goes through a branch and a GO-TO', () => {
    const w = decodeFlow(
      flow([
        {
          actionId: '1',
          type: 'STATIC_BRANCH',
          inputValue: { propertyName: 'hs_lead_status' },
          staticBranches: [{ branchValue: 'NEW', connection: { edgeType: 'STANDARD', nextActionId: '2' } }],
          defaultBranchName: 'Other',
          defaultBranch: { edgeType: 'STANDARD', nextActionId: '3' },
        },
        act('2', '0-1', '1', delay, 'GOTO'),
        act('3', '0-4', undefined, { content_id: '5' }),
      ]),
    );
    expect(w.problems.map((p) => p.code)).toEqual(['CYCLE']);
    expect(flattenSteps(w.steps).map((s) => s.step.actionId)).toEqual(['1', '2', '3']);
  });

  it('reports a dangling nextActionId and keeps the action', () => {
    const w = decodeFlow(flow([act('1', '0-1', '42', delay)]));
    expect(w.steps[0].summary).toBe('Wait 1 hour');
    expect(w.steps[0].jump).toBe('Go to a missing action (id 42)');
    expect(w.problems).toEqual([
      { code: 'DANGLING_EDGE', message: 'Step 1 (Delay for a set amount of time) points to an action that does not exist in this workflow (id 42).', actionId: '1' },
    ]);
  });

  it('shows an unknown actionTypeId by its id, never drops it, and keeps walking', () => {
    const w = decodeFlow(flow([act('1', '0-999', '2', { foo: 'bar' }), act('2', '0-4', undefined, { content_id: '1' })]));
    // The id stays in `actionTypeId` (the advanced details); the words say what is known.
    expect(w.steps[0]).toMatchObject({ name: 'Unknown action', summary: 'Unknown action', kind: 'unknown', actionTypeId: '0-999', details: ['Foo: bar'] });
    expect(w.steps[0].details).toContain('Foo: bar');
    expect(w.executionOrder).toEqual(['1', '2']);
    expect(w.problems).toEqual([]);
  });

  it('an unknown structural type and junk entries do not crash', () => {
    const w = decodeFlow(
      flow([{ actionId: '1', type: 'TELEPORT', connection: { edgeType: 'STANDARD', nextActionId: '2' } }, null, 'x', { noId: true }, act('2', '0-1', undefined, delay)]),
    );
    expect(w.steps[0].name).toBe('Unknown action type TELEPORT');
    expect(w.problems.filter((p) => p.code === 'MALFORMED_ACTION')).toHaveLength(3);
  });

  it('an empty workflow has no steps and no problems', () => {
    const w = decodeFlow(flow([], null, { enrollmentCriteria: { type: 'MANUAL', shouldReEnroll: false } }));
    expect(w.steps).toEqual([]);
    expect(w.problems).toEqual([]);
    expect(w.actionCount).toBe(0);
    expect(w.trigger.summary).toContain('Manual enrollment only');
  });

  it('a flow with no actions field at all decodes', () => {
    const w = decodeFlow({ id: '1', objectTypeId: '0-3', isEnabled: false });
    expect(w).toMatchObject({ steps: [], problems: [], objectLabel: 'Deals', isEnabled: false, name: '(unnamed workflow)' });
  });

  it('missing startActionId: every action is listed as unreachable and the problem is reported', () => {
    const w = decodeFlow(flow([act('1', '0-1', '2', delay), act('2', '0-4')], null));
    expect(w.steps).toEqual([]);
    expect(w.unreachable.map((u) => u.actionId)).toEqual(['1', '2']);
    expect(w.problems.map((p) => p.code)).toEqual(['MISSING_START']);
  });

  it('a startActionId that does not exist is reported', () => {
    const w = decodeFlow(flow([act('1', '0-1', undefined, delay)], '7'));
    expect(w.problems.map((p) => p.code)).toEqual(['DANGLING_START']);
    expect(w.unreachable.map((u) => u.actionId)).toEqual(['1']);
  });

  it('lists actions not reachable from the start', () => {
    const w = decodeFlow(flow([act('1', '0-1', undefined, delay), act('5', '0-4', '6', { content_id: '3' }), act('6', '0-1', undefined, delay)]));
    expect(w.executionOrder).toEqual(['1']);
    expect(w.unreachable.map((u) => [u.actionId, u.summary])).toEqual([
      ['5', 'Send marketing email 3'],
      ['6', 'Wait 1 hour'],
    ]);
    expect(w.problems).toEqual([{ code: 'UNREACHABLE', message: '2 actions never run: nothing leads to them from the start ("Send marketing email 3", "Wait 1 hour").' }]);
    // Off the path, a jump names its target by name (it has no step number).
    expect(w.unreachable[0].jump).toBe('Go to Delay for a set amount of time (also never runs)');
  });

  it('duplicate action ids are reported', () => {
    const w = decodeFlow(flow([act('1', '0-1', undefined, delay), act('1', '0-4')]));
    expect(w.problems.map((p) => p.code)).toEqual(['DUPLICATE_ACTION_ID']);
  });

  it('GO-TO edges are jumps; the target is still shown where the walk reaches it', () => {
    const w = decodeFlow(
      flow([
        {
          actionId: '1',
          type: 'LIST_BRANCH',
          listBranches: [
            {
              branchName: 'Leads',
              filterBranch: {
                filterBranchType: 'AND',
                filters: [{ filterType: 'PROPERTY', property: 'lifecyclestage', operation: { operator: 'IS_EQUAL_TO', values: ['lead'] } }],
              },
              connection: { edgeType: 'GOTO', nextActionId: '4' },
            },
          ],
          defaultBranchName: 'Everyone else',
          defaultBranch: { edgeType: 'STANDARD', nextActionId: '2' },
        },
        act('2', '0-1', '3', delay),
        act('3', '0-1', '4', delay, 'GOTO'),
        act('4', '0-5', undefined, { property_name: 'hs_lead_status', value: { staticValue: 'OPEN_DEAL' } }),
      ]),
    );
    const [branch] = w.steps;
    expect(branch.branches[0]).toMatchObject({ label: 'Leads (Lifecycle stage is equal to lead)', jump: 'Go to step 4: Edit records', edgeType: 'GOTO', steps: [] });
    expect(branch.branches[1].label).toBe('Otherwise (Everyone else)');
    expect(branch.branches[1].steps.map((s) => s.actionId)).toEqual(['2', '3']);
    expect(branch.branches[1].steps[1].jump).toBe('Go to step 4: Edit records');
    expect(w.executionOrder).toEqual(['1', '2', '3', '4']);
    expect(w.steps.map((s) => s.summary)).toContain('Set Lead status to Open deal');
    expect(w.problems).toEqual([]);
  });

  it('A/B test branches show their percentages and targets', () => {
    const w = decodeFlow(
      flow([
        {
          actionId: '1',
          type: 'AB_TEST_BRANCH',
          testBranches: [
            { percentage: 50, connection: { edgeType: 'STANDARD', nextActionId: '2' } },
            { percentage: 50, connection: { edgeType: 'STANDARD', nextActionId: '3' } },
          ],
        },
        act('2', '0-4', undefined, { content_id: '11' }),
        act('3', '0-4', undefined, { content_id: '22' }),
      ]),
    );
    expect(w.steps[0]).toMatchObject({ name: 'A/B test split', summary: 'Split at random into 2 paths: 50% / 50%', kind: 'branch' });
    expect(w.steps[0].branches.map((b) => [b.label, b.targetActionId, b.steps[0].summary])).toEqual([
      ['Path A (50%)', '2', 'Send marketing email 11'],
      ['Path B (50%)', '3', 'Send marketing email 22'],
    ]);
  });

  it('a branch path without a connection ends the workflow', () => {
    const w = decodeFlow(flow([{ actionId: '1', type: 'STATIC_BRANCH', inputValue: { propertyName: 'x' }, staticBranches: [{ branchValue: 'a' }], defaultBranchName: 'd' }]));
    expect(w.steps[0].branches).toEqual([
      expect.objectContaining({ label: 'X is a', targetActionId: null, steps: [], jump: null }),
      expect.objectContaining({ label: 'Otherwise (d)', isDefault: true, targetActionId: null }),
    ]);
  });
});

describe('action summaries for shapes beyond the seed examples', () => {
  const one = (a: unknown) => decodeFlow(flow([a])).steps[0];
  it('webhook', () => {
    expect(one({ actionId: '1', type: 'WEBHOOK', method: 'POST', webhookUrl: 'https://example.com/hook', queryParams: [] })).toMatchObject({
      kind: 'webhook',
      summary: 'POST https://example.com/hook',
    });
  });
  it('custom code', () => {
    expect(
      one({ actionId: '1', type: 'CUSTOM_CODE', runtime: 'NODE20X', sourceCode: 'x', secretNames: ['K'], inputFields: [], outputFields: [{ name: 'out', type: 'STRING' }] }),
    ).toMatchObject({
      kind: 'custom-code',
      summary: 'Custom code (Node.js 20)',
      details: ['Outputs: out', 'Uses 1 secret'],
    });
  });
  it('enroll in a sequence', () => {
    expect(one(act('1', '0-46510720', undefined, { sequenceId: '123', senderEmail: 'user@example.com' }))).toMatchObject({
      name: 'Enroll in a sequence',
      summary: 'Enroll in sequence 123 from user@example.com',
    });
  });
  it('internal email notification', () => {
    expect(one(act('1', '0-8', undefined, { user_ids: ['1', '2'], team_ids: ['9'], subject: 'Hot lead' })).summary).toBe(
      'Send internal email notification to users 1, 2 and team 9: Hot lead',
    );
  });
  it('rotate to owner', () => {
    expect(one(act('1', '0-11', undefined, { user_ids: ['5', '6'] }))).toMatchObject({ name: 'Rotate record to owner', summary: 'Rotate record to owner among users 5, 6' });
  });
  it('legacy list action remove', () => {
    expect(one(act('1', '0-13', undefined, { operation: 'REMOVE', list_id: '178' })).summary).toBe('Remove from list 178');
  });
  it('increment property picks the catalog variant', () => {
    expect(one(act('1', '0-5', undefined, { property_name: 'score', value: { type: 'INCREMENT', incrementAmount: -5 } }))).toMatchObject({
      name: 'Increase or decrease property value',
      summary: 'Decrease Score by 5',
    });
  });
  it('go to workflow, unenroll from sequence, delete contact', () => {
    expect(one(act('1', '0-15', undefined, { flow_id: '321' })).summary).toBe('Enroll in workflow 321');
    expect(one(act('1', '0-4702372')).summary).toBe('Unenroll from the current sequence');
    expect(one(act('1', '0-18224765')).summary).toBe('Delete the enrolled contact');
  });
  it('a catalog action without a dedicated summary shows its name and fields', () => {
    expect(one(act('1', '1-179507819', undefined, { channel: '#sales' }))).toMatchObject({ name: 'Send Slack notification', summary: 'Send Slack notification: Channel: #sales' });
  });
  it('day-of-week delay', () => {
    expect(one(act('1', '0-1', undefined, { days_of_week: ['TUESDAY'], time_of_day: { hour: 9, minute: 30 } }))).toMatchObject({
      name: 'Delay until a day of week',
      summary: 'Wait until the next Tuesday at 09:30',
    });
  });
});

describe('enrollment triggers in words', () => {
  const trig = (enrollmentCriteria: unknown) => decodeFlow(flow([], null, { enrollmentCriteria })).trigger;
  it('filter-based with AND/OR groups, operators in words and re-enrollment triggers', () => {
    const t = trig({
      type: 'LIST_BASED',
      shouldReEnroll: true,
      unEnrollObjectsNotMeetingCriteria: true,
      listFilterBranch: {
        filterBranchType: 'OR',
        filterBranchOperator: 'OR',
        filters: [],
        filterBranches: [
          {
            filterBranchType: 'AND',
            filterBranchOperator: 'AND',
            filterBranches: [],
            filters: [
              { filterType: 'PROPERTY', property: 'city', operation: { operator: 'IS_EQUAL_TO', values: ['Dublin'], operationType: 'MULTISTRING' } },
              { filterType: 'PROPERTY', property: 'email', operation: { operator: 'IS_KNOWN', operationType: 'ALL_PROPERTY' } },
            ],
          },
          { filterBranchType: 'AND', filterBranchOperator: 'AND', filterBranches: [], filters: [{ filterType: 'IN_LIST', listId: '42', operator: 'IN_LIST' }] },
        ],
      },
      reEnrollmentTriggersFilterBranches: [
        {
          filterBranchType: 'UNIFIED_EVENTS',
          eventTypeId: '4-655002',
          operator: 'HAS_COMPLETED',
          filterBranchOperator: 'AND',
          filterBranches: [],
          filters: [{ filterType: 'PROPERTY', property: 'hs_name', operation: { operator: 'IS_ANY_OF', values: ['city'] } }],
        },
      ],
    });
    expect(t.summary).toBe('Enrolls when the record meets: (City is equal to Dublin AND Email is known) OR In list 42');
    expect(t.lines.map((l) => `${l.depth}:${l.text}`)).toEqual([
      '0:Any of (OR):',
      '1:All of (AND):',
      '2:City is equal to Dublin',
      '2:Email is known',
      '1:In list 42',
      '0:Records that stop meeting the criteria are unenrolled.',
    ]);
    expect(t.reEnrollmentSummary).toBe('Re-enrollment is on when: City changed');
    // The outline restates the summary: the card shows the lead and the lines instead of it, never both.
    expect([t.lead, t.reEnrollmentLead]).toEqual(['Enrolls when the record meets:', 'Re-enrollment is on when:']);
  });
  it('several events, an unknown event named as such (its id only in eventTypeIds)', () => {
    const t = trig({
      type: 'EVENT_BASED',
      shouldReEnroll: false,
      eventFilterBranches: [
        { eventTypeId: '4-666440', operator: 'HAS_COMPLETED', filterBranchType: 'UNIFIED_EVENTS', filterBranches: [], filters: [] },
        { eventTypeId: '4-1', operator: 'HAS_COMPLETED', filterBranchType: 'UNIFIED_EVENTS', filterBranches: [], filters: [] },
      ],
      listMembershipFilterBranches: [],
    });
    expect(t.summary).toBe('Enrolls when: Opened email OR An event of a type this app does not know');
    expect(t.eventTypeIds).toEqual(['4-666440', '4-1']);
    expect(t.lead).toBe('Enrolls when:');
    expect(t.lines[0].text).toBe('Any of these events (OR):');
  });
  it('manual and missing criteria', () => {
    expect(trig({ type: 'MANUAL', shouldReEnroll: true })).toMatchObject({
      summary: 'Manual enrollment only: contacts are enrolled by hand (from a record or a list), by another workflow, or through the API.',
      reEnrollmentSummary: 'Re-enrollment is on.',
    });
    expect(trig(undefined).summary).toContain('No enrollment trigger is set');
  });
});
