import type { Portal } from '../../portal/server';
import { startPortal } from '../../portal/server';
import { runHandler } from '../runtime/define-function';
import { SEQUENCES_API } from '../hubspot/api-versions';
import { FIXTURES, depsFor } from '../../test/sequences/harness';
import { roundTrips } from '../../test/round-trips';
import { contactSequenceStatus, contactSequenceStatusInput } from './contact-sequence-status';
import { enrollInSequence, enrollInSequenceInput } from './enroll-in-sequence';
import { zonedDay } from '../time/zones';

const { contacts: C, users: U, sequences: S } = FIXTURES;
let portal: Portal;
beforeAll(async () => {
  portal = await startPortal({ waves: true }); // round trips counted causally (test/round-trips.ts)
});
afterAll(() => portal.close());
beforeEach(() => {
  portal.reset();
  portal.resetFaults();
});

const run = (contactId: string, userId = U.rep.userId) => runHandler(contactSequenceStatusInput, contactSequenceStatus, { contactId, userId }, depsFor(portal));

describe('contact-sequence-status against the emulated portal', () => {
  it('enrolled contact: enrollment, decoded steps and eligibility in 3 calls, 2 sequential round trips', async () => {
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
    expect(roundTrips(portal.calls)).toBe(2);
    // The contact read and the enrollment read went out together.
    const [a, b] = portal.calls.filter((c) => !c.path.includes(`${SEQUENCES_API}/${S.simpleCall}`));
    expect(a.wave).toBe(b.wave);
  });

  it('not enrolled: 2 concurrent calls, 1 round trip, can enroll', async () => {
    const res = await run(C.notEnrolled);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data).toMatchObject({ enrollment: null, sequence: null, contactEmail: 'ben.notenrolled@example.com', eligibility: { canEnroll: true, reasons: [] } });
    expect(portal.calls).toHaveLength(2);
    expect(roundTrips(portal.calls)).toBe(1);
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

describe('contact-sequence-status: expected dates and tokens', () => {
  const weekdayOf = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();

  it('dates every step from the enrollment time in the requested zone; business-days follow-ups never fall on a weekend', async () => {
    for (const timeZone of ['America/Los_Angeles', 'Asia/Tokyo']) {
      const res = await runHandler(contactSequenceStatusInput, contactSequenceStatus, { contactId: C.enrolled, userId: U.rep.userId, timeZone }, depsFor(portal));
      if (!res.ok) throw new Error(JSON.stringify(res.error));
      const { enrollment, sequence } = res.data;
      expect(sequence?.schedule).toMatchObject({ basis: 'enrollment', startedAt: new Date(enrollment!.enrolledAt).toISOString(), timeZone });
      expect(sequence?.eligibleFollowUpDays).toBe('BUSINESS_DAYS');
      const steps = sequence!.steps;
      expect(steps[0].expectedDate).toBe(zonedDay(Date.parse(enrollment!.enrolledAt), timeZone).date);
      for (const s of steps.slice(1)) expect([0, 6]).not.toContain(weekdayOf(s.expectedDate!));
      expect(steps.map((s) => s.waitsForStep ?? null)).toEqual([null, 1, 2]);
      expect(steps.map((s) => s.expectedDateIsEarliest)).toEqual([false, true, true]);
    }
  });

  it('an invalid time zone → INVALID_INPUT before any call; none → UTC', async () => {
    const bad = await runHandler(contactSequenceStatusInput, contactSequenceStatus, { contactId: C.enrolled, userId: U.rep.userId, timeZone: 'Europe/Atlantis' }, depsFor(portal));
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(portal.calls).toHaveLength(0);
    const res = await run(C.enrolled);
    expect(res.ok && res.data.sequence?.schedule?.timeZone).toBe('UTC');
  });

  const enrollBen = async () => {
    const enrolled = await runHandler(
      enrollInSequenceInput,
      enrollInSequence,
      { contactId: C.notEnrolled, sequenceId: S.outboundProspecting, userId: U.rep.userId, senderEmail: U.rep.email, userEmails: U.rep.email },
      depsFor(portal),
    );
    if (!enrolled.ok) throw new Error(JSON.stringify(enrolled.error));
    portal.clearCalls();
  };

  it("fills {{contact.firstname}} in a task subject from the contact's properties, with no extra contact read", async () => {
    await enrollBen();
    const res = await run(C.notEnrolled);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    const call = res.data.sequence!.steps[1];
    expect(call.task?.subject).toBe('Call Ben about the intro email');
    expect(call.summary).toBe('Call task: Call Ben about the intro email (High priority)');
    const other = portal.calls.filter((c) => !c.path.includes('/email-templates/'));
    expect(other).toHaveLength(3);
  });

  it('names email templates from the beta API: one read per distinct template, all in one round trip after the sequence', async () => {
    await enrollBen();
    const res = await run(C.notEnrolled);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    const emails = res.data.sequence!.steps.filter((s) => s.email);
    expect(emails.map((s) => s.email!.templateLabel)).toEqual(['Intro – short and friendly', 'Follow-up: did you see my note?', 'Email template 91000003']);
    expect(emails[0].summary).toBe('Automated email: Intro – short and friendly');
    const templateReads = portal.calls.filter((c) => c.path.includes('/email-templates/')).map((c) => c.path.split('/').pop());
    expect(templateReads.sort()).toEqual(['91000001', '91000002', '91000003']);
    // (contact ∥ enrollment) → sequence → templates: names never add more than that one round trip.
    expect(roundTrips(portal.calls)).toBe(3);
  });

  it('without the optional templates scope (403) every template keeps its id label, and the status is still ok', async () => {
    await enrollBen();
    portal.setWithheldScopes(['sales-templates-public-read']);
    const res = await run(C.notEnrolled);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data.sequenceError).toBeUndefined();
    expect(res.data.sequence!.steps.filter((s) => s.email).map((s) => s.email!.templateLabel)).toEqual([
      'Email template 91000001',
      'Email template 91000002',
      'Email template 91000003',
    ]);
    expect(portal.calls.filter((c) => c.path.includes('/email-templates/')).map((c) => c.status)).toEqual([403, 403, 403]);
  });

  it('a templates API that fails (5xx) leaves the id labels, never a failure', async () => {
    await enrollBen();
    portal.setFaults({ rate5xx: 1, only: 'email-templates' });
    const res = await run(C.notEnrolled);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data.sequence!.steps[0].email!.templateLabel).toBe('Email template 91000001');
  });

  it('reads the properties only other tokens need (once, only those); unknown tokens stay as written', async () => {
    await enrollBen();
    const step = portal.state.sequencesById.get(S.outboundProspecting)!.steps[1];
    step.taskPattern!.notes = '<p>Stage: {{ contact.lifecyclestage }}; colour: {{contact.favourite_colour}}</p>';
    const res = await run(C.notEnrolled);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data.sequence!.steps[1].task?.notes).toBe('Stage: lead; colour: {{contact.favourite_colour}}');
    const contactReads = portal.calls.filter((c) => c.path.startsWith('/crm/') && c.path.includes(C.notEnrolled));
    expect(contactReads).toHaveLength(2);
    expect(contactReads[1].query.properties.split(',').sort()).toEqual(['favourite_colour', 'lifecyclestage']);
  });
});

describe('contact-sequence-status when HubSpot answers "not enrolled" with an empty 200 (shape unverified)', () => {
  let emptyPortal: Portal;
  beforeAll(async () => {
    emptyPortal = await startPortal({ notEnrolledShape: 'empty' });
  });
  afterAll(() => emptyPortal.close());
  it('is read as "no enrollment", not as an error', async () => {
    const res = await runHandler(contactSequenceStatusInput, contactSequenceStatus, { contactId: C.notEnrolled, userId: U.rep.userId }, depsFor(emptyPortal));
    expect(res).toMatchObject({ ok: true, data: { enrollment: null, sequence: null, eligibility: { canEnroll: true } } });
    expect(emptyPortal.calls).toHaveLength(2);
  });
});
