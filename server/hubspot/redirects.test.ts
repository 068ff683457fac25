/**
 * HubSpot's API never redirects; a 3xx is not followed (issue 18: a followed 307 re-sent the enrollment
 * POST, body and token, to whatever host it named, and a followed 301 on a v2 write reported the contact
 * enrolled while HubSpot never applied it). Real fetch against two local servers: "HubSpot", which
 * answers each write with a redirect, and the host the redirect names, which must never be called.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHubSpotClient } from './client';
import { createClientState } from './client-state';
import { RedirectError } from './errors';
import { toFunctionError } from '../runtime/errors-to-result';

type Handler = (req: http.IncomingMessage) => { status: number; body?: unknown; headers?: Record<string, string> };

async function serve(handler: Handler) {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    req.resume();
    req.on('end', () => {
      const reply = handler(req);
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, close: () => new Promise<void>((r) => server.close(() => r())) };
}

let elsewhere: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  elsewhere = await serve(() => ({ status: 200, body: { id: 'e-elsewhere', toEmail: 'x@example.com', enrolledAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' } }));
});
afterAll(() => elsewhere.close());
afterEach(() => void elsewhere.seen.splice(0));

/** "HubSpot": the write answers `redirect`, every read answers `read`. */
async function hubspot(redirect: number, read: ReturnType<Handler>) {
  const portal = await serve((req) => (req.method === 'GET' ? read : { status: redirect, headers: { location: `${elsewhere.url}${req.url}` }, body: { message: 'Moved' } }));
  const client = createHubSpotClient({ baseUrl: portal.url, accessToken: 'pat-na1-redirect-test-token', state: createClientState(), deadlineAt: Date.now() + 10_000 });
  return { portal, client };
}

const notFound = { status: 404, body: { status: 'error', message: 'not enrolled', correlationId: 'c-404', category: 'OBJECT_NOT_FOUND' } };

describe('a redirect on a write is ambiguous: re-read, never resent, never followed', () => {
  it('enroll-in-sequence POST answered 307: OUTCOME_UNKNOWN after one re-read; the POST and its body go nowhere else', async () => {
    const { portal, client } = await hubspot(307, notFound);
    try {
      const err = await client.sequences.enroll({ userId: '9', contactId: '5', sequenceId: '77', senderEmail: 'rep@example.com' }).catch((e) => e);
      expect(toFunctionError(err)).toMatchObject({ code: 'OUTCOME_UNKNOWN', retryable: false });
      expect(portal.seen).toEqual(['POST /automation/sequences/2026-09/enrollments?userId=9', 'GET /automation/sequences/2026-09/enrollments/contact/5']);
      expect(elsewhere.seen).toEqual([]);
    } finally {
      await portal.close();
    }
  });

  it('v2 workflow enroll POST answered 301: not reported enrolled while the contact is not in the workflow', async () => {
    const { portal, client } = await hubspot(301, { status: 200, body: [] });
    try {
      const err = await client.legacyWorkflows.enrollContact({ workflowId: '123', email: 'c@example.com', contactId: '5' }).catch((e) => e);
      expect(toFunctionError(err)).toMatchObject({ code: 'OUTCOME_UNKNOWN', retryable: false });
      expect(portal.seen).toEqual(['POST /automation/v2/workflows/123/enrollments/contacts/c%40example.com', 'GET /automation/v2/workflows/enrollments/contacts/5']);
      expect(elsewhere.seen).toEqual([]);
    } finally {
      await portal.close();
    }
  });

  it('v2 workflow unenroll DELETE answered 308: not reported unenrolled while the contact is still in the workflow', async () => {
    const { portal, client } = await hubspot(308, { status: 200, body: [{ id: 123, name: 'Nurture', enabled: true }] });
    try {
      const err = await client.legacyWorkflows.unenrollContact({ workflowId: '123', email: 'c@example.com', contactId: '5' }).catch((e) => e);
      expect(toFunctionError(err)).toMatchObject({ code: 'OUTCOME_UNKNOWN', retryable: false });
      expect(portal.seen.map((r) => r.split(' ')[0])).toEqual(['DELETE', 'GET']);
      expect(elsewhere.seen).toEqual([]);
    } finally {
      await portal.close();
    }
  });

  it('a write the re-read finds did land: success, still sent once', async () => {
    const { portal, client } = await hubspot(307, { status: 200, body: [{ id: 123, name: 'Nurture', enabled: true }] });
    try {
      await expect(client.legacyWorkflows.enrollContact({ workflowId: '123', email: 'c@example.com', contactId: '5' })).resolves.toEqual({ recoveredAfterAmbiguousFailure: true });
      expect(portal.seen.filter((r) => r.startsWith('POST'))).toHaveLength(1);
      expect(elsewhere.seen).toEqual([]);
    } finally {
      await portal.close();
    }
  });
});

it('a redirect on a read is an error, not followed and not retried', async () => {
  const portal = await serve((req) => ({ status: 302, headers: { location: `${elsewhere.url}${req.url}` } }));
  try {
    const client = createHubSpotClient({ baseUrl: portal.url, accessToken: 'pat-na1-redirect-test-token', state: createClientState() });
    const err = await client.sequences.get({ userId: '9', sequenceId: '77' }).catch((e) => e);
    expect(err).toBeInstanceOf(RedirectError);
    expect(toFunctionError(err)).toMatchObject({ code: 'UNEXPECTED_RESPONSE', retryable: false });
    expect(portal.seen).toHaveLength(1);
    expect(elsewhere.seen).toEqual([]);
  } finally {
    await portal.close();
  }
});
