/**
 * get-workflow's triggerCheck against the emulated portal over HTTP: a contact who meets the trigger,
 * one who does not, one the app cannot tell (an event trigger); the list filter without crm.lists.read
 * (unknown, never not met); and the round trips (≤ 2 by flowId, with the card's propertiesToSend or without).
 */
import { roundTrips } from '../../../../test/round-trips';
import { FIXTURES } from '../../../../portal/fixtures';
import { DEFAULT_TOKEN, startPortal, type Portal } from '../../../../portal/server';
import { getWorkflow, getWorkflowInput } from '../../../functions/get-workflow';
import { createHubSpotClient } from '../../../hubspot/client';
import { createClientState } from '../../../hubspot/client-state';
import { createNameCache } from '../../../names';
import { runHandler, type FunctionDeps } from '../../../runtime/define-function';

const F = FIXTURES.flows;
const C = FIXTURES.contacts;

describe('get-workflow with a contact: would this contact enroll?', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal({ port: 0 });
  });
  afterAll(() => portal.close());
  beforeEach(() => {
    portal.reset();
    portal.resetFaults();
    portal.setWithheldScopes([]);
    portal.clearCalls();
  });

  function deps(propertiesToSend?: Record<string, string | null>): FunctionDeps {
    const deadlineAt = Date.now() + 11_000;
    const hubspot = createHubSpotClient({ baseUrl: portal.url, accessToken: DEFAULT_TOKEN, deadlineAt, state: createClientState(), requestsPer10s: 10_000 });
    return { hubspot, now: () => new Date(), deadlineAt, nameCache: createNameCache(), ...(propertiesToSend ? { propertiesToSend } : {}) };
  }
  async function check(contactId: string, flowId: string = F.irelandLeads, sent?: Record<string, string | null>) {
    const res = await runHandler(getWorkflowInput, getWorkflow, { flowId, contactId, timeZone: 'Europe/Dublin' }, deps(sent));
    if (!res.ok) throw new Error(res.error.message);
    if (!res.data.triggerCheck) throw new Error('no triggerCheck');
    return res.data.triggerCheck;
  }

  it('meets: both filters of the first group, with the names HubSpot shows', async () => {
    const t = await check(C.meetsTrigger);
    expect(t.verdict).toBe('meets');
    expect(t.firstName).toBe('Aoife');
    expect(t.isMember).toBe(true);
    expect(t.summary).toBe('Aoife meets the trigger: Country/Region is equal to Ireland ✓, Lifecycle stage is any of Lead ✓');
    expect(t.lines.map((l) => [l.depth, l.text, l.result, l.contactValue])).toEqual([
      [0, 'Any of:', 'met', undefined],
      [1, 'All of:', 'met', undefined],
      [2, 'Country/Region is equal to Ireland', 'met', 'Ireland'],
      [2, 'Lifecycle stage is any of Lead', 'met', 'Lead'],
      [1, 'In list Trade-show leads – Berlin 2026', 'not-met', undefined],
    ]);
    // Re-enrollment on a form submission: the app cannot see it, and says so.
    expect(t.reEnrollment?.verdict).toBe('cannot-tell');
    expect(t.reEnrollment?.lines[0]).toMatchObject({ result: 'unknown', why: "The app does not read the contact's form submissions." });
  });

  it('does not meet: the value that misses, in words', async () => {
    const t = await check(C.missesTrigger);
    expect(t.verdict).toBe('does-not-meet');
    expect(t.summary).toBe('Liam does not meet the trigger: Country/Region is equal to Ireland ✗ (United Kingdom), In list Trade-show leads – Berlin 2026 ✗');
  });

  it('meets by the list', async () => {
    const t = await check(C.triggerByList);
    expect(t.verdict).toBe('meets');
    expect(t.lines.find((l) => l.text.startsWith('Lifecycle stage'))).toMatchObject({ result: 'not-met', contactValue: 'Subscriber' });
    expect(t.lines.find((l) => l.text.startsWith('In list'))).toMatchObject({ result: 'met' });
  });

  it('cannot tell: an event trigger (form submission), with why', async () => {
    const t = await check(C.triggerByList, F.seedFormSubmission);
    expect(t.verdict).toBe('cannot-tell');
    expect(t.summary).toMatch(/^The app can't tell whether Maeve meets the trigger: .+ \?$/);
    expect(t.lines[0].why).toMatch(/event/);
  });

  it('without crm.lists.read the list line is unknown and names the scope, never not met', async () => {
    portal.setWithheldScopes(['crm.lists.read']);
    const liam = await check(C.missesTrigger);
    expect(liam.verdict).toBe('cannot-tell');
    const list = liam.lines.find((l) => l.text.startsWith('In list'))!;
    expect(list.result).toBe('unknown');
    expect(list.why).toContain('crm.lists.read');
    // A contact who meets by properties still meets: the unknown list does not undo it.
    expect((await check(C.meetsTrigger)).verdict).toBe('meets');
  });

  it('round trips: ≤ 2 by flowId, with the card’s propertiesToSend (no contacts read) or without (the first wave’s contact read also asks them)', async () => {
    portal.setWaves(true); // round trips counted from the portal's waves, not from timing
    const sent = {
      hs_object_id: C.missesTrigger,
      email: 'liam.walsh@example.co.uk',
      hs_email_optout: 'false',
      firstname: 'Liam',
      country: 'United Kingdom',
      lifecyclestage: 'lead',
    };
    for (const props of [sent, undefined]) {
      portal.clearCalls();
      const t = await check(C.missesTrigger, F.irelandLeads, props);
      expect(t.verdict).toBe('does-not-meet');
      const calls = portal.calls.filter((c) => !c.path.startsWith('/__admin'));
      const contactReads = calls.filter((c) => /\/objects\/(2026-03\/)?contacts\//.test(c.path)).length;
      expect({ sent: !!props, roundTrips: roundTrips(calls), contactReads: contactReads > 0 }).toEqual({ sent: !!props, roundTrips: 2, contactReads: !props });
    }
    portal.setWaves(false);
  });

  it('timeZone is validated before any HubSpot call (an IANA name, as the sequences functions take it)', async () => {
    const res = await runHandler(getWorkflowInput, getWorkflow, { flowId: F.irelandLeads, contactId: C.meetsTrigger, timeZone: 'Mars/Olympus_Mons' }, deps());
    expect(res.ok ? null : res.error.code).toBe('INVALID_INPUT');
    expect(portal.calls.filter((c) => !c.path.startsWith('/__admin'))).toEqual([]);
  });

  it('without a contact, or for a flow of another object, no triggerCheck', async () => {
    const none = await runHandler(getWorkflowInput, getWorkflow, { flowId: F.irelandLeads }, deps());
    expect(none.ok && none.data.triggerCheck).toBeUndefined();
    const deal = await runHandler(getWorkflowInput, getWorkflow, { flowId: F.dealWon, contactId: C.meetsTrigger }, deps());
    expect(deal.ok && deal.data.triggerCheck).toBeUndefined();
  });
});
