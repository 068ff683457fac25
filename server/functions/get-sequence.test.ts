import type { Portal } from '../../portal/server';
import { startPortal } from '../../portal/server';
import { runHandler } from '../runtime/define-function';
import { FIXTURES, depsFor } from '../../test/sequences/harness';
import { roundTrips } from '../../test/round-trips';
import { getSequence, getSequenceInput } from './get-sequence';

const { users: U, sequences: S } = FIXTURES;
let portal: Portal;
beforeAll(async () => {
  portal = await startPortal({ waves: true }); // round trips counted causally (test/round-trips.ts)
});
afterAll(() => portal.close());
beforeEach(() => {
  portal.reset();
  portal.resetFaults();
});

const run = (sequenceId: string, userId: string = U.rep.userId) => runHandler(getSequenceInput, getSequence, { userId, sequenceId }, depsFor(portal));

describe('get-sequence against the emulated portal', () => {
  it("decodes the seed's simple call sequence", async () => {
    const res = await run(S.simpleCall);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data.name).toBe("Melinda's simple call sequence");
    expect(res.data.steps.map((s) => `${s.number}. ${s.offsetText} · ${s.delayText} · ${s.summary}`)).toEqual([
      '1. Day 1 · Immediately · Call task: Call contact to follow up (Low priority)',
      '2. Day 2 · 1 day later · Email task: Send follow-up email (Low priority)',
      '3. Day 2 · Immediately · Finish sequence',
    ]);
    expect(res.data.steps[1].dependencies.map((d) => d.text)).toEqual(['Starts after step 1 is completed.']);
    expect(portal.calls).toHaveLength(1);
  });

  it('decodes emails (send window, threading), LinkedIn and to-do tasks with HTML notes as plain text', async () => {
    const res = await run(S.outboundProspecting);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    const steps = res.data.steps;
    expect(steps.map((s) => s.kind)).toEqual(['email', 'call_task', 'email', 'linkedin_task', 'todo_task', 'email', 'finish']);
    expect(steps.map((s) => s.offsetText)).toEqual(['Day 1, 08:00–18:00 window', 'Day 2', 'Day 5, 08:00–18:00 window', 'Day 6', 'Day 9', 'Day 9, 08:00–18:00 window', 'Day 9']);
    expect(steps[2].email).toEqual({
      templateId: '91000002',
      templateLabel: 'Follow-up: did you see my note?',
      threadWithStepNumber: 1,
      threadText: 'Replies in thread of step 1',
    });
    expect(steps[1].task?.notes).toBe('Reference the intro email. Ask about:\n• current tooling\n• timeline');
    expect(steps[4].task?.notes).toBe('Check the account page & recent deals.');
    expect(steps[4].dependencies[0].text).toBe('Starts after step 4 is completed.');
  });

  it('previews dates from now in the requested time zone, skipping weekends for a business-days sequence', async () => {
    // Friday 2026-11-20 20:30 in Los Angeles, already Saturday 05:30 in Berlin.
    const now = new Date('2026-11-21T04:30:00Z');
    const preview = (timeZone?: string) =>
      runHandler(getSequenceInput, getSequence, { userId: U.rep.userId, sequenceId: S.simpleCall, ...(timeZone ? { timeZone } : {}) }, { ...depsFor(portal), now: () => now });
    const la = await preview('America/Los_Angeles');
    if (!la.ok) throw new Error(JSON.stringify(la.error));
    // simpleCall counts BUSINESS_DAYS: step 1 today (Fri), step 2 one day later is Saturday → Monday, step 3 with it.
    expect(la.data.steps.map((s) => [s.expectedDate, s.waitsForStep ?? null])).toEqual([
      ['2026-11-20', null],
      ['2026-11-23', 1],
      ['2026-11-23', 2],
    ]);
    expect(la.data.schedule).toEqual({ basis: 'preview', startedAt: now.toISOString(), timeZone: 'America/Los_Angeles', today: '2026-11-20' });
    const berlin = await preview('Europe/Berlin');
    if (!berlin.ok) throw new Error(JSON.stringify(berlin.error));
    expect(berlin.data.steps.map((s) => s.expectedDate)).toEqual(['2026-11-21', '2026-11-23', '2026-11-23']); // first step runs on a Saturday start day
    const utc = await preview();
    if (!utc.ok) throw new Error(JSON.stringify(utc.error));
    expect(utc.data.schedule?.timeZone).toBe('UTC');
  });

  it('email steps carry the send window; a time zone that is not an IANA name → INVALID_INPUT before any call', async () => {
    const res = await runHandler(getSequenceInput, getSequence, { userId: U.rep.userId, sequenceId: S.outboundProspecting, timeZone: 'Europe/Paris' }, depsFor(portal));
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data.steps.filter((s) => s.sendWindow).map((s) => s.kind)).toEqual(['email', 'email', 'email']);
    expect(res.data.steps[0].sendWindow).toEqual({ start: '08:00', end: '18:00' });
    portal.clearCalls();
    for (const timeZone of ['Mars/Olympus', 'GMT+2 ', '../../etc', '']) {
      const bad = await runHandler(getSequenceInput, getSequence, { userId: U.rep.userId, sequenceId: S.simpleCall, timeZone }, depsFor(portal));
      expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('timeZone') } });
    }
    expect(portal.calls).toHaveLength(0);
  });

  it("with contactId: the preview fills that contact's tokens; (sequence ∥ contact) → templates is two round trips", async () => {
    const res = await runHandler(
      getSequenceInput,
      getSequence,
      { userId: U.rep.userId, sequenceId: S.outboundProspecting, contactId: FIXTURES.contacts.notEnrolled },
      depsFor(portal),
    );
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data.steps[1].task?.subject).toBe('Call Ben about the intro email');
    expect(roundTrips(portal.calls)).toBe(2);
    // without contactId the token stays as written (the manager's view of the template)
    const plain = await run(S.outboundProspecting);
    expect(plain.ok && plain.data.steps[1].task?.subject).toBe('Call {{contact.firstname}} about the intro email');
  });

  it('unknown sequence → NOT_FOUND', async () => {
    expect(await run(FIXTURES.unknown.sequenceId)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
