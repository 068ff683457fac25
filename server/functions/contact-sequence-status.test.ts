import type { Portal } from '../../portal/server';
import { startPortal } from '../../portal/server';
import { runHandler } from '../runtime/define-function';
import { SEQUENCES_API } from '../hubspot/api-versions';
import { FIXTURES, depsFor, sequentialDepth } from '../../test/sequences/harness';
import { contactSequenceStatus, contactSequenceStatusInput } from './contact-sequence-status';

const { contacts: C, users: U, sequences: S } = FIXTURES;
let portal: Portal;
beforeAll(async () => { portal = await startPortal(); });
afterAll(() => portal.close());
beforeEach(() => { portal.reset(); portal.resetFaults(); });

const run = (contactId: string, userId = U.rep.userId) =>
  runHandler(contactSequenceStatusInput, contactSequenceStatus, { contactId, userId }, depsFor(portal));

describe('contact-sequence-status against the emulated portal', () => {
  it('enrolled contact: enrollment, decoded steps and eligibility in 3 calls, 2 sequential round trips', async () => {
    portal.setFaults({ latencyMs: 40 }); // makes overlap (or its absence) visible in the call log
    const res = await run(C.enrolled);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    const d = res.data;
    expect(d.enrollment).toMatchObject({ sequenceId: S.simpleCall, sequenceName: "Melinda's simple call sequence", enrolledBy: U.rep.userId, enrolledByEmail: U.rep.email });
    expect(d.sequence?.steps.map((s) => s.offsetText)).toEqual(['Day 1', 'Day 2', 'Day 2']);
    expect(d.sequence?.steps[1].task?.notes).toMatch(/^Send an email to thank them/);
    expect(d.eligibility).toMatchObject({ canEnroll: false, alreadyEnrolled: true });
    expect(d.eligibility.reasons[0].code).toBe('ALREADY_ENROLLED');

    const paths = portal.calls.map((c) => `${c.method} ${c.path}`);
    expect(paths).toHaveLength(3);
    expect(new Set(paths).size).toBe(3); // nothing fetched twice
    expect(sequentialDepth(portal.calls)).toBe(2);
    // The contact read and the enrollment read overlapped.
    const [a, b] = portal.calls.filter((c) => !c.path.includes(`${SEQUENCES_API}/${S.simpleCall}`));
    expect(a.startedAt < b.endedAt && b.startedAt < a.endedAt).toBe(true);
  });

  it('not enrolled: 2 concurrent calls, 1 round trip, can enroll', async () => {
    portal.setFaults({ latencyMs: 30 });
    const res = await run(C.notEnrolled);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data).toMatchObject({ enrollment: null, sequence: null, contactEmail: 'ben.notenrolled@example.com', eligibility: { canEnroll: true, reasons: [] } });
    expect(portal.calls).toHaveLength(2);
    expect(sequentialDepth(portal.calls)).toBe(1);
  });

  it.each([
    [C.noEmail, 'NO_EMAIL'],
    [C.optedOut, 'OPTED_OUT'],
    [C.bounced, 'BOUNCED'],
  ])('explains up front why contact %s cannot be enrolled (%s)', async (contactId, code) => {
    const res = await run(contactId);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data.eligibility.canEnroll).toBe(false);
    expect(res.data.eligibility.reasons.map((r) => r.code)).toEqual([code]);
  });

  it('unknown contact → NOT_FOUND; bad input → INVALID_INPUT before any call', async () => {
    const res = await run(FIXTURES.unknown.contactId);
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    portal.clearCalls();
    const bad = await runHandler(contactSequenceStatusInput, contactSequenceStatus, { contactId: 'abc', userId: U.rep.userId }, depsFor(portal));
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(portal.calls).toHaveLength(0);
  });

  it('enrolled, but the sequence read fails: still shows the enrollment, with the reason for the missing steps', async () => {
    portal.setFaults({ rate5xx: 1, only: `GET ${SEQUENCES_API}/${S.simpleCall}$` });
    const res = await run(C.enrolled);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data.enrollment?.sequenceId).toBe(S.simpleCall);
    expect(res.data.sequence).toBeNull();
    expect(res.data.sequenceError).toMatchObject({ code: 'HUBSPOT_UNAVAILABLE' });
  });
});

describe('contact-sequence-status when HubSpot answers "not enrolled" with an empty 200 (shape unverified)', () => {
  let emptyPortal: Portal;
  beforeAll(async () => { emptyPortal = await startPortal({ notEnrolledShape: 'empty' }); });
  afterAll(() => emptyPortal.close());
  it('is read as "no enrollment", not as an error', async () => {
    const res = await runHandler(contactSequenceStatusInput, contactSequenceStatus, { contactId: C.notEnrolled, userId: U.rep.userId }, depsFor(emptyPortal));
    expect(res).toMatchObject({ ok: true, data: { enrollment: null, sequence: null, eligibility: { canEnroll: true } } });
    expect(emptyPortal.calls).toHaveLength(2);
  });
});
