/**
 * The client against the emulated portal over real HTTP: every endpoint, and the error paths HubSpot
 * has (auth, scopes, rate limits, faults). The scripted-transport tests in client.test.ts pin the
 * exact retry arithmetic; these prove the two sides agree on the wire.
 */
import { FIXTURES } from '../../portal/fixtures';
import { startPortal } from '../../portal/server';
import { createHubSpotClient } from './client';
import { createClientState } from './client-state';
import { NotFoundError, UnexpectedResponseError } from './errors';
import { toFunctionError } from '../runtime/errors-to-result';
import type { HubSpotClientConfig } from './types';

type Portal = Awaited<ReturnType<typeof startPortal>>;
let portal: Portal;

const ALL_BUT_SEQUENCES = ['crm.objects.contacts.read', 'automation'];
beforeAll(async () => {
  portal = await startPortal({
    port: 0,
    seed: 7,
    tokens: { 'local-dev-token': { scopes: '*' }, 'local-no-sequences-token': { scopes: ALL_BUT_SEQUENCES } },
  });
});
afterAll(() => portal.close());
beforeEach(() => {
  portal.reset();
  portal.resetFaults();
});

function client(overrides: Partial<HubSpotClientConfig> = {}) {
  return createHubSpotClient({
    baseUrl: portal.url,
    accessToken: 'local-dev-token',
    deadlineAt: Date.now() + 8_000,
    // Its own limiter: earlier tests do not slow later ones.
    state: createClientState(),
    requestsPer10s: 5_000,
    ...overrides,
  });
}

const rep = FIXTURES.users.rep;
const C = FIXTURES.contacts;
const S = FIXTURES.sequences;

describe('sequences', () => {
  it('lists with the server-side name filter and follows the cursor', async () => {
    const hs = client();
    const all = await hs.sequences.list({ userId: rep.userId, limit: 2 });
    expect(all.results).toHaveLength(2);
    expect(all.total).toBeGreaterThan(2);
    const next = await hs.sequences.list({ userId: rep.userId, limit: 2, after: all.paging!.next!.after });
    expect(next.results[0].id).not.toBe(all.results[0].id);
    const filtered = await hs.sequences.list({ userId: rep.userId, name: 'simple call' });
    expect(filtered.results.map((s) => s.id)).toEqual([S.simpleCall]);
  });

  it('gets a sequence with steps, settings and dependencies', async () => {
    const seq = await client().sequences.get({ userId: rep.userId, sequenceId: S.simpleCall });
    expect(seq.steps.length).toBeGreaterThan(1);
    expect(seq.dependencies.length).toBeGreaterThan(0);
    expect(seq.settings?.sendWindowStartMinute).toBeDefined();
  });

  it('reads a contact enrollment, and null when the contact is in none', async () => {
    const hs = client();
    const current = await hs.sequences.getContactEnrollment({ contactId: C.enrolled });
    expect(current).toMatchObject({ sequenceId: S.simpleCall });
    await expect(hs.sequences.getContactEnrollment({ contactId: C.notEnrolled })).resolves.toBeNull();
  });

  it('also reads "not enrolled" when the portal answers with an empty body instead of 404', async () => {
    const other = await startPortal({ port: 0, notEnrolledShape: 'empty' });
    try {
      const hs = createHubSpotClient({ baseUrl: other.url, accessToken: 'local-dev-token', state: createClientState(), requestsPer10s: 5_000 });
      await expect(hs.sequences.getContactEnrollment({ contactId: C.notEnrolled })).resolves.toBeNull();
    } finally {
      await other.close();
    }
  });

  it('enrolls, and the enrollment shows in the contact status and properties', async () => {
    const hs = client();
    const created = await hs.sequences.enroll({ userId: rep.userId, contactId: C.notEnrolled, sequenceId: S.outboundProspecting, senderEmail: rep.email });
    expect(created.id).toBeTruthy();
    await expect(hs.sequences.getContactEnrollment({ contactId: C.notEnrolled })).resolves.toMatchObject({ sequenceId: S.outboundProspecting });
    const contact = await hs.contacts.get({ contactId: C.notEnrolled, properties: ['hs_sequences_is_enrolled', 'hs_latest_sequence_enrolled'] });
    expect(contact.properties).toMatchObject({ hs_sequences_is_enrolled: 'true', hs_latest_sequence_enrolled: S.outboundProspecting });
  });

  it.each([
    [C.enrolled, 'ALREADY_ENROLLED'],
    [C.optedOut, 'UNSUBSCRIBED'],
    [C.bounced, 'BOUNCED'],
  ])("keeps HubSpot's refusal reason for contact %s (%s), sent once", async (contactId, reason) => {
    const err = await client()
      .sequences.enroll({ userId: rep.userId, contactId, sequenceId: S.outboundProspecting, senderEmail: rep.email })
      .catch((e) => e);
    expect(err.status).toBe(400);
    expect(err.reason).toBe(reason);
    expect(portal.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('a 404 for an unknown sequence is NOT_FOUND', async () => {
    const err = await client()
      .sequences.get({ userId: rep.userId, sequenceId: FIXTURES.unknown.sequenceId })
      .catch((e) => e);
    expect(toFunctionError(err).code).toBe('NOT_FOUND');
  });
});

describe('workflows', () => {
  it("lists flows page by page and stops at the caller's bound", async () => {
    const hs = client();
    const bounded = await hs.workflows.listAll({ maxPages: 1, limit: 3 });
    expect(bounded).toMatchObject({ truncated: true });
    expect(bounded.results).toHaveLength(3);
    const everything = await hs.workflows.listAll({ maxPages: 100, limit: 100 });
    expect(everything.truncated).toBe(false);
    expect(everything.results.map((f) => f.id)).toContain(FIXTURES.flows.welcome);
  });

  it('gets one flow, batch-reads several in one request (unknown ids absent), maps legacy ids', async () => {
    const hs = client();
    const flow = await hs.workflows.get({ flowId: FIXTURES.flows.seedLeadNurturing });
    expect(flow.actions?.length).toBeGreaterThan(0);
    portal.clearCalls();
    const flows = await hs.workflows.batchRead({ flowIds: [FIXTURES.flows.welcome, FIXTURES.flows.leadScoring, FIXTURES.unknown.flowId] });
    expect(flows.map((f) => f.id).sort()).toEqual([FIXTURES.flows.welcome, FIXTURES.flows.leadScoring].sort());
    expect(portal.calls).toHaveLength(1);
    const mappings = await hs.workflows.mapIds({ workflowIds: [String(FIXTURES.legacyWorkflows.welcome), String(FIXTURES.legacyWorkflows.classicRotation)] });
    expect(mappings).toEqual([{ flowId: FIXTURES.flows.welcome, workflowId: String(FIXTURES.legacyWorkflows.welcome) }]);
  });

  it("legacy v2: lists a contact's workflows and enrolls a contact by email", async () => {
    const hs = client();
    const before = await hs.legacyWorkflows.listForContact({ contactId: C.inNoWorkflows });
    expect(before).toEqual([]);
    const contact = await hs.contacts.get({ contactId: C.inNoWorkflows, properties: ['email'] });
    await hs.legacyWorkflows.enrollContact({ workflowId: String(FIXTURES.legacyWorkflows.welcome), email: contact.properties.email!, contactId: C.inNoWorkflows });
    const after = await hs.legacyWorkflows.listForContact({ contactId: C.inNoWorkflows });
    expect(after.map((w) => w.id)).toEqual([String(FIXTURES.legacyWorkflows.welcome)]);
  });

  it('legacy v3: one workflow by legacy id (the fields read, v3 actions dropped); an unknown id is NotFoundError', async () => {
    const hs = client();
    const w = await hs.legacyWorkflows.get({ workflowId: String(FIXTURES.legacyWorkflows.classicRotation) });
    expect(w).toEqual({
      id: String(FIXTURES.legacyWorkflows.classicRotation),
      name: 'Classic lead rotation (no v4 mapping)',
      type: 'PROPERTY_ANCHOR',
      enabled: true,
      flowId: null,
    });
    // A mapped one carries its v4 flow id (migrationStatus.flowId).
    expect((await hs.legacyWorkflows.get({ workflowId: String(FIXTURES.legacyWorkflows.welcome) })).flowId).toBe(FIXTURES.flows.welcome);
    await expect(hs.legacyWorkflows.get({ workflowId: String(FIXTURES.unknown.workflowId) })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('the beta action-type catalog when the portal has it, null when it does not', async () => {
    await expect(client().actionTypes.list({ objectTypeId: '0-1' })).resolves.toEqual(expect.arrayContaining([expect.objectContaining({ actionTypeId: '0-1' })]));
    const without = await startPortal({ port: 0, betaActionTypes: false });
    try {
      const hs = createHubSpotClient({ baseUrl: without.url, accessToken: 'local-dev-token', state: createClientState(), requestsPer10s: 5_000 });
      await expect(hs.actionTypes.list({ objectTypeId: '0-1' })).resolves.toBeNull();
    } finally {
      await without.close();
    }
  });
});

describe('contacts through @hubspot/api-client', () => {
  it('reads the requested properties; an unknown contact is NOT_FOUND', async () => {
    const hs = client();
    const c = await hs.contacts.get({ contactId: C.optedOut, properties: ['email', 'hs_email_optout'] });
    expect(c.properties.hs_email_optout).toBe('true');
    const err = await hs.contacts.get({ contactId: FIXTURES.unknown.contactId, properties: ['email'] }).catch((e) => e);
    expect(toFunctionError(err).code).toBe('NOT_FOUND');
  });
});

describe('errors HubSpot has', () => {
  it('an unknown token is UNAUTHORIZED', async () => {
    const err = await client({ accessToken: 'pat-wrong' })
      .sequences.list({ userId: rep.userId })
      .catch((e) => e);
    expect(toFunctionError(err)).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(err.correlationId).toBeTruthy();
  });

  it('a token without the sequences scope is MISSING_SCOPES naming it', async () => {
    const err = await client({ accessToken: 'local-no-sequences-token' })
      .sequences.list({ userId: rep.userId })
      .catch((e) => e);
    expect(toFunctionError(err)).toMatchObject({ code: 'MISSING_SCOPES', requiredScopes: ['automation.sequences.read'] });
  });

  it("the portal's own 10-second limit: 429 with Retry-After, waited out, then success", async () => {
    const limited = await startPortal({ port: 0, rateLimit: { per10s: 2, daily: 1_000_000 } });
    try {
      const hs = createHubSpotClient({ baseUrl: limited.url, accessToken: 'local-dev-token', state: createClientState(), requestsPer10s: 5_000, deadlineAt: Date.now() + 14_000 });
      // Three calls against a limit of two: the third gets a 429 and must wait it out.
      for (let i = 0; i < 3; i++) await hs.sequences.list({ userId: rep.userId });
      const statuses = limited.calls.map((c) => c.status);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
      expect(statuses[statuses.length - 1]).toBe(200);
    } finally {
      await limited.close();
    }
  }, 20_000);

  it('5xx faults on reads are retried through', async () => {
    portal.setFaults({ rate5xx: 0.5 });
    const hs = client({ maxAttempts: 8 });
    for (let i = 0; i < 5; i++) await hs.sequences.get({ userId: rep.userId, sequenceId: S.simpleCall });
    expect(portal.calls.some((c) => c.status >= 500)).toBe(true);
  });

  it('100% 429: ends with RATE_LIMITED inside the deadline, no hang', async () => {
    portal.setFaults({ rate429: 1 });
    const started = Date.now();
    const err = await client({ deadlineAt: Date.now() + 2_500 })
      .sequences.list({ userId: rep.userId })
      .catch((e) => e);
    expect(toFunctionError(err).code).toBe('RATE_LIMITED');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('a malformed body is UNEXPECTED_RESPONSE, no crash', async () => {
    portal.setFaults({ rateMalformedJson: 1 });
    const err = await client()
      .sequences.list({ userId: rep.userId })
      .catch((e) => e);
    expect(err).toBeInstanceOf(UnexpectedResponseError);
    expect(toFunctionError(err).code).toBe('UNEXPECTED_RESPONSE');
  });

  it('a body that breaks the schema is UNEXPECTED_RESPONSE', async () => {
    portal.setFaults({ rateSchemaBreak: 1 });
    const err = await client()
      .sequences.get({ userId: rep.userId, sequenceId: S.simpleCall })
      .catch((e) => e);
    expect(toFunctionError(err).code).toBe('UNEXPECTED_RESPONSE');
  });

  it('an enrollment whose answer is lost after HubSpot applied it is reported as success, applied once', async () => {
    portal.setFaults({ rateDropAfter: 1, only: '^POST ' });
    const created = await client().sequences.enroll({ userId: rep.userId, contactId: C.notEnrolled, sequenceId: S.inboundFollowUp, senderEmail: rep.email });
    expect(created.recoveredAfterAmbiguousFailure).toBe(true);
    expect(portal.state.enrollmentEvents.filter((e) => e.contactId === C.notEnrolled)).toHaveLength(1);
    expect(portal.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('an enrollment answered too slowly (past the attempt timeout) is confirmed, not repeated', async () => {
    portal.setFaults({ rateSlow: 1, slowMs: 1_500, only: '^POST ' });
    const created = await client({ attemptTimeoutMs: 500 }).sequences.enroll({
      userId: rep.userId,
      contactId: C.notEnrolled,
      sequenceId: S.inboundFollowUp,
      senderEmail: rep.email,
    });
    expect(created.recoveredAfterAmbiguousFailure).toBe(true);
    expect(portal.state.enrollmentEvents.filter((e) => e.contactId === C.notEnrolled)).toHaveLength(1);
  });

  it('an enrollment whose connection dropped and did not land is reported as outcome unknown, not resent; a later try enrolls once', async () => {
    portal.setFaults({ rateDropBefore: 1, only: '^POST ' });
    const hs = client();
    const err = await hs.sequences.enroll({ userId: rep.userId, contactId: C.notEnrolled, sequenceId: S.inboundFollowUp, senderEmail: rep.email }).catch((e) => e);
    expect(toFunctionError(err)).toMatchObject({ code: 'OUTCOME_UNKNOWN', retryable: false });
    expect(portal.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    expect(portal.state.enrollmentEvents.filter((e) => e.contactId === C.notEnrolled)).toHaveLength(0);
    // The card re-checks, sees "not enrolled", and the rep tries again.
    portal.resetFaults();
    await expect(client().sequences.enroll({ userId: rep.userId, contactId: C.notEnrolled, sequenceId: S.inboundFollowUp, senderEmail: rep.email })).resolves.toMatchObject({
      id: expect.any(String),
    });
    expect(portal.state.enrollmentEvents.filter((e) => e.contactId === C.notEnrolled)).toHaveLength(1);
  });
});
