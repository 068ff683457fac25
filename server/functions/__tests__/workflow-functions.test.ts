/**
 * The workflow functions (picker, warnings and unenroll: workflow-picker.test.ts) against the emulated portal over real HTTP (no module mocking):
 * results, refusals, HubSpot call counts from the portal's `calls` log, and enrollment events.
 */
import { FIXTURES } from '../../../portal/fixtures';
import { generatePortal } from '../../../portal/generate';
import { DEFAULT_TOKEN, startPortal, type Portal } from '../../../portal/server';
import { createHubSpotClient } from '../../hubspot/client';
import { createClientState } from '../../hubspot/client-state';
import { runHandler, type FunctionDeps } from '../../runtime/define-function';
import { actionTypeCatalog, actionTypeCatalogInput } from '../action-type-catalog';
import { contactWorkflows, contactWorkflowsInput } from '../contact-workflows';
import { enrollInWorkflow, enrollInWorkflowInput } from '../enroll-in-workflow';
import { getWorkflow, getWorkflowInput } from '../get-workflow';
import { flattenSteps } from '../../workflows/decode';

const C = FIXTURES.contacts;
const F = FIXTURES.flows;
const W = FIXTURES.legacyWorkflows;

/** One warm container per test: its runs share limiter and in-flight state, other tests' runs do not. */
let container = createClientState();
function depsFor(portal: Portal): FunctionDeps {
  const deadlineAt = Date.now() + 11_000;
  const hubspot = createHubSpotClient({
    baseUrl: portal.url,
    accessToken: DEFAULT_TOKEN,
    deadlineAt,
    state: container,
    requestsPer10s: 10_000,
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 20))),
  });
  return { hubspot, now: () => new Date(), deadlineAt };
}
/** Calls the handler the way `main` does (input validation, failures → results). */
const run = <S extends Parameters<typeof runHandler>[0], O>(schema: S, handler: Parameters<typeof runHandler<S, O>>[1], params: Record<string, unknown>, portal: Portal) =>
  runHandler(schema, handler, params, depsFor(portal));
const workflowEvents = (portal: Portal) => portal.state.enrollmentEvents.filter((e) => e.kind === 'workflow');
const apiCalls = (portal: Portal) => portal.calls.filter((c) => !c.path.startsWith('/__admin'));

describe('workflow functions on the seeded portal', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal({ port: 0 });
  });
  afterAll(() => portal.close());
  beforeEach(() => {
    container = createClientState();
    portal.reset();
    portal.resetFaults();
  });

  describe('contact-workflows', () => {
    it('lists the 3 workflows of contacts.inWorkflows with names, on/off and objects; the unmapped one by legacy id — in 2 calls, 2 round trips', async () => {
      const res = await run(contactWorkflowsInput, contactWorkflows, { contactId: C.inWorkflows }, portal);
      if (!res.ok) throw new Error(res.error.message);
      const byLegacy = Object.fromEntries(res.data.workflows.map((w) => [w.legacyWorkflowId, w]));
      expect(Object.keys(byLegacy).sort()).toEqual([String(W.welcome), String(W.leadScoring), String(W.classicRotation)].sort());
      expect(byLegacy[String(W.welcome)]).toMatchObject({ flowId: F.welcome, name: 'Welcome series', isEnabled: true, objectTypeId: '0-1', objectLabel: 'Contacts' });
      expect(byLegacy[String(W.leadScoring)].flowId).toBe(F.leadScoring);
      expect(byLegacy[String(W.classicRotation)]).toMatchObject({ flowId: null, name: 'Classic lead rotation (no v4 mapping)', legacyType: 'PROPERTY_ANCHOR', isEnabled: true });
      // Name and on/off come with v2's membership answer: only the v4 id mapping follows (issue 13: was 3).
      expect(apiCalls(portal).map((c) => `${c.method} ${c.path}`)).toEqual([
        `GET /automation/v2/workflows/enrollments/contacts/${C.inWorkflows}`,
        'POST /automation/v4/workflow-id-mappings/batch/read',
      ]);
    });

    it('a contact in no workflow: empty list, 1 call', async () => {
      const res = await run(contactWorkflowsInput, contactWorkflows, { contactId: C.inNoWorkflows }, portal);
      expect(res).toEqual({ ok: true, data: { contactId: C.inNoWorkflows, workflows: [] } });
      expect(apiCalls(portal)).toHaveLength(1);
    });

    it('rejects a bad contactId before any HubSpot call', async () => {
      const res = await run(contactWorkflowsInput, contactWorkflows, { contactId: 'abc' }, portal);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error.code).toBe('INVALID_INPUT');
      expect(apiCalls(portal)).toHaveLength(0);
    });
  });

  describe('get-workflow', () => {
    it('decodes the seed lead-nurturing flow', async () => {
      const res = await run(getWorkflowInput, getWorkflow, { flowId: F.seedLeadNurturing }, portal);
      if (!res.ok) throw new Error(res.error.message);
      expect(res.data.name).toBe('Lead Nurturing Workflow');
      expect(res.data.steps[0].branches.map((b) => b.label)).toEqual(['Lead status is New', 'Lead status is Qualified', 'Otherwise (Default Path)']);
      expect(res.data.trigger.summary).toContain('Submitted form form-uuid-here'); // issue 14: the form trigger in HubSpot's words
    });

    it('decodes every fixture flow without problems it should not have', async () => {
      for (const [name, flowId] of Object.entries(F)) {
        const res = await run(getWorkflowInput, getWorkflow, { flowId }, portal);
        if (!res.ok) throw new Error(`${name}: ${res.error.message}`);
        const flat = flattenSteps(res.data.steps).map((x) => x.step);
        expect(flat.length + res.data.unreachable.length).toBe(res.data.actionCount);
        expect(flat.every((s) => !s.name.startsWith('Unknown'))).toBe(true);
        // abNurture's fixture really loops (2 → 4 → 5 → GO-TO 2): the decoder must say so.
        expect(res.data.problems.map((p) => p.code)).toEqual(name === 'abNurture' ? ['CYCLE'] : []);
      }
      const ab = await run(getWorkflowInput, getWorkflow, { flowId: F.abNurture }, portal);
      if (ab.ok) expect(JSON.stringify(ab.data)).toContain('Back to step 2:');
      const code = await run(getWorkflowInput, getWorkflow, { flowId: F.customCode }, portal);
      if (code.ok) expect(JSON.stringify(code.data)).toContain('Custom code (Node.js 20)');
      const hook = await run(getWorkflowInput, getWorkflow, { flowId: F.webhook }, portal);
      if (hook.ok) expect(JSON.stringify(hook.data)).toMatch(/(POST|GET|PUT) https:\/\//);
      const seq = await run(getWorkflowInput, getWorkflow, { flowId: F.enrollInSequence }, portal);
      if (seq.ok) expect(JSON.stringify(seq.data)).toContain('Enroll in sequence 200000001 from melinda.nelson@acme-demo.com');
    });

    it('an unknown flow is NOT_FOUND', async () => {
      const res = await run(getWorkflowInput, getWorkflow, { flowId: FIXTURES.unknown.flowId }, portal);
      expect(res.ok || res.error.code).toBe('NOT_FOUND');
    });
  });

  describe('enroll-in-workflow', () => {
    const enroll = (contactId: string, flowId: string) => run(enrollInWorkflowInput, enrollInWorkflow, { contactId, flowId }, portal);

    it('enrolls, and the enrollment appears in contact-workflows', async () => {
      // Warm-up: the first contacts read loads @hubspot/api-client (lazy require), which would skew timings.
      await enroll(C.noEmail, F.welcome);
      portal.clearCalls();
      portal.setFaults({ latencyMs: 60 });
      const res = await enroll(C.inNoWorkflows, F.welcome);
      portal.resetFaults();
      expect(res).toEqual({
        ok: true,
        data: {
          contactId: C.inNoWorkflows,
          flowId: F.welcome,
          legacyWorkflowId: String(W.welcome),
          workflowName: 'Welcome series',
          email: 'gia.noworkflows@example.com',
          recoveredAfterAmbiguousFailure: false,
          memberOf: [String(W.welcome)],
        },
      });
      expect(workflowEvents(portal)).toEqual([expect.objectContaining({ contactId: C.inNoWorkflows, targetId: String(W.welcome), duplicate: false })]);
      // The four reads ran concurrently: with 60 ms per call they took far less than 4 × 60 ms end to end.
      const reads = apiCalls(portal).slice(0, 4);
      expect(reads.map((c) => c.method).sort()).toEqual(['GET', 'GET', 'POST', 'POST']);
      expect(Math.max(...reads.map((c) => c.endedAt)) - Math.min(...reads.map((c) => c.startedAt))).toBeLessThan(180);
      expect(apiCalls(portal)).toHaveLength(5);

      const after = await run(contactWorkflowsInput, contactWorkflows, { contactId: C.inNoWorkflows }, portal);
      if (!after.ok) throw new Error(after.error.message);
      expect(after.data.workflows).toEqual([expect.objectContaining({ flowId: F.welcome, name: 'Welcome series', isEnabled: true })]);
      // The answer's membership (the state it produced, at no extra call) is what a re-read shows.
      expect(res.ok && res.data.memberOf).toEqual(after.data.workflows.map((w) => w.legacyWorkflowId));
    });

    it('double submit (concurrent, then again): exactly one enrollment event', async () => {
      const [a, b] = await Promise.all([enroll(C.inNoWorkflows, F.welcome), enroll(C.inNoWorkflows, F.welcome)]);
      expect(a.ok && b.ok).toBe(true);
      const third = await enroll(C.inNoWorkflows, F.welcome);
      expect(third.ok || third.error.code).toBe('ALREADY_ENROLLED');
      expect(workflowEvents(portal)).toHaveLength(1);
    });

    it('refuses ALREADY_ENROLLED without calling the enroll endpoint', async () => {
      const res = await enroll(C.inWorkflows, F.welcome);
      expect(res.ok || res.error).toMatchObject({ code: 'ALREADY_ENROLLED', message: 'This contact is already in "Welcome series".' });
      expect(apiCalls(portal).some((c) => c.method === 'POST' && c.path.startsWith('/automation/v2/'))).toBe(false);
      expect(workflowEvents(portal)).toHaveLength(0);
    });

    it.each([
      ['NO_EMAIL', C.noEmail, F.welcome],
      ['WORKFLOW_OFF', C.inNoWorkflows, F.disabled],
      ['NOT_CONTACT_BASED', C.inNoWorkflows, F.dealWon],
      ['NOT_FOUND', C.inNoWorkflows, F.customCode],
      ['NOT_FOUND', C.inNoWorkflows, FIXTURES.unknown.flowId],
    ])('refuses %s (contact %s, flow %s)', async (code, contactId, flowId) => {
      const res = await enroll(contactId, flowId);
      expect(res.ok).toBe(false);
      if (!res.ok) {
        expect(res.error.code).toBe(code);
        expect(res.error.message.length).toBeGreaterThan(20);
      }
      expect(workflowEvents(portal)).toHaveLength(0);
    });

    it('the enroll answer is lost after HubSpot applied it: recovered by re-reading membership, never repeated', async () => {
      portal.setFaults({ rateDropAfter: 1, only: '^POST /automation/v2/workflows/' });
      const res = await enroll(C.inNoWorkflows, F.welcome);
      portal.resetFaults();
      expect(res.ok && res.data.recoveredAfterAmbiguousFailure).toBe(true);
      expect(workflowEvents(portal)).toHaveLength(1);
    });

    it('NOT_FOUND for a flow without legacy mapping explains the public API limit', async () => {
      const res = await enroll(C.inNoWorkflows, F.customCode);
      if (!res.ok) expect(res.error.message).toMatch(/HubSpot does not let apps enroll contacts in/);
    });
  });

  describe('action-type-catalog', () => {
    it('merges the beta catalog and filters by id, name or description', async () => {
      const all = await run(actionTypeCatalogInput, actionTypeCatalog, {}, portal);
      if (!all.ok) throw new Error(all.error.message);
      expect(all.data.liveCatalog).toBe(true);
      expect(all.data.entries.some((e) => e.kind === 'event' && e.id === '4-1639801')).toBe(true);
      expect(all.data.entries.find((e) => e.id === '0-3')?.sources).toEqual(['seed:002', 'beta']);

      const byId = await run(actionTypeCatalogInput, actionTypeCatalog, { query: '0-46510720' }, portal);
      if (byId.ok) expect(byId.data.entries.map((e) => e.name)).toEqual(['Enroll in a sequence']);
      const byName = await run(actionTypeCatalogInput, actionTypeCatalog, { query: 'FORM SUBMISSION' }, portal);
      if (byName.ok) expect(byName.data.entries.map((e) => e.id)).toContain('4-1639801');
      const byDesc = await run(actionTypeCatalogInput, actionTypeCatalog, { query: 'aircall' }, portal);
      if (byDesc.ok) expect(byDesc.data.entries.map((e) => e.id).sort()).toEqual(['4-1733817', '4-1741072']);
    });
  });
});

describe('action-type-catalog without the beta endpoint', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal({ port: 0, betaActionTypes: false });
  });
  afterAll(() => portal.close());
  it('falls back to the seed catalog', async () => {
    const res = await run(actionTypeCatalogInput, actionTypeCatalog, { query: 'delay' }, portal);
    if (!res.ok) throw new Error(res.error.message);
    expect(res.data.liveCatalog).toBe(false);
    expect(res.data.entries.map((e) => e.name)).toEqual(expect.arrayContaining(['Delay for a set amount of time', 'Delay until a calendar date']));
  });
});

describe('contact-workflows call count does not grow with the number of workflows', () => {
  const portals: Portal[] = [];
  afterAll(() => Promise.all(portals.map((p) => p.close())));

  async function measure(workflowsPerContact: number, v2MigrationStatus = true, keep?: number) {
    const data = generatePortal({ sequences: 0, flows: 400, contacts: 1, workflowsPerContact });
    if (keep !== undefined) {
      let n = 0;
      data.workflowMemberships = data.workflowMemberships.filter((m) => m.contactId !== '5000000' || n++ < keep);
    }
    const portal = await startPortal({ port: 0, data, v2MigrationStatus });
    portals.push(portal);
    const res = await run(contactWorkflowsInput, contactWorkflows, { contactId: '5000000' }, portal);
    if (!res.ok) throw new Error(res.error.message);
    return { workflows: res.data.workflows.length, unmapped: res.data.workflows.filter((w) => !w.flowId).length, calls: apiCalls(portal).length };
  }

  it('v2 without migrationStatus: 1, 3, 40 and 100 workflows → 2 calls; 250 → 4 (the mapping takes 100 inputs per request, chunks in one wave)', async () => {
    const results = [await measure(1, false), await measure(3, false), await measure(40, false), await measure(100, false), await measure(250, false)];
    expect(results.map((r) => r.workflows)).toEqual([1, 3, 40, 100, 250]);
    expect(results.map((r) => r.calls)).toEqual([2, 2, 2, 2, 4]);
    // Every 13th generated contact flow has no v4 mapping: those are still listed (flowId null).
    expect(results[4].unmapped).toBeGreaterThan(5);
    console.log(`contact-workflows HubSpot calls by workflow count: ${results.map((r) => `${r.workflows}→${r.calls}`).join(', ')}`);
  });

  it('v2 with migrationStatus: 1 call while every workflow carries its flowId; only the unmapped ones are mapped (every 13th generated one has none)', async () => {
    const results = [await measure(1), await measure(3), await measure(40), await measure(250)];
    expect(results.map((r) => r.workflows)).toEqual([1, 3, 40, 250]);
    expect(results.map((r) => r.calls)).toEqual([1, 1, 2, 2]);
    expect(results[3].unmapped).toBeGreaterThan(5);
  });
});
