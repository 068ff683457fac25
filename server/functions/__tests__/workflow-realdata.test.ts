/**
 * The workflow functions over what live portals send: the recorded v3 list item through the picker,
 * `migrationStatus.flowId` read defensively (picker rows, contact-workflows' mapping of only what lacks it,
 * a preview by flowId in ≤ 2 round trips), and a workflow HubSpot withholds for sensitive data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { roundTrips } from '../../../bench/lib';
import { FIXTURES } from '../../../portal/fixtures';
import { DEFAULT_TOKEN, startPortal, type Portal } from '../../../portal/server';
import { needsShared, SHARED_DIR } from '../../../test/requirements';
import { createHubSpotClient } from '../../hubspot/client';
import { createClientState } from '../../hubspot/client-state';
import { migratedFlowId } from '../../hubspot/schemas';
import { createLegacyListCache } from '../../workflows/legacy-list-cache';
import { runHandler, type FunctionDeps } from '../../runtime/define-function';
import { contactWorkflows, contactWorkflowsInput } from '../contact-workflows';
import { enrollInWorkflow, enrollInWorkflowInput } from '../enroll-in-workflow';
import { getWorkflow, getWorkflowInput } from '../get-workflow';
import { searchWorkflows, searchWorkflowsInput } from '../search-workflows';

const C = FIXTURES.contacts;
const F = FIXTURES.flows;
const R = FIXTURES.recordedFlows;
const W = FIXTURES.legacyWorkflows;

function deps(baseUrl: string, fetchImpl?: typeof fetch): FunctionDeps {
  const deadlineAt = Date.now() + 11_000;
  const hubspot = createHubSpotClient({
    baseUrl,
    accessToken: DEFAULT_TOKEN,
    deadlineAt,
    state: createClientState(),
    requestsPer10s: 10_000,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
  return { hubspot, now: () => new Date(), deadlineAt, legacyListCache: createLegacyListCache() };
}
const apiCalls = (portal: Portal) => portal.calls.filter((c) => !c.path.startsWith('/__admin'));

describe('migrationStatus.flowId, read defensively', () => {
  test.each([
    [{ flowId: 321690519 }, '321690519'],
    [{ flowId: '321690519' }, '321690519'],
    [{ flowId: ' 42 ' }, '42'],
    [{}, null],
    [{ flowId: null }, null],
    [{ flowId: 0 }, null],
    [{ flowId: -5 }, null],
    [{ flowId: 1.5 }, null],
    [{ flowId: 'abc' }, null],
    [{ flowId: { id: 1 } }, null],
    [null, null],
    ['EXECUTION_MIGRATED', null],
    [undefined, null],
  ])('%j → %j', (migrationStatus, expected) => {
    expect(migratedFlowId(migrationStatus)).toBe(expected);
  });
});

needsShared('realdata', 'the recorded v3 list item through the picker')('the recorded v3 list item through the picker', () => {
  const item = JSON.parse(fs.readFileSync(path.join(SHARED_DIR, 'realdata', 'workflows-legacy', 'airbyte-v3-workflows-list-item-40032127.json'), 'utf8')) as Record<
    string,
    unknown
  >;

  test('its row carries the v4 flow id; items with an odd or no migrationStatus are still listed (flowId null)', async () => {
    const odd = { ...item, id: 40032128, name: 'Odd migration status', migrationStatus: { flowId: 'not-a-number' } };
    const bare = { ...item, id: 40032129, name: 'No migration status', migrationStatus: undefined };
    const fakeFetch = (async (url: string) => {
      expect(String(url)).toMatch(/\/automation\/v3\/workflows$/);
      return new Response(JSON.stringify({ workflows: [item, odd, bare] }), { status: 200, headers: { 'content-type': 'application/json' } });
    }) as unknown as typeof fetch;
    const res = await runHandler(searchWorkflowsInput, searchWorkflows, {}, deps('https://api.example.test', fakeFetch));
    if (!res.ok) throw new Error(res.error.message);
    // Sorted by name (all enrollable).
    expect(res.data.workflows).toEqual([
      { legacyWorkflowId: '40032129', flowId: null, name: 'No migration status', isEnabled: true, canEnroll: true },
      { legacyWorkflowId: '40032128', flowId: null, name: 'Odd migration status', isEnabled: true, canEnroll: true },
      { legacyWorkflowId: '40032127', flowId: '321690519', name: 'Unnamed workflow - Mon Mar 15 2021 12:58:03 GMT+0200 (cloned)', isEnabled: true, canEnroll: true },
    ]);
  });
});

describe('on the seeded portal (recorded flows)', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal({ port: 0 });
  });
  afterAll(() => portal.close());
  beforeEach(() => {
    portal.reset();
    portal.clearCalls();
    // Wide enough that a loaded machine cannot blur the waves (round trips are read from the call log).
    portal.setFaults({ latencyMs: 80 });
  });

  test('picker → preview by the row flowId: ≤ 2 round trips, no mapping by legacy id first', async () => {
    const picked = await runHandler(searchWorkflowsInput, searchWorkflows, { contactId: C.inRecordedWorkflows }, deps(portal.url));
    if (!picked.ok) throw new Error(picked.error.message);
    const row = picked.data.workflows.find((w) => w.legacyWorkflowId === String(W.recordedActivadorCursos))!;
    expect(row).toMatchObject({ flowId: R.activadorCursos, canEnroll: true });
    expect(picked.data.workflows.find((w) => w.legacyWorkflowId === String(W.recordedAsignacionLeads))).toMatchObject({ canEnroll: false, flowId: R.asignacionLeads });
    portal.clearCalls();
    const opened = await runHandler(getWorkflowInput, getWorkflow, { flowId: row.flowId!, contactId: C.inRecordedWorkflows, userId: FIXTURES.users.rep.userId }, deps(portal.url));
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.data).toMatchObject({ flowId: R.activadorCursos, legacyWorkflowId: String(W.recordedActivadorCursos), enrollment: { canEnroll: true } });
    expect(roundTrips(apiCalls(portal))).toBeLessThanOrEqual(2);
  });

  test('the picker list is kept per container for 60 s: a second opening reads only the contact; after a minute, v3 again', async () => {
    let clock = Date.now();
    const cache = createLegacyListCache({ now: () => clock });
    const open = () => runHandler(searchWorkflowsInput, searchWorkflows, { contactId: C.inRecordedWorkflows }, { ...deps(portal.url), legacyListCache: cache });
    const v3Reads = () => apiCalls(portal).filter((c) => c.path === '/automation/v3/workflows').length;
    const first = await open();
    expect(v3Reads()).toBe(1);
    const second = await open();
    expect(v3Reads()).toBe(1);
    expect(second).toEqual(first);
    clock += 60_001;
    await open();
    expect(v3Reads()).toBe(2);
  });

  test('contact-workflows: 1 call when v2 carries migrationStatus for every workflow', async () => {
    const res = await runHandler(contactWorkflowsInput, contactWorkflows, { contactId: C.inRecordedWorkflows }, deps(portal.url));
    if (!res.ok) throw new Error(res.error.message);
    expect(res.data.workflows.map((w) => w.flowId).sort()).toEqual([R.definicionNivelEstudios, R.asignacionLeads].sort());
    expect(apiCalls(portal).map((c) => c.path)).toEqual([`/automation/v2/workflows/enrollments/contacts/${C.inRecordedWorkflows}`]);
  });

  test('contact-workflows: maps ONLY the workflows whose v2 object lacks it', async () => {
    const res = await runHandler(contactWorkflowsInput, contactWorkflows, { contactId: C.inWorkflows }, deps(portal.url));
    if (!res.ok) throw new Error(res.error.message);
    expect(apiCalls(portal)).toHaveLength(2);
    expect(roundTrips(apiCalls(portal))).toBe(2);
    const byLegacy = Object.fromEntries(res.data.workflows.map((w) => [w.legacyWorkflowId, w.flowId]));
    expect(byLegacy).toEqual({ [W.welcome]: F.welcome, [W.leadScoring]: F.leadScoring, [W.classicRotation]: null });
  });

  test('contact-workflows without migrationStatus in v2 (portal flag): 2 round trips, every id mapped', async () => {
    const p2 = await startPortal({ port: 0, v2MigrationStatus: false, faults: { latencyMs: 80 } });
    try {
      const res = await runHandler(contactWorkflowsInput, contactWorkflows, { contactId: C.inRecordedWorkflows }, deps(p2.url));
      if (!res.ok) throw new Error(res.error.message);
      expect(res.data.workflows.map((w) => w.flowId).sort()).toEqual([R.definicionNivelEstudios, R.asignacionLeads].sort());
      expect(roundTrips(apiCalls(p2))).toBe(2);
    } finally {
      await p2.close();
    }
  });

  describe('a workflow withheld for sensitive data', () => {
    test('opened by flowId for a member: name, on/off and membership from v2, one sentence naming the scope; no extra call', async () => {
      const res = await runHandler(getWorkflowInput, getWorkflow, { flowId: F.sensitiveHealth, contactId: C.inSensitiveWorkflow }, deps(portal.url));
      if (!res.ok) throw new Error(res.error.message);
      expect(res.data).toMatchObject({
        flowId: F.sensitiveHealth,
        legacyWorkflowId: String(W.sensitiveHealth),
        name: 'Health plan eligibility follow-up',
        isEnabled: true,
        steps: [],
        enrollment: { isMember: true, canEnroll: false },
      });
      expect(res.data.stepsUnavailable).toMatch(/sensitive data.*crm\.objects\.contacts\.sensitive\.read/);
      expect(res.data.stepsUnavailable).not.toMatch(/missing HubSpot permissions/);
      expect(roundTrips(apiCalls(portal))).toBe(1);
    });

    test('opened by legacy id for a non-member: name from the legacy v3 workflow, enrollable', async () => {
      const res = await runHandler(getWorkflowInput, getWorkflow, { legacyWorkflowId: String(W.sensitiveHealth), contactId: C.notEnrolled }, deps(portal.url));
      if (!res.ok) throw new Error(res.error.message);
      expect(res.data).toMatchObject({ name: 'Health plan eligibility follow-up', isEnabled: true, enrollment: { isMember: false, canEnroll: true } });
      expect(apiCalls(portal).some((c) => c.path === `/automation/v3/workflows/${W.sensitiveHealth}`)).toBe(true);
    });

    test('the picker lists it; enrolling through v2 is refused by HubSpot naming the write scope (the changelog: all API versions)', async () => {
      const picked = await runHandler(searchWorkflowsInput, searchWorkflows, { contactId: C.notEnrolled }, deps(portal.url));
      if (!picked.ok) throw new Error(picked.error.message);
      expect(picked.data.workflows.find((w) => w.legacyWorkflowId === String(W.sensitiveHealth))).toMatchObject({ canEnroll: true });
      for (const by of [{ legacyWorkflowId: String(W.sensitiveHealth) }, { flowId: F.sensitiveHealth }]) {
        const res = await runHandler(enrollInWorkflowInput, enrollInWorkflow, { contactId: C.notEnrolled, ...by }, deps(portal.url));
        expect(res.ok).toBe(false);
        // By flowId too, the v2 POST is tried (the v4 read is withheld; the legacy facts decide) and HubSpot names the write scope.
        if (!res.ok) expect(res.error.message).toMatch(/crm\.objects\.contacts\.sensitive\.write/);
      }
      portal.state.data.sensitiveFlowIds = [];
      expect((await runHandler(enrollInWorkflowInput, enrollInWorkflow, { contactId: C.notEnrolled, flowId: F.sensitiveHealth }, deps(portal.url))).ok).toBe(true);
    });
  });
});
