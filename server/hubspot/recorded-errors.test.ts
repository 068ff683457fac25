/**
 * The client over error answers recorded from live portals (../shared/realdata/errors/, see its README):
 * a 429 with no `policyName` and no `Retry-After`, 400s with no `category`, a 404 whose `errors[]` carry only
 * a message. Each goes through the client's real transport (a scripted fetch) and the one error mapping.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHubSpotClient } from './client';
import { createClientState } from './client-state';
import { DeadlineExceededError, NotFoundError, RateLimitError, ValidationError, errorFromResponse } from './errors';
import { errorBody } from './schemas';
import * as z from 'zod/mini';
import { toFunctionError } from '../runtime/errors-to-result';
import { needsShared, SHARED_DIR } from '../../test/requirements';

const ERRORS = path.join(SHARED_DIR, 'realdata', 'errors');
const recorded = (file: string) => JSON.parse(fs.readFileSync(path.join(ERRORS, file), 'utf8')) as Record<string, unknown>;

function client(replies: { status: number; body: unknown; headers?: Record<string, string> }[], budgetMs = 10_000) {
  let clock = 1_000_000;
  const sleeps: number[] = [];
  let n = 0;
  const fetch = (async () => {
    const r = replies[Math.min(n++, replies.length - 1)];
    return new Response(JSON.stringify(r.body), { status: r.status, headers: { 'content-type': 'application/json', ...r.headers } });
  }) as unknown as typeof globalThis.fetch;
  const hs = createHubSpotClient({
    baseUrl: 'https://api.example.test',
    accessToken: 'pat-na1-recorded',
    fetch,
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    random: () => 0.5,
    deadlineAt: clock + budgetMs,
    state: createClientState(),
    requestsPer10s: 1000,
  });
  return { hs, sleeps, calls: () => n };
}

needsShared('realdata', 'the recorded-error client tests')('recorded HubSpot errors through the client', () => {
  const seq = { total: 0, results: [] };

  test('every recorded error body parses with the client error schema', () => {
    for (const f of fs.readdirSync(ERRORS)) {
      const j = recorded(f);
      expect(z.safeParse(errorBody, 'body' in j ? j.body : j).success).toBe(true);
    }
  });

  test('429 with no policyName and no Retry-After (recorded envelope headers): a secondly limit, retried after a backoff, then the answer', async () => {
    const env = recorded('grouparoo-429-crm-search-secondly-limit-envelope.json') as { status: number; headers: Record<string, string>; body: unknown };
    expect(env.headers['Retry-After']).toBeUndefined();
    const { hs, sleeps, calls } = client([
      { status: env.status, body: env.body, headers: env.headers },
      { status: 200, body: seq },
    ]);
    await expect(hs.sequences.list({ userId: '1' })).resolves.toEqual(seq);
    expect(calls()).toBe(2);
    // No Retry-After and no interval header: the client's own backoff, never 0 and never the daily path.
    expect(sleeps.filter((ms) => ms > 0).length).toBeGreaterThan(0);
    const err = errorFromResponse(429, z.parse(errorBody, env.body));
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err.policyName).toBeUndefined();
    expect(toFunctionError(err)).toMatchObject({ code: 'RATE_LIMITED', retryable: true });
  });

  test('the same 429 on every attempt: RATE_LIMITED, retryable (not the daily message)', async () => {
    const body = recorded('grouparoo-429-crm-search-secondly-limit.json');
    const { hs, calls } = client([{ status: 429, body }], 3_000);
    const err = await hs.sequences.list({ userId: '1' }).catch((e: unknown) => e);
    // Out of attempts (RateLimitError) or out of time (DeadlineExceededError): either way the rep reads the same.
    expect(err instanceof RateLimitError || err instanceof DeadlineExceededError).toBe(true);
    expect(calls()).toBeGreaterThan(1);
    expect(toFunctionError(err)).toMatchObject({ code: 'RATE_LIMITED', retryable: true });
    expect(toFunctionError(err).message).not.toMatch(/today/);
  });

  test.each(['ausgtm-400-crm-search-invalid-property.json', 'ausgtm-400-property-invalid-formula-parse.json', 'grouparoo-400-v1-createorupdate-invalid-email.json'])(
    '400 with no category (%s): a ValidationError, not retried, HubSpot message and correlation id kept',
    async (file) => {
      const body = recorded(file) as { message: string; correlationId: string };
      const { hs, calls } = client([{ status: 400, body }]);
      const err = (await hs.sequences.list({ userId: '1' }).catch((e: unknown) => e)) as ValidationError;
      expect(err).toBeInstanceOf(ValidationError);
      expect(calls()).toBe(1);
      expect(err.category).toBeUndefined();
      expect(err.correlationId).toBe(body.correlationId);
      const fe = toFunctionError(err);
      expect(fe).toMatchObject({ code: 'UNEXPECTED_RESPONSE', retryable: false, correlationId: body.correlationId });
      // A very long multi-line HubSpot message never reaches the rep whole.
      expect(fe.message.length).toBeLessThan(600);
    },
  );

  test('404 whose errors[] carry only a message: NotFoundError, no reason code', async () => {
    const body = recorded('grouparoo-404-v1-contact-not-found.json');
    const { hs } = client([{ status: 404, body }]);
    const err = (await hs.workflows.get({ flowId: '1' }).catch((e: unknown) => e)) as NotFoundError;
    expect(err).toBeInstanceOf(NotFoundError);
    expect(err.reason).toBeUndefined();
    expect(toFunctionError(err)).toMatchObject({ code: 'NOT_FOUND', retryable: false });
  });
});
