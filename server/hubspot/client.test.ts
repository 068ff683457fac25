/**
 * The client's resilience layer against a scripted transport and a fake clock, so every retry,
 * wait and deadline is exact. Behaviour against the emulated portal is in client.portal.test.ts.
 */
import { createHubSpotClient } from './client';
import { createClientState } from './client-state';
import { DeadlineExceededError, UnexpectedResponseError } from './errors';
import { toFunctionError } from '../runtime/errors-to-result';
import { RateLimiter } from './resilience';

const TOKEN = 'pat-na1-secret-token-value';

type Reply = { status: number; body?: unknown; headers?: Record<string, string>; raw?: string } | 'network-error' | 'hang';

function harness(
  replies: Reply[] | ((req: { method: string; url: string; body?: string }, n: number) => Reply),
  opts: { budgetMs?: number; attemptTimeoutMs?: number; maxAttempts?: number; perWindow?: number } = {},
) {
  let clock = 1_000_000;
  const sleeps: number[] = [];
  const requests: { method: string; url: string; body?: string; auth?: string }[] = [];
  const fakeFetch = (async (url: string, init: RequestInit) => {
    const req = { method: String(init.method), url: String(url), body: init.body as string | undefined, auth: (init.headers as Record<string, string>).authorization };
    requests.push(req);
    const reply = typeof replies === 'function' ? replies(req, requests.length) : replies[requests.length - 1];
    if (!reply) throw new Error(`unexpected request #${requests.length}: ${req.method} ${req.url}`);
    if (reply === 'network-error') throw new TypeError('fetch failed');
    if (reply === 'hang') return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    const text = reply.raw ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
    return new Response(text || null, { status: reply.status, headers: reply.headers });
  }) as unknown as typeof fetch;
  const client = createHubSpotClient({
    baseUrl: 'https://api.example.test/',
    accessToken: TOKEN,
    fetch: fakeFetch,
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    random: () => 0.5,
    deadlineAt: clock + (opts.budgetMs ?? 10_000),
    attemptTimeoutMs: opts.attemptTimeoutMs ?? 4_000,
    maxAttempts: opts.maxAttempts ?? 4,
    // Its own limiter: nothing shared with other tests.
    state: createClientState(),
    requestsPer10s: opts.perWindow ?? 1000,
  });
  return { client, requests, sleeps, advance: (ms: number) => (clock += ms) };
}

const sequencePage = { total: 1, results: [{ id: '1', name: 'Intro', userId: '9', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z' }] };
const enrollment = {
  id: 'e1',
  sequenceId: '77',
  sequenceName: 'Intro',
  enrolledBy: '9',
  enrolledByEmail: 'rep@example.com',
  toEmail: 'c@example.com',
  enrolledAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const rateLimited = (policyName = 'TEN_SECONDLY_ROLLING', retryAfter = '1') => ({
  status: 429,
  headers: { 'retry-after': retryAfter, 'content-type': 'application/json' },
  body: { status: 'error', message: 'You have reached your ten_secondly_rolling limit.', errorType: 'RATE_LIMIT', correlationId: 'corr-429', policyName, category: 'RATE_LIMITS' },
});
const serverError = { status: 502, body: { status: 'error', message: 'Bad gateway', correlationId: 'corr-502', category: 'INTERNAL_ERROR' } };

describe('requests', () => {
  it('sends the bearer token, the base URL from configuration and HubSpot query parameters', async () => {
    const h = harness([{ status: 200, body: sequencePage }]);
    const page = await h.client.sequences.list({ userId: '9', name: 'intro', limit: 20 });
    expect(page.results[0].name).toBe('Intro');
    expect(h.requests[0].url).toBe('https://api.example.test/automation/sequences/2026-09?userId=9&name=intro&limit=20');
    expect(h.requests[0].auth).toBe(`Bearer ${TOKEN}`);
  });

  it("sends a URL-encoded cursor as HubSpot's own next link does (NA%3D%3D stays NA%3D%3D), a plain one unchanged", async () => {
    const h = harness([
      { status: 200, body: sequencePage },
      { status: 200, body: sequencePage },
    ]);
    await h.client.sequences.list({ userId: '9', after: 'NA%3D%3D' });
    await h.client.sequences.list({ userId: '9', after: 'MTA-_' });
    expect(h.requests.map((r) => new URL(r.url).search)).toEqual(['?userId=9&after=NA%3D%3D', '?userId=9&after=MTA-_']);
  });

  it('encodes path parameters (an email in the v2 enroll path)', async () => {
    const h = harness([{ status: 204 }]);
    await h.client.legacyWorkflows.enrollContact({ workflowId: '123', email: 'a+b@example.com', contactId: '5' });
    expect(h.requests[0].url).toBe('https://api.example.test/automation/v2/workflows/123/enrollments/contacts/a%2Bb%40example.com');
  });
});

describe('rate limits', () => {
  it('waits for Retry-After on 429 and then succeeds', async () => {
    const h = harness([rateLimited('TEN_SECONDLY_ROLLING', '2'), { status: 200, body: sequencePage }]);
    const page = await h.client.sequences.list({ userId: '9' });
    expect(page.total).toBe(1);
    expect(h.requests).toHaveLength(2);
    expect(h.sleeps).toEqual([2000]);
  });

  it('a 429 waits its Retry-After once: the limiter does not add its own pause on top', async () => {
    const base = rateLimited('TEN_SECONDLY_ROLLING', '1');
    const limited = { ...base, headers: { ...base.headers, 'x-hubspot-ratelimit-remaining': '0', 'x-hubspot-ratelimit-interval-milliseconds': '10000' } };
    const h = harness([limited, { status: 200, body: sequencePage }]);
    await h.client.sequences.list({ userId: '9' });
    expect(h.sleeps).toEqual([1000]);
  });

  it('does not retry a DAILY limit and says so in words', async () => {
    const h = harness([rateLimited('DAILY')]);
    const err = await h.client.sequences.list({ userId: '9' }).catch((e) => e);
    expect(h.requests).toHaveLength(1);
    expect(toFunctionError(err)).toMatchObject({ code: 'RATE_LIMITED', retryable: false, correlationId: 'corr-429' });
    expect(toFunctionError(err).message).toMatch(/today/);
  });

  it('ends cleanly with RATE_LIMITED when the deadline expires mid-retry, without waiting past it', async () => {
    const h = harness(() => rateLimited('TEN_SECONDLY_ROLLING', '3'), { budgetMs: 5_000 });
    const err = await h.client.sequences.list({ userId: '9' }).catch((e) => e);
    expect(err).toBeInstanceOf(DeadlineExceededError);
    expect(toFunctionError(err)).toMatchObject({ code: 'RATE_LIMITED', retryable: true });
    expect(h.requests).toHaveLength(2); // 0 s and 3 s; a third wait would end past the 5 s budget
    expect(h.sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(5_000);
  });

  it('keeps bursts under the client-side window', async () => {
    const h = harness(() => ({ status: 200, body: sequencePage }), { perWindow: 3, budgetMs: 60_000 });
    for (let i = 0; i < 4; i++) await h.client.sequences.list({ userId: '9' });
    expect(h.requests).toHaveLength(4);
    expect(h.sleeps).toEqual([10_000]); // the fourth waited for the first to leave the 10 s window
  });

  it('limiter refuses to wait beyond the deadline', async () => {
    const limiter = new RateLimiter(1);
    let clock = 0;
    const policy = { now: () => clock, sleep: async (ms: number) => void (clock += ms), deadlineAt: 5_000 };
    await limiter.acquire(policy);
    await expect(limiter.acquire(policy)).rejects.toBeInstanceOf(DeadlineExceededError);
  });
});

describe('server errors and network failures', () => {
  it('retries a GET on 5xx with bounded, jittered backoff', async () => {
    const h = harness([serverError, serverError, { status: 200, body: sequencePage }]);
    await h.client.sequences.list({ userId: '9' });
    expect(h.requests).toHaveLength(3);
    expect(h.sleeps).toEqual([125, 250]); // random()=0.5 × 250·2^(n-1)
  });

  it('gives up after maxAttempts with HUBSPOT_UNAVAILABLE and the correlation id', async () => {
    const h = harness(() => serverError, { maxAttempts: 3 });
    const err = await h.client.sequences.list({ userId: '9' }).catch((e) => e);
    expect(h.requests).toHaveLength(3);
    expect(toFunctionError(err)).toMatchObject({ code: 'HUBSPOT_UNAVAILABLE', correlationId: 'corr-502', retryable: true });
  });

  it('retries a GET after a network error', async () => {
    const h = harness(['network-error', { status: 200, body: sequencePage }]);
    await expect(h.client.sequences.list({ userId: '9' })).resolves.toMatchObject({ total: 1 });
  });

  it('times out a hanging attempt and retries it', async () => {
    const h = harness(['hang', { status: 200, body: sequencePage }], { attemptTimeoutMs: 30 });
    await expect(h.client.sequences.list({ userId: '9' })).resolves.toMatchObject({ total: 1 });
    expect(h.requests).toHaveLength(2);
  });
});

describe('writes are never blindly repeated', () => {
  const enrollParams = { userId: '9', contactId: '5', sequenceId: '77', senderEmail: 'rep@example.com' };

  it('a POST that timed out but landed is reported as success after a re-read, not sent again', async () => {
    const h = harness(['hang', { status: 200, body: enrollment }], { attemptTimeoutMs: 30 });
    const result = await h.client.sequences.enroll(enrollParams);
    expect(result).toMatchObject({ id: 'e1', recoveredAfterAmbiguousFailure: true });
    expect(h.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
  });

  it('a POST that failed with 5xx and is not found by the re-read is outcome unknown, never resent (HubSpot may have applied it)', async () => {
    const h = harness([serverError, { status: 404, body: { status: 'error', message: 'not enrolled', correlationId: 'c', category: 'OBJECT_NOT_FOUND' } }]);
    const err = await h.client.sequences.enroll(enrollParams).catch((e) => e);
    expect(toFunctionError(err)).toMatchObject({ code: 'OUTCOME_UNKNOWN', retryable: false });
    expect(h.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
  });

  it('a POST that timed out and is not found by the re-read is outcome unknown, not resent (it may still land)', async () => {
    const h = harness(['hang', { status: 404, body: { status: 'error', message: 'x', correlationId: 'c', category: 'OBJECT_NOT_FOUND' } }], { attemptTimeoutMs: 30 });
    const err = await h.client.sequences.enroll(enrollParams).catch((e) => e);
    expect(toFunctionError(err)).toMatchObject({ code: 'OUTCOME_UNKNOWN', retryable: false });
    expect(h.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
  });

  it('a 504 on a POST is treated like a timeout: re-read, and outcome unknown when not found', async () => {
    const h = harness([
      { status: 504, body: { status: 'error', message: 'Gateway timeout', correlationId: 'corr-504', category: 'INTERNAL_ERROR' } },
      { status: 404, body: { status: 'error', message: 'x', correlationId: 'c', category: 'OBJECT_NOT_FOUND' } },
    ]);
    const err = await h.client.sequences.enroll(enrollParams).catch((e) => e);
    expect(toFunctionError(err)).toMatchObject({ code: 'OUTCOME_UNKNOWN', retryable: false, correlationId: 'corr-504' });
    expect(h.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
  });

  it('a POST answered 2xx with an unreadable body is confirmed by a re-read, not reported as failed', async () => {
    const h = harness([
      { status: 200, raw: '{"id": "e1", "toEm' },
      { status: 200, body: enrollment },
    ]);
    await expect(h.client.sequences.enroll(enrollParams)).resolves.toMatchObject({ id: 'e1', recoveredAfterAmbiguousFailure: true });
    const h2 = harness([
      { status: 200, body: { id: 'e1' } },
      { status: 404, body: { status: 'error', message: 'x', correlationId: 'c', category: 'OBJECT_NOT_FOUND' } },
    ]);
    const err = await h2.client.sequences.enroll(enrollParams).catch((e) => e);
    expect(toFunctionError(err)).toMatchObject({ code: 'OUTCOME_UNKNOWN', retryable: false });
    expect(h2.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
  });

  it('a 429 on a write is retried directly (HubSpot refused it before doing anything)', async () => {
    const created = { id: 'e3', toEmail: 'c@example.com', enrolledAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
    const h = harness([rateLimited(), { status: 200, body: created }]);
    await expect(h.client.sequences.enroll(enrollParams)).resolves.toMatchObject({ id: 'e3' });
    expect(h.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
  });

  it('a workflow enrollment whose answer was dropped is confirmed through the contact workflows', async () => {
    const h = harness(['network-error', { status: 200, body: [{ id: 123, name: 'Nurture', enabled: true }] }]);
    await expect(h.client.legacyWorkflows.enrollContact({ workflowId: '123', email: 'c@example.com', contactId: '5' })).resolves.toEqual({ recoveredAfterAmbiguousFailure: true });
    expect(h.requests.map((r) => r.method)).toEqual(['POST', 'GET']);
  });

  it('when the re-read fails too, the outcome is reported as unknown (refresh), never as failed, never resent', async () => {
    const h = harness(['network-error', ...Array(4).fill(serverError)]);
    const err = await h.client.sequences.enroll(enrollParams).catch((e) => e);
    expect(toFunctionError(err)).toMatchObject({ code: 'OUTCOME_UNKNOWN', retryable: false, correlationId: 'corr-502' });
    expect(toFunctionError(err).message).toMatch(/Refresh/);
    expect(h.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('keeps time back for the re-read: a write attempt never uses the whole budget', async () => {
    const h = harness(['hang', { status: 200, body: enrollment }], { budgetMs: 4_000, attemptTimeoutMs: 60_000 });
    const started = Date.now();
    await h.client.sequences.enroll(enrollParams);
    expect(Date.now() - started).toBeLessThan(2_000); // the attempt got 4000 − 3500 = 500 ms
  });
});

describe('answers that are not what HubSpot publishes', () => {
  it('a malformed body is UNEXPECTED_RESPONSE with the correlation id, no crash', async () => {
    const h = harness([{ status: 200, raw: '{"total": 1, "results": [', headers: { 'x-hubspot-correlation-id': 'corr-bad' } }]);
    const err = await h.client.sequences.list({ userId: '9' }).catch((e) => e);
    expect(err).toBeInstanceOf(UnexpectedResponseError);
    expect(toFunctionError(err)).toMatchObject({ code: 'UNEXPECTED_RESPONSE', correlationId: 'corr-bad' });
    expect(h.requests).toHaveLength(1);
  });

  it('a body that breaks the schema is UNEXPECTED_RESPONSE naming the field', async () => {
    const h = harness([{ status: 200, body: { results: [{ id: '1' }] } }]);
    const err = await h.client.sequences.list({ userId: '9' }).catch((e) => e);
    expect(err).toBeInstanceOf(UnexpectedResponseError);
    expect(err.message).toMatch(/total/);
  });

  it('404 or an empty answer on the enrollment lookup both mean "not enrolled"', async () => {
    const h = harness([{ status: 404, body: { status: 'error', message: 'x', correlationId: 'c', category: 'OBJECT_NOT_FOUND' } }, { status: 200 }]);
    await expect(h.client.sequences.getContactEnrollment({ contactId: '5' })).resolves.toBeNull();
    await expect(h.client.sequences.getContactEnrollment({ contactId: '5' })).resolves.toBeNull();
  });

  it('the beta action-type catalog answers null when the portal does not have it', async () => {
    const h = harness([{ status: 404, body: { status: 'error', message: 'x', correlationId: 'c', category: 'OBJECT_NOT_FOUND' } }]);
    await expect(h.client.actionTypes.list({ objectTypeId: '0-1' })).resolves.toBeNull();
  });
});

describe('HubSpot errors become codes a person can act on', () => {
  it('401 → UNAUTHORIZED, telling the admin to reinstall', async () => {
    const h = harness([{ status: 401, body: { status: 'error', message: 'Authentication credentials not found.', correlationId: 'c401', category: 'INVALID_AUTHENTICATION' } }]);
    const e = toFunctionError(await h.client.sequences.list({ userId: '9' }).catch((x) => x));
    expect(e).toMatchObject({ code: 'UNAUTHORIZED', correlationId: 'c401' });
    expect(e.message).toMatch(/reinstall/);
  });

  it('403 → MISSING_SCOPES with the scopes from errors[].context.requiredGranularScopes', async () => {
    const h = harness([
      {
        status: 403,
        body: {
          status: 'error',
          message: "This app hasn't been granted all required scopes",
          correlationId: 'c403',
          category: 'MISSING_SCOPES',
          errors: [{ message: 'missing', context: { requiredGranularScopes: ['automation.sequences.read'] } }],
        },
      },
    ]);
    const e = toFunctionError(await h.client.sequences.list({ userId: '9' }).catch((x) => x));
    expect(e).toMatchObject({ code: 'MISSING_SCOPES', requiredScopes: ['automation.sequences.read'] });
    expect(e.message).toContain('automation.sequences.read');
  });

  it("a refusal keeps HubSpot's machine-readable reason, not its message text", async () => {
    const h = harness([
      { status: 400, body: { status: 'error', message: 'Contact is unsubscribed', correlationId: 'c400', category: 'VALIDATION_ERROR', subCategory: 'UNSUBSCRIBED' } },
    ]);
    const err = await h.client.sequences.enroll({ userId: '9', contactId: '5', sequenceId: '77', senderEmail: 'rep@example.com' }).catch((x) => x);
    expect(err.reason).toBe('UNSUBSCRIBED');
    expect(h.requests).toHaveLength(1);
  });

  it('never puts the access token in an error or a result', async () => {
    const cases: Reply[][] = [
      ['network-error', 'network-error', 'network-error', 'network-error'],
      [{ status: 401, body: { status: 'error', message: 'bad', correlationId: 'c', category: 'INVALID_AUTHENTICATION' } }],
      [{ status: 200, raw: 'not json' }],
    ];
    for (const replies of cases) {
      const h = harness(replies);
      const err = await h.client.sequences.list({ userId: '9' }).catch((x) => x);
      const everything = JSON.stringify({ message: err.message, error: toFunctionError(err), props: { ...err } }) + String(err.stack);
      expect(everything).not.toContain(TOKEN);
    }
  });
});
