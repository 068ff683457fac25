import * as z from 'zod/mini';
import { NotFoundError } from '../hubspot/errors';
import { FunctionFailure } from './errors-to-result';
import type { HubSpotClient } from '../hubspot/types';
import { defineFunction, depsFromEnv, runHandler, type FunctionDeps } from './define-function';
import { email, hubspotId, optionalLimit } from '../input/fields';

const input = z.object({ contactId: hubspotId('contactId'), senderEmail: z.optional(email('senderEmail')), limit: optionalLimit(50) });
const noClient = new Proxy(
  {},
  {
    get: () => {
      throw new Error('no HubSpot call expected');
    },
  },
) as unknown as HubSpotClient;
const deps: FunctionDeps = { hubspot: noClient, now: () => new Date(0), deadlineAt: Date.now() + 1000 };

describe('runHandler', () => {
  it('rejects bad input with INVALID_INPUT naming each field, before any HubSpot call', async () => {
    const handler = jest.fn();
    const result = await runHandler(input, handler, { contactId: '12a', senderEmail: 'nope', limit: '500' }, deps);
    expect(handler).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const message = !result.ok ? result.error.message : '';
    expect(message).toMatch(/contactId: contactId must be a HubSpot id/);
    expect(message).toMatch(/senderEmail: senderEmail must be an email address/);
    expect(message).toMatch(/limit: limit must be at most 50/);
  });

  it('rejects missing parameters', async () => {
    const result = await runHandler(input, jest.fn(), undefined, deps);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('passes parsed input (trimmed, limit as a number) and returns data', async () => {
    const result = await runHandler(input, async (i) => i, { contactId: ' 42 ', limit: '20' }, deps);
    expect(result).toEqual({ ok: true, data: { contactId: '42', limit: 20 } });
  });

  it('turns a FunctionFailure into its code and a HubSpot error into the mapped code', async () => {
    const refused = await runHandler(
      input,
      async () => {
        throw new FunctionFailure('NO_EMAIL', 'This contact has no email address.');
      },
      { contactId: '1' },
      deps,
    );
    expect(refused).toEqual({ ok: false, error: { code: 'NO_EMAIL', message: 'This contact has no email address.', retryable: false } });
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const missing = await runHandler(
      input,
      async () => {
        throw new NotFoundError('x', { status: 404, correlationId: 'c-1' });
      },
      { contactId: '1' },
      deps,
    );
    spy.mockRestore();
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', correlationId: 'c-1' } });
  });

  it('a crash becomes a generic message without the stack', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await runHandler(
      input,
      async () => {
        throw new TypeError('cannot read x of undefined');
      },
      { contactId: '1' },
      deps,
    );
    spy.mockRestore();
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toMatch(/cannot read|at .*\.ts/);
  });
});

describe('main(context) and the environment', () => {
  it('without PRIVATE_APP_ACCESS_TOKEN answers MISCONFIGURED and says what to do', async () => {
    const saved = process.env.PRIVATE_APP_ACCESS_TOKEN;
    delete process.env.PRIVATE_APP_ACCESS_TOKEN;
    const main = defineFunction(input, async () => 'never');
    const result = await main({ parameters: { contactId: '1' } });
    process.env.PRIVATE_APP_ACCESS_TOKEN = saved;
    expect(result).toMatchObject({ ok: false, error: { code: 'MISCONFIGURED' } });
  });

  it('reads the base URL from HUBSPOT_API_BASE_URL and defaults to api.hubapi.com', async () => {
    const urls: string[] = [];
    const realFetch = global.fetch;
    global.fetch = (async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify({ total: 0, results: [] }), { status: 200 });
    }) as unknown as typeof fetch;
    try {
      for (const env of [{ PRIVATE_APP_ACCESS_TOKEN: 't' }, { PRIVATE_APP_ACCESS_TOKEN: 't', HUBSPOT_API_BASE_URL: 'http://127.0.0.1:4010' }]) {
        const d = depsFromEnv(env as NodeJS.ProcessEnv);
        if ('error' in d) throw new Error(d.error);
        await d.hubspot.sequences.list({ userId: '1' });
      }
    } finally {
      global.fetch = realFetch;
    }
    expect(urls).toEqual(['https://api.hubapi.com/automation/sequences/2026-09?userId=1', 'http://127.0.0.1:4010/automation/sequences/2026-09?userId=1']);
  });
});
