/**
 * get-workflow with names, against the emulated portal over HTTP: names in the words, at most 2
 * sequential round trips (from the portal's call log, with latency added), and a withheld optional
 * scope answered with ids and one notice, still ok: true.
 */
import { roundTrips } from '../../../test/round-trips';
import { completeFlow, FIXTURES, seedData } from '../../../portal/fixtures';
import { DEFAULT_TOKEN, startPortal, type Portal } from '../../../portal/server';
import { createHubSpotClient } from '../../hubspot/client';
import { createClientState } from '../../hubspot/client-state';
import { createNameCache } from '../../names';
import { runHandler, type FunctionDeps } from '../../runtime/define-function';
import { flattenSteps } from '../../workflows/decode';
import { getWorkflow, getWorkflowInput } from '../get-workflow';

const F = FIXTURES.flows;

describe('get-workflow names its ids', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal({ port: 0, waves: true }); // round trips counted causally (test/round-trips.ts)
  });
  afterAll(() => portal.close());
  beforeEach(() => {
    portal.reset();
    portal.resetFaults();
    portal.setWithheldScopes([]);
  });

  /** A fresh container per call: no names cached. */
  function deps(): FunctionDeps {
    const deadlineAt = Date.now() + 11_000;
    const hubspot = createHubSpotClient({ baseUrl: portal.url, accessToken: DEFAULT_TOKEN, deadlineAt, state: createClientState(), requestsPer10s: 10_000 });
    return { hubspot, now: () => new Date(), deadlineAt, nameCache: createNameCache() };
  }
  const run = (params: Record<string, string>) => runHandler(getWorkflowInput, getWorkflow, params, deps());
  const words = (data: Awaited<ReturnType<typeof getWorkflow>>) =>
    [data.trigger.summary, ...flattenSteps(data.steps).flatMap(({ step }) => [step.summary, ...step.details, ...step.branches.map((b) => b.label)])].join('\n');

  it('shows names (owners, options, lists, forms, emails, sequences) in ≤ 2 sequential round trips', async () => {
    const cases: [string, Record<string, string>, string[]][] = [
      [F.seedFormTicket, {}, ['Contact us (footer)', 'Ticket status = New', 'Ticket received – auto reply', '“ticket to contact”']],
      [F.listRouting, {}, ['Set Contact owner to Melinda Nelson', 'Set Contact owner to Jonas Weber', 'Lead status is any of New']],
      [F.seedFormSubmission, {}, ['Add to list Trade-show leads – Berlin 2026', 'user Melinda Nelson']],
      [F.enrollInSequence, { userId: FIXTURES.users.rep.userId }, ['Enroll in sequence Outbound prospecting – 5 touches', 'Lifecycle stage is any of Marketing Qualified Lead']],
      [F.leadScoring, {}, ['Lifecycle stage is Lead', 'Lifecycle stage is Customer']],
    ];
    for (const [flowId, extra, expected] of cases) {
      portal.clearCalls();
      const res = await run({ flowId, ...extra });
      if (!res.ok) throw new Error(res.error.message);
      for (const e of expected) expect({ flowId, contains: e, ok: words(res.data).includes(e) }).toEqual({ flowId, contains: e, ok: true });
      expect(res.data.nameNotices).toEqual([]);
      const calls = portal.calls.filter((c) => !c.path.startsWith('/__admin'));
      expect(calls[0].path).toBe(`/automation/v4/flows/${flowId}`);
      expect(calls.length).toBeGreaterThan(1);
      expect({ flowId, roundTrips: roundTrips(calls) }).toEqual({ flowId, roundTrips: 2 });
    }
  });

  it('a withheld optional scope: ids for those items, one notice per scope, every other name, ok: true', async () => {
    portal.setWithheldScopes(['crm.lists.read', 'forms', 'content']);
    const res = await run({ flowId: F.seedFormTicket });
    if (!res.ok) throw new Error(res.error.message);
    const text = words(res.data);
    expect(text).toContain('Submitted form 2f5cc7f8-d359-4e9c-a770-dd42ea07d217');
    expect(text).toContain('Send marketing email 113782603056');
    expect(text).toContain('Ticket status = New; Source = Form submission');
    expect(res.data.nameNotices).toEqual([
      { scope: 'forms', adds: 'form names' },
      { scope: 'content', adds: 'marketing email names' },
    ]);
    // Once per scope, not per row: three lists withheld in one workflow would still be one notice.
    const lists = await run({ flowId: F.seedFormSubmission });
    expect(lists.ok && lists.data.nameNotices).toEqual([{ scope: 'crm.lists.read', adds: 'list names' }]);
  });

  it('names failing entirely (HubSpot 5xx on every name call) still answers the workflow, with ids', async () => {
    portal.setFaults({ rate5xx: 1, only: '^(GET|POST) /(crm|marketing)/' });
    const res = await run({ flowId: F.listRouting });
    if (!res.ok) throw new Error(res.error.message);
    expect(words(res.data)).toContain('Set Contact owner to 81000001');
    expect(res.data.nameNotices).toEqual([]);
  });

  it("an action type the seed catalog lacks is named from the portal's live catalog, in the same wave", async () => {
    const data = seedData();
    data.actionTypes.push({ ...data.actionTypes[0], actionTypeId: '1-23456789', actionName: 'Register for Zoom webinar' });
    data.flows.push(
      completeFlow(
        {
          type: 'CONTACT_FLOW',
          objectTypeId: '0-1',
          flowType: 'WORKFLOW',
          isEnabled: true,
          name: 'Custom action',
          startActionId: '1',
          actions: [{ type: 'SINGLE_CONNECTION', actionId: '1', actionTypeVersion: 0, actionTypeId: '1-23456789', fields: { webinar: '88' } }],
          enrollmentCriteria: { type: 'MANUAL', shouldReEnroll: false },
        },
        '690000002',
        '2025-06-02T09:00:00.000Z',
      ),
    );
    const other = await startPortal({ port: 0, data, waves: true });
    try {
      const deadlineAt = Date.now() + 11_000;
      const hubspot = createHubSpotClient({ baseUrl: other.url, accessToken: DEFAULT_TOKEN, deadlineAt, state: createClientState() });
      const cache = createNameCache();
      const res = await runHandler(getWorkflowInput, getWorkflow, { flowId: '690000002' }, { hubspot, now: () => new Date(), deadlineAt, nameCache: cache });
      if (!res.ok) throw new Error(res.error.message);
      expect(res.data.steps[0]).toMatchObject({ name: 'Register for Zoom webinar', kind: 'action' });
      // The flow read (with its id mapping, issue 13), then the live catalog in the names wave.
      expect(other.calls.map((c) => c.path).sort()).toEqual([
        '/automation/2026-09-beta/action-types',
        '/automation/v4/flows/690000002',
        '/automation/v4/workflow-id-mappings/batch/read',
      ]);
      expect(roundTrips(other.calls)).toBe(2);
      // Opened again in the same container: the live names come from the cache.
      other.clearCalls();
      const again = await runHandler(getWorkflowInput, getWorkflow, { flowId: '690000002' }, { hubspot, now: () => new Date(), deadlineAt, nameCache: cache });
      expect(again.ok && again.data.steps[0].name).toBe('Register for Zoom webinar');
      expect(other.calls.map((c) => c.path)).not.toContain('/automation/2026-09-beta/action-types'); // cached
    } finally {
      await other.close();
    }
  });

  it('a bad userId is refused before any HubSpot call', async () => {
    const res = await run({ flowId: F.welcome, userId: 'me' });
    expect(res.ok || res.error.code).toBe('INVALID_INPUT');
    expect(portal.calls).toHaveLength(0);
  });
});
