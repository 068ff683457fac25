/** Behaviour tests of the emulated portal: auth, scopes, rate limits, faults, enrollment state, reset, generator. */
import { FIXTURES } from './fixtures';
import { generatePortal } from './generate';
import { startPortal, type Portal } from './server';
import { SEQUENCES_API } from '../server/hubspot/api-versions';

const U = FIXTURES.users;
const C = FIXTURES.contacts;
const S = FIXTURES.sequences;
const W = FIXTURES.legacyWorkflows;
const AUTH = { authorization: 'Bearer local-dev-token' };
const SEQ = SEQUENCES_API;

async function get(p: Portal, url: string, headers: Record<string, string> = AUTH) {
  const r = await fetch(p.url + url, { headers });
  const text = await r.text();
  return { status: r.status, headers: r.headers, text, body: text ? JSON.parse(text) : undefined };
}
async function send(p: Portal, method: string, url: string, body?: unknown) {
  const r = await fetch(p.url + url, { method, headers: { ...AUTH, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : undefined };
}

describe('emulated portal', () => {
  let p: Portal;
  beforeAll(async () => {
    p = await startPortal({ tokens: { 'local-dev-token': { scopes: '*' }, 'no-seq': { scopes: ['automation', 'crm.objects.contacts.read'] } } });
  });
  afterAll(() => p.close());
  beforeEach(() => {
    p.reset();
    p.resetFaults();
  });

  test('401 INVALID_AUTHENTICATION without / with an unknown token', async () => {
    for (const h of [{}, { authorization: 'Bearer wrong' }] as Record<string, string>[]) {
      const r = await get(p, `${SEQ}?userId=${U.rep.userId}`, h);
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({ status: 'error', category: 'INVALID_AUTHENTICATION' });
      expect(r.body.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  test('403 MISSING_SCOPES with requiredGranularScopes', async () => {
    const r = await get(p, `${SEQ}?userId=${U.rep.userId}`, { authorization: 'Bearer no-seq' });
    expect(r.status).toBe(403);
    expect(r.body.category).toBe('MISSING_SCOPES');
    expect(r.body.errors[0].context.requiredGranularScopes).toEqual(['automation.sequences.read']);
    const w = await fetch(`${p.url}${SEQ}/enrollments?userId=${U.rep.userId}`, { method: 'POST', headers: { authorization: 'Bearer no-seq' }, body: '{}' });
    expect((await w.json()).errors[0].context.requiredGranularScopes).toEqual(['automation.sequences.enrollments.write']);
    expect((await get(p, `/crm/v3/objects/contacts/${C.enrolled}`, { authorization: 'Bearer no-seq' })).status).toBe(200);
  });

  test('rate limit: headers on every response, 429 TEN_SECONDLY_ROLLING and DAILY with Retry-After', async () => {
    const q = await startPortal({ rateLimit: { per10s: 3, daily: 5 } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const r = await get(q, '/automation/v4/flows?limit=1');
        statuses.push(r.status);
        expect(r.headers.get('x-hubspot-ratelimit-max')).toBe('3');
        expect(r.headers.get('x-hubspot-ratelimit-interval-milliseconds')).toBe('10000');
        expect(r.headers.get('x-hubspot-ratelimit-daily')).toBe('5');
        if (i < 3) expect(r.headers.get('x-hubspot-ratelimit-remaining')).toBe(String(2 - i));
        else {
          expect(r.body).toMatchObject({ status: 'error', errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING', category: 'RATE_LIMITS' });
          expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        }
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await q.close();
    }
    const d = await startPortal({ rateLimit: { per10s: 100, daily: 2 } });
    try {
      await get(d, '/automation/v4/flows');
      await get(d, '/automation/v4/flows');
      const r = await get(d, '/automation/v4/flows');
      expect(r.status).toBe(429);
      expect(r.body.policyName).toBe('DAILY');
      expect(r.headers.get('x-hubspot-ratelimit-daily-remaining')).toBe('0');
    } finally {
      await d.close();
    }
  });

  test('sequence enrollment changes state and records an event', async () => {
    const r = await send(p, 'POST', `${SEQ}/enrollments?userId=${U.rep.userId}`, { contactId: C.notEnrolled, sequenceId: S.reEngagement, senderEmail: U.rep.email });
    expect(r.status).toBe(200);
    expect(r.body.toEmail).toBe('ben.notenrolled@example.com');
    const e = await get(p, `/automation/v4/sequences/enrollments/contact/${C.notEnrolled}`);
    expect(e.body).toMatchObject({ id: r.body.id, sequenceId: S.reEngagement, sequenceName: 'Q4 re-engagement', enrolledBy: U.rep.userId, enrolledByEmail: U.rep.email });
    const c = await get(
      p,
      `/crm/objects/2026-03/contacts/${C.notEnrolled}?properties=hs_sequences_is_enrolled,hs_sequences_actively_enrolled_count,hs_latest_sequence_enrolled,hs_latest_sequence_enrolled_date`,
    );
    expect(c.body.properties).toMatchObject({ hs_sequences_is_enrolled: 'true', hs_sequences_actively_enrolled_count: '1', hs_latest_sequence_enrolled: S.reEngagement });
    expect(c.body.properties.hs_latest_sequence_enrolled_date).toBe(r.body.enrolledAt);
    expect(p.state.enrollmentEvents).toEqual([expect.objectContaining({ kind: 'sequence', contactId: C.notEnrolled, targetId: S.reEngagement, duplicate: false })]);
    const again = await send(p, 'POST', `${SEQ}/enrollments?userId=${U.rep.userId}`, { contactId: C.notEnrolled, sequenceId: S.reEngagement, senderEmail: U.rep.email });
    expect(again.body).toMatchObject({ category: 'VALIDATION_ERROR', subCategory: 'ALREADY_ENROLLED', errors: [{ code: 'ALREADY_ENROLLED' }] });
    expect(p.state.enrollmentEvents).toHaveLength(1);
  });

  test.each([
    [C.enrolled, U.rep, 400, 'ALREADY_ENROLLED'],
    [C.optedOut, U.rep, 400, 'UNSUBSCRIBED'],
    [C.bounced, U.rep, 400, 'BOUNCED'],
  ])('enrollment refusal with a reason HubSpot names: contact %s user %o → %i %s', async (contactId, user, status, code) => {
    const r = await send(p, 'POST', `${SEQ}/enrollments?userId=${user.userId}`, { contactId, sequenceId: S.simpleCall, senderEmail: user.email });
    expect(r.status).toBe(status);
    expect(r.body.subCategory).toBe(code);
    expect(r.body.errors[0].code).toBe(code);
    expect(p.state.enrollmentEvents).toHaveLength(0);
  });

  test.each([
    [C.noEmail, U.rep, U.rep.email, 400, 'VALIDATION_ERROR', /has no email address/],
    [C.notEnrolled, U.repNoInbox, U.repNoInbox.email, 400, 'VALIDATION_ERROR', /^no connected inboxes for specified user email$/],
    [C.notEnrolled, U.rep, 'stranger@example.com', 400, 'VALIDATION_ERROR', /is not a connected inbox/],
    [C.notEnrolled, U.repNoSeat, U.repNoSeat.email, 403, 'FORBIDDEN', /seat/],
  ])('enrollment refusal HubSpot documents by message only: contact %s user %o sender %s → %i %s, no subCategory', async (contactId, user, sender, status, category, message) => {
    const r = await send(p, 'POST', `${SEQ}/enrollments?userId=${user.userId}`, { contactId, sequenceId: S.simpleCall, senderEmail: sender });
    expect(r.status).toBe(status);
    expect(r.body).toMatchObject({ status: 'error', category });
    expect(r.body.message).toMatch(message);
    expect(r.body.subCategory).toBeUndefined();
    expect(p.state.enrollmentEvents).toHaveLength(0);
  });

  test('no connected inbox message; missing userId message', async () => {
    const r = await send(p, 'POST', `${SEQ}/enrollments?userId=${U.repNoInbox.userId}`, { contactId: C.notEnrolled, sequenceId: S.simpleCall, senderEmail: U.repNoInbox.email });
    expect(r.body.message).toBe('no connected inboxes for specified user email');
    const m = await send(p, 'POST', `${SEQ}/enrollments`, { contactId: C.notEnrolled, sequenceId: S.simpleCall, senderEmail: U.rep.email });
    expect(m.body.message).toBe('query param userId may not be null');
  });

  test('not-found and bad-request answers carry status, category and message only: no invented subCategory', async () => {
    const answers = [
      [await get(p, `${SEQ}/${FIXTURES.unknown.sequenceId}?userId=${U.rep.userId}`), 404, 'OBJECT_NOT_FOUND'],
      [
        await send(p, 'POST', `${SEQ}/enrollments?userId=${U.rep.userId}`, { contactId: C.notEnrolled, sequenceId: FIXTURES.unknown.sequenceId, senderEmail: U.rep.email }),
        404,
        'OBJECT_NOT_FOUND',
      ],
      [await get(p, `${SEQ}/enrollments/contact/${C.notEnrolled}`), 404, 'OBJECT_NOT_FOUND'],
      [await send(p, 'POST', `/automation/v2/workflows/${W.disabled}/enrollments/contacts/${encodeURIComponent('ben.notenrolled@example.com')}`), 400, 'VALIDATION_ERROR'],
      [await get(p, `${SEQ}?userId=${U.rep.userId}&after=abc`), 400, 'VALIDATION_ERROR'],
      [await send(p, 'POST', `${SEQ}/enrollments?userId=${U.rep.userId}`, { sequenceId: S.simpleCall }), 400, 'VALIDATION_ERROR'],
    ] as const;
    for (const [r, status, category] of answers) {
      expect([r.status, r.body.category]).toEqual([status, category]);
      expect(r.body.message).toEqual(expect.any(String));
      expect(r.body.subCategory).toBeUndefined();
      for (const e of r.body.errors ?? []) expect(e.code).toBeUndefined();
    }
    expect(p.state.enrollmentEvents).toHaveLength(0);
  });

  test.each(['%20', '%09%20', '%0A', '1e1', '-1', '+1', '0x1', '1.0', 'abc'])(
    'a paging cursor that is not digits (after=%s) is 400 VALIDATION_ERROR, not page one',
    async (after) => {
      for (const base of [`${SEQ}?userId=${U.rep.userId}&`, '/automation/v4/flows?', '/crm/owners/2026-03?']) {
        const r = await get(p, `${base}limit=1&after=${after}`);
        expect([base, r.status, r.body.category]).toEqual([base, 400, 'VALIDATION_ERROR']);
      }
    },
  );

  test('a digits-only cursor and limit still page', async () => {
    const r = await get(p, `${SEQ}?userId=${U.rep.userId}&limit=1&after=1`);
    expect(r.status).toBe(200);
    expect(r.body.results).toHaveLength(1);
    expect((await get(p, `${SEQ}?userId=${U.rep.userId}&limit=%201`)).status).toBe(400);
  });

  test('notEnrolledShape empty → 200 {}', async () => {
    const q = await startPortal({ notEnrolledShape: 'empty' });
    try {
      const r = await get(q, `${SEQ}/enrollments/contact/${C.notEnrolled}`);
      expect(r.status).toBe(200);
      expect(r.body).toEqual({});
    } finally {
      await q.close();
    }
  });

  test('betaActionTypes false → 404', async () => {
    const q = await startPortal({ betaActionTypes: false });
    try {
      expect((await get(q, '/automation/2026-09-beta/action-types?objectTypeId=0-1')).status).toBe(404);
    } finally {
      await q.close();
    }
  });

  test('v2 workflows: list, enroll, duplicate enroll (204 + duplicate event), disabled, unknown, unenroll', async () => {
    const list = await get(p, `/automation/v2/workflows/enrollments/contacts/${C.inWorkflows}`);
    expect(list.body.map((w: { id: number }) => w.id).sort()).toEqual([W.welcome, W.leadScoring, W.classicRotation].sort());
    expect((await get(p, `/automation/v2/workflows/enrollments/contacts/${C.inNoWorkflows}`)).body).toEqual([]);
    const email = encodeURIComponent('gia.noworkflows@example.com');
    expect((await send(p, 'POST', `/automation/v2/workflows/${W.welcome}/enrollments/contacts/${email}`)).status).toBe(204);
    expect((await send(p, 'POST', `/automation/v2/workflows/${W.welcome}/enrollments/contacts/${email}`)).status).toBe(204);
    expect(p.state.enrollmentEvents.map((e) => e.duplicate)).toEqual([false, true]);
    expect((await get(p, `/automation/v2/workflows/enrollments/contacts/${C.inNoWorkflows}`)).body).toHaveLength(1);
    expect((await send(p, 'POST', `/automation/v2/workflows/${W.disabled}/enrollments/contacts/${email}`)).status).toBe(400);
    expect((await send(p, 'POST', `/automation/v2/workflows/${FIXTURES.unknown.workflowId}/enrollments/contacts/${email}`)).status).toBe(404);
    expect((await send(p, 'POST', `/automation/v2/workflows/${W.welcome}/enrollments/contacts/nobody%40example.com`)).status).toBe(404);
    expect((await send(p, 'DELETE', `/automation/v2/workflows/${W.welcome}/enrollments/contacts/${email}`)).status).toBe(204);
    expect((await get(p, `/automation/v2/workflows/enrollments/contacts/${C.inNoWorkflows}`)).body).toEqual([]);
  });

  test('reset restores data and clears calls and events', async () => {
    await send(p, 'POST', `${SEQ}/enrollments?userId=${U.rep.userId}`, { contactId: C.notEnrolled, sequenceId: S.simpleCall, senderEmail: U.rep.email });
    expect(p.calls.length).toBe(1);
    p.reset();
    expect(p.calls).toEqual([]);
    expect(p.state.enrollmentEvents).toEqual([]);
    expect((await get(p, `${SEQ}/enrollments/contact/${C.notEnrolled}`)).status).toBe(404);
  });

  test('call records: method, path, query, status, timings', async () => {
    await get(p, `${SEQ}?userId=${U.rep.userId}&limit=2`);
    expect(p.calls[0]).toMatchObject({ method: 'GET', path: SEQ, query: { userId: U.rep.userId, limit: '2' }, status: 200 });
    expect(p.calls[0].endedAt).toBeGreaterThanOrEqual(p.calls[0].startedAt);
  });

  describe('faults', () => {
    test('latency', async () => {
      p.setFaults({ latencyMs: 120 });
      const t = Date.now();
      await get(p, '/automation/v4/flows');
      expect(Date.now() - t).toBeGreaterThanOrEqual(110);
    });
    test('429 with Retry-After: 1', async () => {
      p.setFaults({ rate429: 1 });
      const r = await get(p, '/automation/v4/flows');
      expect(r.status).toBe(429);
      expect(r.headers.get('retry-after')).toBe('1');
      expect(r.body).toMatchObject({ errorType: 'RATE_LIMIT', category: 'RATE_LIMITS', policyName: 'TEN_SECONDLY_ROLLING' });
      expect(p.calls[0].faulted).toBe('429');
    });
    test('5xx with INTERNAL_ERROR JSON, not applied', async () => {
      p.setFaults({ rate5xx: 1 });
      const r = await send(p, 'POST', `${SEQ}/enrollments?userId=${U.rep.userId}`, { contactId: C.notEnrolled, sequenceId: S.simpleCall, senderEmail: U.rep.email });
      expect(r.status).toBeGreaterThanOrEqual(500);
      expect(r.body).toMatchObject({ status: 'error', category: 'INTERNAL_ERROR' });
      expect(p.state.enrollmentEvents).toHaveLength(0);
    });
    test('dropBefore: socket destroyed, nothing applied', async () => {
      p.setFaults({ rateDropBefore: 1 });
      await expect(
        send(p, 'POST', `${SEQ}/enrollments?userId=${U.rep.userId}`, { contactId: C.notEnrolled, sequenceId: S.simpleCall, senderEmail: U.rep.email }),
      ).rejects.toThrow();
      expect(p.state.enrollmentEvents).toHaveLength(0);
      expect(p.calls[0]).toMatchObject({ status: 0, faulted: 'dropBefore' });
    });
    test('dropAfter: socket destroyed, enrollment committed', async () => {
      p.setFaults({ rateDropAfter: 1 });
      await expect(
        send(p, 'POST', `${SEQ}/enrollments?userId=${U.rep.userId}`, { contactId: C.notEnrolled, sequenceId: S.simpleCall, senderEmail: U.rep.email }),
      ).rejects.toThrow();
      expect(p.state.enrollmentEvents).toHaveLength(1);
      expect(p.calls[0].faulted).toBe('dropAfter');
      p.resetFaults();
      expect((await get(p, `${SEQ}/enrollments/contact/${C.notEnrolled}`)).status).toBe(200);
    });
    test('slow: applied, answered after slowMs', async () => {
      p.setFaults({ rateSlow: 1, slowMs: 150 });
      const t = Date.now();
      const r = await get(p, '/automation/v4/flows');
      expect(r.status).toBe(200);
      expect(Date.now() - t).toBeGreaterThanOrEqual(140);
      expect(p.calls[0].faulted).toBe('slow');
    });
    test('malformed JSON: 200 with truncated body', async () => {
      p.setFaults({ rateMalformedJson: 1 });
      const r = await fetch(`${p.url}/automation/v4/flows`, { headers: AUTH });
      expect(r.status).toBe(200);
      const text = await r.text();
      expect(() => JSON.parse(text)).toThrow();
    });
    test('schema break: 200 without required fields', async () => {
      p.setFaults({ rateSchemaBreak: 1 });
      const r = await get(p, `/automation/v4/flows/${FIXTURES.flows.welcome}`);
      expect(r.status).toBe(200);
      expect(r.body.id).toBeUndefined();
    });
    test('only: faults limited to matching "METHOD path"', async () => {
      p.setFaults({ rate429: 1, only: '^POST /automation/v4/flows/batch' });
      expect((await get(p, '/automation/v4/flows')).status).toBe(200);
      expect((await send(p, 'POST', '/automation/v4/flows/batch/read', { inputs: [] })).status).toBe(429);
    });
    test('seeded PRNG: same seed, same fault pattern', async () => {
      const run = async () => {
        const q = await startPortal({ seed: 123, faults: { rate429: 0.5 } });
        const out: number[] = [];
        for (let i = 0; i < 12; i++) out.push((await get(q, '/automation/v4/flows?limit=1')).status);
        await q.close();
        return out;
      };
      const a = await run();
      expect(await run()).toEqual(a);
      expect(a).toContain(429);
      expect(a).toContain(200);
    });
  });

  test('admin API: faults, calls, state, events, reset', async () => {
    const j = async (method: string, path: string, body?: unknown) => {
      const r = await fetch(p.url + path, { method, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: r.status, body: r.status === 204 ? undefined : await r.json() };
    };
    expect((await j('POST', '/__admin/faults', { latencyMs: 5 })).body.latencyMs).toBe(5);
    expect((await j('GET', '/__admin/faults')).body.latencyMs).toBe(5);
    await get(p, '/automation/v4/flows');
    expect((await j('GET', '/__admin/calls')).body).toHaveLength(1);
    expect((await j('DELETE', '/__admin/calls')).status).toBe(204);
    expect(p.calls).toHaveLength(0);
    const st = (await j('GET', '/__admin/state')).body;
    expect(st.users.map((u: { userId: string }) => u.userId)).toContain(U.rep.userId);
    expect(st.enrollments[0].contactId).toBe(C.enrolled);
    expect((await j('GET', '/__admin/enrollment-events')).body).toEqual([]);
    expect((await j('POST', '/__admin/reset')).status).toBe(200);
  });
});

describe('generatePortal', () => {
  test('10,000 sequences and flows, fast to build and to list', async () => {
    const t = Date.now();
    const data = generatePortal({ sequences: 10_000, flows: 10_000, contacts: 2_000, workflowsPerContact: 3, seed: 5 });
    expect(Date.now() - t).toBeLessThan(2000);
    expect(data.sequences.length).toBeGreaterThanOrEqual(10_000);
    expect(data.flows.length).toBeGreaterThanOrEqual(10_000);
    expect(data.contacts.length).toBeGreaterThanOrEqual(2_000);
    expect(data.legacyWorkflows.some((w) => !w.flowId)).toBe(true);
    const p = await startPortal({ data });
    try {
      const t2 = Date.now();
      for (let i = 0; i < 20; i++) {
        const r = await get(p, `${SEQ}?userId=${U.rep.userId}&name=renewal&limit=100&after=${i * 10}`);
        expect(r.status).toBe(200);
        expect(r.body.total).toBeGreaterThan(100);
      }
      const f = await get(p, '/automation/v4/flows?limit=100&after=9000');
      expect(f.body.results).toHaveLength(100);
      expect(Date.now() - t2).toBeLessThan(2000);
    } finally {
      await p.close();
    }
  });
});
