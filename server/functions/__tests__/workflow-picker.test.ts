/**
 * Issue 13 against the emulated portal over real HTTP: the picker (search-workflows), the shared
 * enrollability rule as get-workflow and enroll-in-workflow apply it, warnings for a contact, and
 * unenroll-from-workflow. Call counts and round trips come from the portal's call log.
 */
import { roundTrips } from '../../../bench/lib';
import { FIXTURES } from '../../../portal/fixtures';
import { generatePortal } from '../../../portal/generate';
import { DEFAULT_TOKEN, startPortal, type Portal } from '../../../portal/server';
import { createHubSpotClient } from '../../hubspot/client';
import { createClientState } from '../../hubspot/client-state';
import { createLegacyListCache } from '../../workflows/legacy-list-cache';
import { runHandler, type FunctionDeps } from '../../runtime/define-function';
import { contactWorkflows, contactWorkflowsInput } from '../contact-workflows';
import { enrollInWorkflow, enrollInWorkflowInput } from '../enroll-in-workflow';
import { getWorkflow, getWorkflowInput } from '../get-workflow';
import { searchWorkflows, searchWorkflowsInput } from '../search-workflows';
import { unenrollFromWorkflow, unenrollFromWorkflowInput } from '../unenroll-from-workflow';

const C = FIXTURES.contacts;
const F = FIXTURES.flows;
const W = FIXTURES.legacyWorkflows;

let container = createClientState();
// A new container's picker list cache per test (server/workflows/legacy-list-cache.ts).
let listCache = createLegacyListCache();
function depsFor(portal: Portal, propertiesToSend?: Record<string, string | null>): FunctionDeps {
  const deadlineAt = Date.now() + 11_000;
  const hubspot = createHubSpotClient({
    baseUrl: portal.url,
    accessToken: DEFAULT_TOKEN,
    deadlineAt,
    state: container,
    requestsPer10s: 10_000,
    sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 20))),
  });
  return { hubspot, now: () => new Date(), deadlineAt, legacyListCache: listCache, ...(propertiesToSend ? { propertiesToSend } : {}) };
}
const run = <S extends Parameters<typeof runHandler>[0], O>(schema: S, handler: Parameters<typeof runHandler<S, O>>[1], params: Record<string, unknown>, portal: Portal) =>
  runHandler(schema, handler, params, depsFor(portal));
const apiCalls = (portal: Portal) => portal.calls.filter((c) => !c.path.startsWith('/__admin'));
const deletes = (portal: Portal) => apiCalls(portal).filter((c) => c.method === 'DELETE');

describe('issue 13 on the seeded portal', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal({ port: 0 });
  });
  afterAll(() => portal.close());
  beforeEach(() => {
    container = createClientState();
    listCache = createLegacyListCache();
    portal.reset();
    portal.resetFaults();
  });

  describe('search-workflows (the picker)', () => {
    const pick = (contactId?: string) => run(searchWorkflowsInput, searchWorkflows, contactId ? { contactId } : {}, portal);

    it('lists every v3 workflow in one wave of ≤ 3 calls: member, off and enrollable ones with their reasons, enrollable first', async () => {
      const res = await pick(C.inWorkflows);
      if (!res.ok) throw new Error(res.error.message);
      const calls = apiCalls(portal);
      expect(calls.length).toBeLessThanOrEqual(3);
      expect(calls.map((c) => `${c.method} ${c.path}`).sort()).toEqual(
        ['GET /automation/v3/workflows', `GET /automation/v2/workflows/enrollments/contacts/${C.inWorkflows}`, `GET /crm/v3/objects/contacts/${C.inWorkflows}`].sort(),
      );
      const byId = Object.fromEntries(res.data.workflows.map((w) => [w.legacyWorkflowId, w]));
      expect(res.data.total).toBe(portal.state.data.legacyWorkflows.length);
      expect(byId[String(W.welcome)]).toEqual({
        legacyWorkflowId: String(W.welcome),
        // the v3 item's migrationStatus.flowId
        flowId: F.welcome,
        name: 'Welcome series',
        isEnabled: true,
        canEnroll: false,
        reason: 'This contact is already in "Welcome series".',
      });
      expect(byId[String(W.disabled)]).toMatchObject({
        canEnroll: false,
        isEnabled: false,
        reason: '"Old nurture (disabled)" is turned off. Turn it on in HubSpot before enrolling contacts.',
      });
      expect(byId[String(W.enrollInSequence)]).toMatchObject({ canEnroll: true });
      expect(byId[String(W.enrollInSequence)].reason).toBeUndefined();
      const flags = res.data.workflows.map((w) => w.canEnroll);
      expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
      expect(res.data.enrollableCount).toBe(flags.filter(Boolean).length);
      expect(res.data.contactReason).toBeNull();
    });

    it('a contact without email: contactReason up front and nothing enrollable', async () => {
      const res = await pick(C.noEmail);
      if (!res.ok) throw new Error(res.error.message);
      expect(res.data.contactReason).toMatch(/no email address/);
      expect(res.data.enrollableCount).toBe(0);
      expect(res.data.workflows.find((w) => w.legacyWorkflowId === String(W.welcome))?.reason).toMatch(/no email address/);
    });

    it('without a contact: one call, only on/off decides', async () => {
      const res = await pick();
      if (!res.ok) throw new Error(res.error.message);
      expect(apiCalls(portal)).toHaveLength(1);
      expect(res.data.workflows.filter((w) => !w.canEnroll).map((w) => w.legacyWorkflowId)).toEqual([String(W.disabled)]);
    });

    it('the email from propertiesToSend: 2 calls', async () => {
      const res = await runHandler(searchWorkflowsInput, searchWorkflows, { contactId: C.inNoWorkflows }, depsFor(portal), {
        hs_object_id: C.inNoWorkflows,
        email: 'gia.noworkflows@example.com',
      });
      expect(res.ok).toBe(true);
      expect(apiCalls(portal)).toHaveLength(2);
    });
  });

  describe('the shared rule: get-workflow `enrollment` and enroll-in-workflow agree', () => {
    const open = (params: Record<string, string>) => run(getWorkflowInput, getWorkflow, params, portal);
    const cases: [string, string, string, string | null, RegExp | null][] = [
      ['member', C.inWorkflows, F.welcome, 'ALREADY_ENROLLED', /already in "Welcome series"/],
      ['unmapped (no legacy id)', C.inNoWorkflows, F.customCode, 'NOT_FOUND', /HubSpot does not let apps enroll contacts in/],
      ['off', C.inNoWorkflows, F.disabled, 'WORKFLOW_OFF', /turned off/],
      ['deal', C.inNoWorkflows, F.dealWon, 'NOT_CONTACT_BASED', /enrolls deals, not contacts/],
      ['no email', C.noEmail, F.welcome, 'NO_EMAIL', /no email address/],
      ['enrollable', C.inNoWorkflows, F.welcome, null, null],
    ];
    it.each(cases)('%s', async (_what, contactId, flowId, code, reason) => {
      const shown = await open({ flowId, contactId });
      if (!shown.ok) throw new Error(shown.error.message);
      expect(shown.data.enrollment?.canEnroll).toBe(code === null);
      expect(shown.data.enrollment?.isMember).toBe(code === 'ALREADY_ENROLLED');
      if (reason) expect(shown.data.enrollment?.reason).toMatch(reason);
      const enrolled = await run(enrollInWorkflowInput, enrollInWorkflow, { contactId, flowId }, portal);
      if (code === null) expect(enrolled.ok).toBe(true);
      else {
        expect(enrolled.ok || enrolled.error.code).toBe(code);
        if (!enrolled.ok) expect(enrolled.error.message).toBe(shown.data.enrollment?.reason);
      }
    });

    it('by legacyWorkflowId: maps to the flow, same answer; exactly one of the two ids', async () => {
      const res = await open({ legacyWorkflowId: String(W.welcome), contactId: C.inWorkflows });
      if (!res.ok) throw new Error(res.error.message);
      expect(res.data).toMatchObject({ flowId: F.welcome, legacyWorkflowId: String(W.welcome), enrollment: { isMember: true, canEnroll: false } });
      const none = await open({});
      const both = await open({ flowId: F.welcome, legacyWorkflowId: String(W.welcome) });
      expect([none.ok || none.error.code, both.ok || both.error.code]).toEqual(['INVALID_INPUT', 'INVALID_INPUT']);
      const unknown = await open({ legacyWorkflowId: String(FIXTURES.unknown.workflowId) });
      expect(unknown.ok || unknown.error.code).toBe('NOT_FOUND');
    });

    it('without contactId: no warnings, no enrollment, legacyWorkflowId still given', async () => {
      const res = await open({ flowId: F.welcome });
      if (!res.ok) throw new Error(res.error.message);
      expect(res.data.legacyWorkflowId).toBe(String(W.welcome));
      expect(res.data.warnings).toBeUndefined();
      expect(res.data.enrollment).toBeUndefined();
    });
  });

  describe('a legacy workflow without v4 mapping ("Classic lead rotation"): previewed and enrolled by legacy id', () => {
    const legacyId = String(W.classicRotation);
    const open = (params: Record<string, string>) => run(getWorkflowInput, getWorkflow, params, portal);
    const enroll = (params: Record<string, string>) => run(enrollInWorkflowInput, enrollInWorkflow, params, portal);
    const posts = () => apiCalls(portal).filter((c) => c.method === 'POST' && c.path.startsWith('/automation/v2/workflows/'));

    it('the picker offers it, and get-workflow answers what is known: name, on, contact-based, flowId null, no steps and why, in 2 round trips', async () => {
      const listed = await run(searchWorkflowsInput, searchWorkflows, { contactId: C.inNoWorkflows }, portal);
      if (!listed.ok) throw new Error(listed.error.message);
      expect(listed.data.workflows.find((w) => w.legacyWorkflowId === legacyId)).toMatchObject({ canEnroll: true });
      portal.clearCalls();
      portal.setFaults({ latencyMs: 80 }); // wide enough that a loaded machine cannot blur the waves
      const res = await open({ legacyWorkflowId: legacyId, contactId: C.inNoWorkflows });
      portal.resetFaults();
      if (!res.ok) throw new Error(res.error.message);
      expect(res.data).toMatchObject({
        flowId: null,
        legacyWorkflowId: legacyId,
        name: 'Classic lead rotation (no v4 mapping)',
        isEnabled: true,
        objectTypeId: '0-1',
        steps: [],
        actionCount: 0,
        problems: [],
        stepsUnavailable: expect.stringMatching(/can't read this workflow's steps.*Open the workflow in HubSpot/),
        enrollment: { isMember: false, canEnroll: true },
        warnings: [expect.stringMatching(/could not be checked for conflicts/)],
        nameNotices: [],
      });
      expect(JSON.stringify(res.data.stepsUnavailable)).not.toContain(legacyId);
      // Mapping + the contact's reads, then the v3 workflow: 2 round trips, no v4 flow read.
      expect(roundTrips(apiCalls(portal))).toBe(2);
      expect(apiCalls(portal).map((c) => c.path)).toContain(`/automation/v3/workflows/${legacyId}`);
      expect(apiCalls(portal).some((c) => c.path.startsWith('/automation/v4/flows/'))).toBe(false);
      const bare = await open({ legacyWorkflowId: legacyId });
      expect(bare.ok && bare.data).toMatchObject({ flowId: null, name: 'Classic lead rotation (no v4 mapping)' });
      expect(bare.ok && [bare.data.warnings, bare.data.enrollment]).toEqual([undefined, undefined]);
    });

    it('enrolled once by legacyWorkflowId: one POST, flowId null; the same click again is refused with no POST', async () => {
      const res = await enroll({ contactId: C.inNoWorkflows, legacyWorkflowId: legacyId });
      expect(res).toEqual({
        ok: true,
        data: {
          contactId: C.inNoWorkflows,
          flowId: null,
          legacyWorkflowId: legacyId,
          workflowName: 'Classic lead rotation (no v4 mapping)',
          email: 'gia.noworkflows@example.com',
          recoveredAfterAmbiguousFailure: false,
          memberOf: [legacyId],
        },
      });
      expect(posts().map((c) => c.path)).toEqual([`/automation/v2/workflows/${legacyId}/enrollments/contacts/${encodeURIComponent('gia.noworkflows@example.com')}`]);
      const again = await enroll({ contactId: C.inNoWorkflows, legacyWorkflowId: legacyId });
      expect(again.ok || again.error).toMatchObject({ code: 'ALREADY_ENROLLED', message: 'This contact is already in "Classic lead rotation (no v4 mapping)".' });
      expect(posts()).toHaveLength(1);
      const shown = await open({ legacyWorkflowId: legacyId, contactId: C.inNoWorkflows });
      expect(shown.ok && shown.data.enrollment).toEqual({ isMember: true, canEnroll: false, reason: 'This contact is already in "Classic lead rotation (no v4 mapping)".' });
    });

    it('refused like the others, with the reason the preview gives, and no POST: member, off, no email, unknown id', async () => {
      const refusals: [string, string, string][] = [
        [C.inWorkflows, 'ALREADY_ENROLLED', 'member'],
        [C.noEmail, 'NO_EMAIL', 'no email'],
      ];
      for (const [contactId, code] of refusals) {
        const shown = await open({ legacyWorkflowId: legacyId, contactId });
        if (!shown.ok) throw new Error(shown.error.message);
        const res = await enroll({ contactId, legacyWorkflowId: legacyId });
        expect(res.ok || res.error).toMatchObject({ code, message: shown.data.enrollment?.reason });
      }
      portal.state.legacyById.get(W.classicRotation)!.enabled = false; // turned off in HubSpot (portal.reset() restores it)
      const shownOff = await open({ legacyWorkflowId: legacyId, contactId: C.inNoWorkflows });
      expect(shownOff.ok && shownOff.data).toMatchObject({ isEnabled: false, enrollment: { canEnroll: false, reason: expect.stringMatching(/turned off/) } });
      const off = await enroll({ contactId: C.inNoWorkflows, legacyWorkflowId: legacyId });
      expect(off.ok || off.error).toMatchObject({ code: 'WORKFLOW_OFF', message: shownOff.ok ? shownOff.data.enrollment?.reason : '' });
      const unknown = await enroll({ contactId: C.inNoWorkflows, legacyWorkflowId: String(FIXTURES.unknown.workflowId) });
      expect(unknown.ok || unknown.error).toMatchObject({ code: 'NOT_FOUND', retryable: false });
      expect(posts()).toHaveLength(0);
      const none = await enroll({ contactId: C.inNoWorkflows });
      const both = await enroll({ contactId: C.inNoWorkflows, flowId: F.welcome, legacyWorkflowId: String(W.welcome) });
      expect([none.ok || none.error.code, both.ok || both.error.code]).toEqual(['INVALID_INPUT', 'INVALID_INPUT']);
    });

    it('never twice: a double submit shares one POST; a lost answer is settled by re-reading membership, not by resending', async () => {
      const [a, b] = await Promise.all([enroll({ contactId: C.inNoWorkflows, legacyWorkflowId: legacyId }), enroll({ contactId: C.inNoWorkflows, legacyWorkflowId: legacyId })]);
      expect(a.ok && b.ok).toBe(true);
      expect(posts()).toHaveLength(1);
      portal.reset();
      portal.clearCalls();
      portal.setFaults({ rateDropAfter: 1, only: '^POST /automation/v2/workflows/' });
      const lost = await enroll({ contactId: C.inNoWorkflows, legacyWorkflowId: legacyId });
      portal.resetFaults();
      expect(lost.ok && lost.data).toMatchObject({ flowId: null, legacyWorkflowId: legacyId, recoveredAfterAmbiguousFailure: true });
      expect(posts()).toHaveLength(1);
    });

    it('the email from propertiesToSend: no contacts read', async () => {
      const res = await runHandler(enrollInWorkflowInput, enrollInWorkflow, { contactId: C.inNoWorkflows, legacyWorkflowId: legacyId }, depsFor(portal), {
        hs_object_id: C.inNoWorkflows,
        email: 'gia.noworkflows@example.com',
        hs_email_optout: null,
      });
      expect(res.ok).toBe(true);
      expect(apiCalls(portal).some((c) => c.path.startsWith('/crm/v3/objects/contacts'))).toBe(false);
    });
  });

  describe('get-workflow warnings for a contact', () => {
    const warnings = async (flowId: string, contactId: string) => {
      const res = await run(getWorkflowInput, getWorkflow, { flowId, contactId }, portal);
      if (!res.ok) throw new Error(res.error.message);
      return res.data.warnings;
    };

    it('enrolls in a sequence while the contact is in one: warned; a contact in none: not', async () => {
      await warnings(F.welcome, C.enrolled); // warm-up: the first contacts read loads @hubspot/api-client
      portal.clearCalls();
      portal.setFaults({ latencyMs: 80 }); // wide enough that a loaded machine cannot blur the waves
      expect(await warnings(F.enrollInSequence, C.enrolled)).toEqual([expect.stringMatching(/already in "Melinda's simple call sequence".*one active sequence per contact/)]);
      // flow + mapping + the contact's reads in one wave, the sequence enrollment after the flow: 2 round trips.
      expect(roundTrips(apiCalls(portal))).toBe(2);
      portal.resetFaults();
      expect(await warnings(F.enrollInSequence, C.notEnrolled)).toEqual([]);
    });

    it('unenrolls from sequences while the contact is in one: warned; not in one: not', async () => {
      expect(await warnings(F.stopSequences, C.enrolled)).toEqual([expect.stringMatching(/unenrolls the contact from sequences/)]);
      expect(await warnings(F.stopSequences, C.notEnrolled)).toEqual([]);
    });

    it('marketing email to an opted-out contact: warned; to one who did not opt out: not', async () => {
      expect(await warnings(F.welcome, C.optedOut)).toEqual([expect.stringMatching(/opted out of email/)]);
      expect(await warnings(F.welcome, C.notEnrolled)).toEqual([]);
    });

    it('a flow without sequence steps reads no sequence enrollment (one round trip)', async () => {
      await warnings(F.welcome, C.enrolled); // warm-up: the first contacts read loads @hubspot/api-client
      portal.clearCalls();
      portal.setFaults({ latencyMs: 80 }); // wide enough that a loaded machine cannot blur the waves
      await warnings(F.welcome, C.enrolled);
      portal.resetFaults();
      expect(apiCalls(portal).some((c) => c.path.includes('/enrollments/contact/'))).toBe(false);
      expect(roundTrips(apiCalls(portal))).toBe(1);
    });
  });

  describe('unenroll-from-workflow', () => {
    const unenroll = (contactId: string, flowId: string) => run(unenrollFromWorkflowInput, unenrollFromWorkflow, { contactId, flowId }, portal);
    const memberOf = async (contactId: string) => {
      const res = await run(contactWorkflowsInput, contactWorkflows, { contactId }, portal);
      if (!res.ok) throw new Error(res.error.message);
      return res.data.workflows.map((w) => w.legacyWorkflowId);
    };

    it('one DELETE, and the membership is refreshed', async () => {
      const res = await unenroll(C.inWorkflows, F.welcome);
      const left = res.ok ? res.data.memberOf : [];
      expect(res).toEqual({ ok: true, data: { unenrolled: true, flowId: F.welcome, legacyWorkflowId: String(W.welcome), recoveredAfterAmbiguousFailure: false, memberOf: left } });
      expect(deletes(portal).map((c) => c.path)).toEqual([`/automation/v2/workflows/${W.welcome}/enrollments/contacts/${encodeURIComponent('finn.workflows@example.com')}`]);
      // The answer's membership (the state it produced, at no extra call) is what a re-read shows.
      expect((await memberOf(C.inWorkflows)).sort()).toEqual([...left].sort());
      expect(left).not.toContain(String(W.welcome));
      const again = await unenroll(C.inWorkflows, F.welcome);
      expect(again.ok || again.error).toMatchObject({ code: 'NOT_ENROLLED', retryable: false });
      expect(deletes(portal)).toHaveLength(1);
    });

    it('a workflow the contact is not in: NOT_ENROLLED, no DELETE', async () => {
      const res = await unenroll(C.inNoWorkflows, F.welcome);
      expect(res.ok || res.error.code).toBe('NOT_ENROLLED');
      expect(deletes(portal)).toHaveLength(0);
    });

    it('a flow without legacy id: refused, no DELETE', async () => {
      const res = await unenroll(C.inWorkflows, F.customCode);
      expect(res.ok || res.error.code).toBe('NOT_FOUND');
      expect(deletes(portal)).toHaveLength(0);
    });

    it('the DELETE answer is lost after HubSpot applied it: membership re-read, success, no second DELETE', async () => {
      portal.setFaults({ rateDropAfter: 1, only: '^DELETE /automation/v2/workflows/' });
      const res = await unenroll(C.inWorkflows, F.welcome);
      portal.resetFaults();
      expect(res.ok && res.data).toMatchObject({ unenrolled: true, recoveredAfterAmbiguousFailure: true });
      expect(deletes(portal)).toHaveLength(1);
      const rereads = apiCalls(portal).filter((c) => c.path === `/automation/v2/workflows/enrollments/contacts/${C.inWorkflows}`);
      expect(rereads).toHaveLength(2); // the check before, the re-read after the lost answer
    });

    it('the DELETE answer is lost and HubSpot did not apply it: OUTCOME_UNKNOWN, never resent', async () => {
      portal.setFaults({ rateDropBefore: 1, only: '^DELETE /automation/v2/workflows/' });
      const res = await unenroll(C.inWorkflows, F.welcome);
      portal.resetFaults();
      expect(res.ok || res.error).toMatchObject({ code: 'OUTCOME_UNKNOWN', retryable: false });
      expect(deletes(portal)).toHaveLength(1);
      expect(await memberOf(C.inWorkflows)).toContain(String(W.welcome));
    });

    it('by legacyWorkflowId, for a membership without v4 mapping: one DELETE, flowId null; exactly one id', async () => {
      const res = await run(unenrollFromWorkflowInput, unenrollFromWorkflow, { contactId: C.inWorkflows, legacyWorkflowId: String(W.classicRotation) }, portal);
      const left = res.ok ? res.data.memberOf : [];
      expect(res).toEqual({
        ok: true,
        data: { unenrolled: true, flowId: null, legacyWorkflowId: String(W.classicRotation), recoveredAfterAmbiguousFailure: false, memberOf: left },
      });
      expect(deletes(portal)).toHaveLength(1);
      expect((await memberOf(C.inWorkflows)).sort()).toEqual([...left].sort());
      expect(left).not.toContain(String(W.classicRotation));
      const both = await run(unenrollFromWorkflowInput, unenrollFromWorkflow, { contactId: C.inWorkflows, flowId: F.welcome, legacyWorkflowId: String(W.welcome) }, portal);
      expect(both.ok || both.error.code).toBe('INVALID_INPUT');
    });

    it('double submit in one container: one DELETE', async () => {
      const [a, b] = await Promise.all([unenroll(C.inWorkflows, F.leadScoring), unenroll(C.inWorkflows, F.leadScoring)]);
      expect(a.ok && b.ok).toBe(true);
      expect(deletes(portal)).toHaveLength(1);
    });
  });
});

describe('the picker costs the same calls at 10 and 10,000 workflows', () => {
  it('≤ 3 calls in 1 round trip either way', async () => {
    for (const flows of [10, 10_000]) {
      const portal = await startPortal({ port: 0, data: generatePortal({ sequences: 0, flows, contacts: 1 }) });
      try {
        await run(searchWorkflowsInput, searchWorkflows, { contactId: '5000000' }, portal); // warm-up (api-client load)
        portal.clearCalls();
        portal.setFaults({ latencyMs: 80 }); // wide enough that a loaded machine cannot blur the waves
        const res = await run(searchWorkflowsInput, searchWorkflows, { contactId: '5000000' }, portal);
        if (!res.ok) throw new Error(res.error.message);
        expect(res.data.total).toBe(portal.state.data.legacyWorkflows.length);
        expect(apiCalls(portal).length).toBeLessThanOrEqual(3);
        expect(roundTrips(apiCalls(portal))).toBe(1);
      } finally {
        await portal.close();
      }
    }
  });
});
