import type { Portal } from '../../portal/server';
import { startPortal } from '../../portal/server';
import { runHandler } from '../runtime/define-function';
import { FIXTURES, depsFor } from '../../test/sequences/harness';
import { getSequence, getSequenceInput } from './get-sequence';

const { users: U, sequences: S } = FIXTURES;
let portal: Portal;
beforeAll(async () => { portal = await startPortal(); });
afterAll(() => portal.close());
beforeEach(() => { portal.reset(); portal.resetFaults(); });

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
    expect(steps.map((s) => s.offsetText)).toEqual([
      'Day 1, 08:00–18:00 window', 'Day 2', 'Day 5, 08:00–18:00 window', 'Day 6', 'Day 9', 'Day 9, 08:00–18:00 window', 'Day 9',
    ]);
    expect(steps[2].email).toEqual({ templateId: '91000002', threadWithStepNumber: 1, threadText: 'Replies in thread of step 1' });
    expect(steps[1].task?.notes).toBe('Reference the intro email. Ask about:\n• current tooling\n• timeline');
    expect(steps[4].task?.notes).toBe('Check the account page & recent deals.');
    expect(steps[4].dependencies[0].text).toBe('Starts after step 4 is completed.');
  });

  it('unknown sequence → NOT_FOUND', async () => {
    expect(await run(FIXTURES.unknown.sequenceId)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
