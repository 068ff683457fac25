/**
 * contact-sequence-status on the record, as HubSpot calls it: with the card's `propertiesToSend`, which
 * carry HubSpot's own sequence properties (they may lag an enrollment: platform notes §6), and with the
 * template names cached per warm container.
 */
import type { Portal } from '../../portal/server';
import { startPortal } from '../../portal/server';
import { runHandler } from '../runtime/define-function';
import { SEQUENCES_API } from '../hubspot/api-versions';
import { FIXTURES, depsFor } from '../../test/sequences/harness';
import { roundTrips } from '../../test/round-trips';
import { contactSequenceStatus, contactSequenceStatusInput } from './contact-sequence-status';
import { enrollInSequence, enrollInSequenceInput } from './enroll-in-sequence';
import { CONTACT_PROPERTIES } from '../sequences/eligibility';
import { ENROLLMENT_HINT_PROPERTIES } from '../sequences/enrollment-hint';
import { COMMON_TOKEN_PROPERTIES } from '../sequences/tokens';
import { createNameCache, NAME_CACHE_TTL_MS } from '../names/cache';

const { contacts: C, users: U, sequences: S } = FIXTURES;
let portal: Portal;
beforeAll(async () => {
  // Wave mode: round trips counted from what each call waited for, not from times (portal/waves.ts).
  portal = await startPortal({ waves: true });
});
afterAll(() => portal.close());
beforeEach(() => {
  portal.reset();
  portal.resetFaults();
});

describe("contact-sequence-status with the card's propertiesToSend: HubSpot's own sequence properties start the sequence read early", () => {
  /** What HubSpot passes for the card's list plus the sequence properties, read now (unset: null). */
  const sent = (contactId: string, override: Record<string, string | null> = {}) => {
    const props = portal.state.contactsById.get(contactId)!.properties;
    const names = [...CONTACT_PROPERTIES, ...COMMON_TOKEN_PROPERTIES, ...ENROLLMENT_HINT_PROPERTIES];
    return { hs_object_id: contactId, ...Object.fromEntries(names.map((n) => [n, props[n] ?? null])), ...override };
  };
  const runSent = (contactId: string, propertiesToSend: Record<string, string | null>, deps = depsFor(portal)) =>
    runHandler(contactSequenceStatusInput, contactSequenceStatus, { contactId, userId: U.rep.userId }, deps, propertiesToSend);
  const enrollBenIn = async (sequenceId: string) => {
    const r = await runHandler(
      enrollInSequenceInput,
      enrollInSequence,
      { contactId: C.notEnrolled, sequenceId, userId: U.rep.userId, senderEmail: U.rep.email, userEmails: U.rep.email },
      depsFor(portal),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    portal.clearCalls();
  };

  it('enrolled, properties right: the enrollment and the sequence in ONE round trip (2 calls, no contact read)', async () => {
    const res = await runSent(C.enrolled, sent(C.enrolled));
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data.sequence?.id).toBe(S.simpleCall);
    expect(portal.calls.map((c) => c.path).sort()).toEqual([`${SEQUENCES_API}/${S.simpleCall}`, `${SEQUENCES_API}/enrollments/contact/${C.enrolled}`].sort());
    expect(roundTrips(portal.calls)).toBe(1);
  });

  it('properties lagged (they name an earlier sequence): the enrolled sequence is shown, read after the enrollment', async () => {
    await enrollBenIn(S.inboundFollowUp);
    // HubSpot has not caught up: the properties still name the sequence Ben was in before.
    const res = await runSent(C.notEnrolled, sent(C.notEnrolled, { hs_sequences_is_enrolled: 'true', hs_latest_sequence_enrolled: S.simpleCall }));
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data.enrollment?.sequenceId).toBe(S.inboundFollowUp);
    expect(res.data.sequence?.id).toBe(S.inboundFollowUp);
    expect(res.data.sequence?.name).toBe(portal.state.sequencesById.get(S.inboundFollowUp)!.name);
    const sequenceReads = portal.calls.filter((c) => /\/sequences\/2026-09\/\d+$/.test(c.path)).map((c) => c.path.split('/').pop());
    expect(sequenceReads.sort()).toEqual([S.simpleCall, S.inboundFollowUp].sort()); // the early guess, then the right one
    // Correct first: one more round trip only because the properties lagged (template names, cold here, come after).
    expect(roundTrips(portal.calls.filter((c) => !c.path.includes('/email-templates/')))).toBe(2);
  });

  it('properties lagged the other way (they say not enrolled yet): the enrollment read still decides', async () => {
    await enrollBenIn(S.inboundFollowUp);
    const res = await runSent(C.notEnrolled, sent(C.notEnrolled, { hs_sequences_is_enrolled: 'false', hs_latest_sequence_enrolled: null }));
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data.sequence?.id).toBe(S.inboundFollowUp);
    expect(res.data.eligibility.alreadyEnrolled).toBe(true);
  });

  it('properties say enrolled but the enrollment has ended: not enrolled, the early read is ignored', async () => {
    const res = await runSent(C.notEnrolled, sent(C.notEnrolled, { hs_sequences_is_enrolled: 'true', hs_latest_sequence_enrolled: S.simpleCall }));
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data).toMatchObject({ enrollment: null, sequence: null, eligibility: { canEnroll: true } });
  });

  it('not enrolled: ONE call (the enrollment read; the properties never decide alone)', async () => {
    const res = await runSent(C.notEnrolled, sent(C.notEnrolled));
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data.enrollment).toBeNull();
    expect(portal.calls.map((c) => c.path)).toEqual([`${SEQUENCES_API}/enrollments/contact/${C.notEnrolled}`]);
  });

  it('email steps: template names cost a second round trip on the first view only; the cache holds them for its stated time', async () => {
    await enrollBenIn(S.outboundProspecting);
    let clock = Date.now();
    const deps = { ...depsFor(portal), nameCache: createNameCache({ now: () => clock }) };
    const props = sent(C.notEnrolled);
    const first = await runSent(C.notEnrolled, props, deps);
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    expect(portal.calls.filter((c) => c.path.includes('/email-templates/'))).toHaveLength(3);
    expect(roundTrips(portal.calls)).toBe(2);

    portal.clearCalls();
    const warm = await runSent(C.notEnrolled, props, { ...depsFor(portal), nameCache: deps.nameCache });
    if (!warm.ok) throw new Error(JSON.stringify(warm.error));
    expect(warm.data.sequence).toEqual(first.data.sequence); // the same names, from the cache
    expect(portal.calls.filter((c) => c.path.includes('/email-templates/'))).toHaveLength(0);
    expect(roundTrips(portal.calls)).toBe(1);

    clock += NAME_CACHE_TTL_MS + 1;
    portal.clearCalls();
    await runSent(C.notEnrolled, props, { ...depsFor(portal), nameCache: deps.nameCache });
    expect(portal.calls.filter((c) => c.path.includes('/email-templates/'))).toHaveLength(3);
  });
});

describe('a portal whose sequence properties lag enrollments by seconds (as HubSpot documents)', () => {
  let lagging: Portal;
  beforeAll(async () => {
    lagging = await startPortal({ sequencePropertiesLagMs: 60_000 });
  });
  afterAll(() => lagging.close());

  it('right after an enrollment, the properties HubSpot sends still name the earlier sequence: the card shows the new one', async () => {
    // The lag portal keeps a contact's sequence properties as they were for a minute after an enrollment.
    const ben = lagging.state.contactsById.get(C.notEnrolled)!;
    Object.assign(ben.properties, { hs_sequences_is_enrolled: 'true', hs_latest_sequence_enrolled: S.simpleCall }); // an earlier, ended enrollment
    const enrolled = await runHandler(
      enrollInSequenceInput,
      enrollInSequence,
      { contactId: C.notEnrolled, sequenceId: S.inboundFollowUp, userId: U.rep.userId, senderEmail: U.rep.email, userEmails: U.rep.email },
      depsFor(lagging),
    );
    if (!enrolled.ok) throw new Error(JSON.stringify(enrolled.error));
    expect(ben.properties.hs_latest_sequence_enrolled).toBe(S.simpleCall); // lagging, as HubSpot's may
    const names = [...CONTACT_PROPERTIES, ...COMMON_TOKEN_PROPERTIES, ...ENROLLMENT_HINT_PROPERTIES];
    const propertiesToSend = { hs_object_id: C.notEnrolled, ...Object.fromEntries(names.map((n) => [n, ben.properties[n] ?? null])) };
    const res = await runHandler(contactSequenceStatusInput, contactSequenceStatus, { contactId: C.notEnrolled, userId: U.rep.userId }, depsFor(lagging), propertiesToSend);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.data.sequence?.id).toBe(S.inboundFollowUp);
    expect(res.data.enrollment?.sequenceId).toBe(S.inboundFollowUp);
  });
});
