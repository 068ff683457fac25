import type { Portal } from '../../portal/server';
import { startPortal } from '../../portal/server';
import { runHandler } from '../runtime/define-function';
import { FIXTURES, depsFor } from '../../test/sequences/harness';
import { roundTrips } from '../../test/round-trips';
import { contactSequenceStatus, contactSequenceStatusInput } from './contact-sequence-status';
import { enrollInSequence, enrollInSequenceInput } from './enroll-in-sequence';
import type { FunctionResult } from '../contract';
import type { EnrollResult } from '../sequences/types';

const { contacts: C, users: U, sequences: S } = FIXTURES;
let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.close());
beforeEach(() => {
  portal.reset();
  portal.resetFaults();
  portal.setWaves(false);
});

const base: Record<string, string | undefined> = {
  contactId: C.notEnrolled,
  sequenceId: S.inboundFollowUp,
  userId: U.rep.userId,
  senderEmail: U.rep.email,
  userEmails: `${U.rep.email},${U.rep.alias}`,
};
const run = (params: Record<string, string | undefined> = {}, deps = depsFor(portal)): Promise<FunctionResult<EnrollResult>> =>
  runHandler(enrollInSequenceInput, enrollInSequence, { ...base, ...params }, deps);
const events = (contactId: string = C.notEnrolled) => portal.state.enrollmentEvents.filter((e) => e.kind === 'sequence' && e.contactId === contactId);
const posts = () => portal.calls.filter((c) => c.method === 'POST');

describe('enroll-in-sequence against the emulated portal', () => {
  it('enrolls: (contact ∥ enrollment ∥ sequence) → (POST ∥ template names), posted once, 2 round trips', async () => {
    portal.setWaves(true); // round trips counted from what each call waited for (portal/waves.ts)
    const res = await run();
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data.enrollment).toMatchObject({ sequenceId: S.inboundFollowUp, toEmail: 'ben.notenrolled@example.com', senderEmail: U.rep.email });
    expect(res.data.recoveredAfterAmbiguousFailure).toBe(false);
    expect(events()).toHaveLength(1);
    expect(posts()).toHaveLength(1);
    const paths = portal.calls.map((c) => `${c.method} ${c.path}`);
    expect(new Set(paths).size).toBe(paths.length); // nothing read twice; the enrollment once
    expect(paths.filter((p) => p.includes('/enrollments/contact/'))).toHaveLength(1);
    expect(paths.filter((p) => !p.includes('/email-templates/'))).toHaveLength(4); // contact, enrollment, sequence, POST
    expect(roundTrips(portal.calls)).toBe(2);
  });

  it("answers with the contact's new status: the same view contact-sequence-status gives, with no second call", async () => {
    const timeZone = 'America/New_York';
    const res = await run({ timeZone });
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    const { status } = res.data;
    expect(status.enrollment).toMatchObject({
      id: res.data.enrollment.id,
      sequenceId: S.inboundFollowUp,
      enrolledBy: U.rep.userId,
      enrolledByEmail: U.rep.email,
      toEmail: 'ben.notenrolled@example.com',
      enrolledAt: res.data.enrollment.enrolledAt,
    });
    expect(status.eligibility).toMatchObject({ canEnroll: false, alreadyEnrolled: true });
    expect(status.sequence?.schedule).toMatchObject({ basis: 'enrollment', startedAt: new Date(res.data.enrollment.enrolledAt).toISOString(), timeZone });
    expect(status.sequence!.steps.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.expectedDate ?? ''))).toBe(true);
    expect(status.sequence!.steps.filter((s) => s.email).map((s) => s.email!.templateLabel)).not.toContain(undefined);
    // What a read right after shows is what the write answered.
    const read = await runHandler(contactSequenceStatusInput, contactSequenceStatus, { contactId: C.notEnrolled, userId: U.rep.userId, timeZone }, depsFor(portal));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(status).toEqual(read.data);
  });

  it('the sequence read fails: still enrolled once, the status shows the enrollment and why its steps are missing', async () => {
    portal.setFaults({ rate5xx: 1, only: `^GET .*/sequences/2026-09/${S.inboundFollowUp}$` });
    const res = await run();
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data.status).toMatchObject({ sequence: null, sequenceError: { code: 'HUBSPOT_UNAVAILABLE' }, enrollment: { sequenceId: S.inboundFollowUp } });
    expect(events()).toHaveLength(1);
    expect(posts()).toHaveLength(1);
  });

  it('the shared alias is an accepted sender', async () => {
    const res = await run({ senderEmail: U.rep.alias });
    expect(res.ok).toBe(true);
  });

  it.each([
    [C.noEmail, 'NO_EMAIL'],
    [C.optedOut, 'OPTED_OUT'],
    [C.bounced, 'BOUNCED'],
  ])('refuses contact %s before posting (%s)', async (contactId, code) => {
    const res = await run({ contactId });
    expect(res).toMatchObject({ ok: false, error: { code } });
    expect(posts()).toHaveLength(0);
    expect(events(contactId)).toHaveLength(0);
  });

  it('refuses an enrolled contact, naming the current sequence', async () => {
    const res = await run({ contactId: C.enrolled });
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_ENROLLED', details: { sequenceId: S.simpleCall, sequenceName: "Melinda's simple call sequence", sameSequence: false } },
    });
    if (!res.ok) expect(res.error.message).toContain("Melinda's simple call sequence");
    expect(posts()).toHaveLength(0);
  });

  it("refuses a sender that is not one of the user's emails, before any HubSpot call", async () => {
    const res = await run({ senderEmail: 'someone.else@acme-demo.com' });
    expect(res).toMatchObject({ ok: false, error: { code: 'SENDER_NOT_CONNECTED' } });
    expect(portal.calls).toHaveLength(0);
  });

  it('a sequence the portal no longer has: its plain 404 OBJECT_NOT_FOUND (no subCategory) → NOT_FOUND, posted once', async () => {
    const res = await run({ sequenceId: FIXTURES.unknown.sequenceId });
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', retryable: false, message: expect.stringMatching(/^That sequence no longer exists/) } });
    expect(posts()).toHaveLength(1);
    expect(events()).toHaveLength(0);
  });

  it('maps HubSpot\'s own "no connected inboxes" refusal (message only, no subCategory) to SENDER_NOT_CONNECTED, no inbox at all', async () => {
    const res = await run({ userId: U.repNoInbox.userId, senderEmail: U.repNoInbox.email, userEmails: U.repNoInbox.email });
    expect(res).toMatchObject({ ok: false, error: { code: 'SENDER_NOT_CONNECTED', retryable: false, details: { noConnectedInbox: true } } });
    if (!res.ok) {
      expect(res.error.message).toContain('Settings → General → Email');
      expect(res.error.correlationId).toBeTruthy();
    }
    expect(events()).toHaveLength(0);
  });

  it('a refusal HubSpot gives no reason code for: ENROLLMENT_REFUSED with its message and correlation id, posted once', async () => {
    // The user lists an address that is not one of their HubSpot inboxes: the app cannot tell, HubSpot refuses.
    const res = await run({ senderEmail: 'melinda.personal@example.com', userEmails: `${U.rep.email},melinda.personal@example.com` });
    expect(res).toMatchObject({ ok: false, error: { code: 'ENROLLMENT_REFUSED', retryable: false } });
    if (!res.ok) {
      expect(res.error.message).toContain('senderEmail melinda.personal@example.com is not a connected inbox of user 2620022');
      expect(res.error.message).toContain(res.error.correlationId!);
      expect(res.error.message).not.toMatch(/try again/i);
    }
    expect(posts()).toHaveLength(1);
    expect(events()).toHaveLength(0);
  });

  it('maps the missing paid seat to NO_SEQUENCES_ACCESS', async () => {
    const res = await run({ userId: U.repNoSeat.userId, senderEmail: U.repNoSeat.email, userEmails: undefined, sequenceId: S.partnerIntro });
    expect(res).toMatchObject({ ok: false, error: { code: 'NO_SEQUENCES_ACCESS' } });
  });

  it('a double submit (two concurrent calls) ends with exactly one enrollment', async () => {
    portal.setFaults({ latencyMs: 30 });
    const [a, b] = await Promise.all([run(), run()]);
    const results = [a, b];
    const okCount = results.filter((r) => r.ok).length;
    expect(okCount).toBe(1);
    const failed = results.find((r) => !r.ok);
    expect(failed).toMatchObject({ ok: false, error: { code: 'ALREADY_ENROLLED', details: { sequenceId: S.inboundFollowUp, sameSequence: true } } });
    expect(events()).toHaveLength(1);
    expect(events().filter((e) => e.duplicate)).toHaveLength(0);
  });

  it('the POST lands but its answer is lost (dropped after apply): recovered by re-reading, one enrollment', async () => {
    portal.setFaults({ rateDropAfter: 1, only: '^POST .*/enrollments' });
    const res = await run();
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data.recoveredAfterAmbiguousFailure).toBe(true);
    expect(res.data.enrollment.sequenceId).toBe(S.inboundFollowUp);
    expect(events()).toHaveLength(1);
    expect(posts()).toHaveLength(1);
  });

  it('the POST times out (slow answer): recovered, one enrollment; a retry by the rep then gets ALREADY_ENROLLED, still one', async () => {
    portal.setFaults({ rateSlow: 1, slowMs: 800, only: '^POST .*/enrollments' });
    const started = Date.now();
    const res = await run({}, depsFor(portal, { attemptTimeoutMs: 250 }));
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data.recoveredAfterAmbiguousFailure).toBe(true);
    expect(events()).toHaveLength(1);

    portal.resetFaults();
    const retry = await run();
    expect(retry).toMatchObject({ ok: false, error: { code: 'ALREADY_ENROLLED', details: { sameSequence: true } } });
    expect(events()).toHaveLength(1);
    // Let the portal finish writing the slow answer nobody waits for (keeps jest from hanging on its timer).
    await new Promise((r) => setTimeout(r, Math.max(0, started + 900 - Date.now())));
  });

  it("maps HubSpot's refusal reasons when they arrive only at POST time", async () => {
    // The contact opts out between our read and HubSpot's check: HubSpot refuses with UNSUBSCRIBED.
    const contact = portal.state.contactsById.get(C.notEnrolled)!;
    const deps = depsFor(portal);
    const realGet = deps.hubspot.contacts.get;
    deps.hubspot.contacts.get = async (p) => {
      const c = await realGet(p);
      contact.properties.hs_email_optout = 'true';
      return c;
    };
    const res = await run({}, deps);
    expect(res).toMatchObject({ ok: false, error: { code: 'OPTED_OUT', hubspotReason: 'UNSUBSCRIBED' } });
    expect(events()).toHaveLength(0);
  });

  it('rejects bad input before calling HubSpot', async () => {
    for (const p of [{ senderEmail: 'not-an-email' }, { contactId: '12a' }, { sequenceId: '' }]) {
      expect(await run(p)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(portal.calls).toHaveLength(0);
  });
});
