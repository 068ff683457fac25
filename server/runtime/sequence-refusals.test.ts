/**
 * HubSpot's refusals of the sequences API → our codes, with a client that answers one HubSpot error
 * body per case. Each phrase the mapping reads from HubSpot's message is pinned here.
 */
import { errorFromResponse } from '../hubspot/errors';
import type { HubSpotClient } from '../hubspot/types';
import { runHandler, type FunctionDeps } from './define-function';
import { hubspotSaid, HUBSPOT_MESSAGE_MAX } from './hubspot-said';
import { enrollInSequence, enrollInSequenceInput } from '../functions/enroll-in-sequence';
import { getSequence, getSequenceInput } from '../functions/get-sequence';
import { searchSequences, searchSequencesInput } from '../functions/search-sequences';
import { contactSequenceStatus, contactSequenceStatusInput } from '../functions/contact-sequence-status';
import { NO_CONNECTED_INBOX_PHRASE } from './sequence-refusals';
import type { FunctionError } from '../contract';

const POST = '/automation/sequences/2026-09/enrollments';
type Body = Parameters<typeof errorFromResponse>[1];

/** A client whose contact is enrollable and whose enrollment POST (or every sequences read) fails with `status`/`body`. */
function failingClient(status: number, body: Body, on: 'enroll' | 'reads' = 'enroll'): { hubspot: HubSpotClient; posts: () => number } {
  let posts = 0;
  const fail = (path: string) => {
    throw errorFromResponse(status, body, { method: on === 'enroll' ? 'POST' : 'GET', path });
  };
  const hubspot = {
    contacts: { get: async ({ contactId }: { contactId: string }) => ({ id: contactId, properties: { email: 'ben@example.com' } }) },
    sequences: {
      getContactEnrollment: async () => (on === 'reads' ? fail('/automation/sequences/2026-09/enrollments/contact/{contactId}') : null),
      enroll: async () => {
        posts++;
        return fail(POST);
      },
      list: async () => fail('/automation/sequences/2026-09'),
      get: async () => fail('/automation/sequences/2026-09/{sequenceId}'),
    },
    emailTemplates: { get: async () => null },
  } as unknown as HubSpotClient;
  return { hubspot, posts: () => posts };
}

const deps = (hubspot: HubSpotClient): FunctionDeps => ({ hubspot, now: () => new Date('2026-11-20T12:00:00Z'), deadlineAt: Date.now() + 5000 });
const enrollParams = { contactId: '1002', sequenceId: '200000002', userId: '2620022', senderEmail: 'ada@acme.com', userEmails: 'ada@acme.com' };

async function enrollError(status: number, body: Body): Promise<{ error: FunctionError; posts: number }> {
  const c = failingClient(status, body);
  const res = await runHandler(enrollInSequenceInput, enrollInSequence, enrollParams, deps(c.hubspot));
  if (res.ok) throw new Error('expected a refusal');
  return { error: res.error, posts: c.posts() };
}

beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

describe('enrollment refusals in HubSpot words', () => {
  it('HubSpot\'s documented "no connected inboxes for specified user email" (message only) → SENDER_NOT_CONNECTED, no inbox at all', async () => {
    const { error, posts } = await enrollError(400, {
      status: 'error',
      category: 'VALIDATION_ERROR',
      message: 'no connected inboxes for specified user email',
      correlationId: 'c-inbox',
    });
    expect(error).toMatchObject({ code: 'SENDER_NOT_CONNECTED', retryable: false, correlationId: 'c-inbox', details: { noConnectedInbox: true, senderEmail: 'ada@acme.com' } });
    expect(error.message).toContain('Settings → General → Email');
    expect(error.message).toContain('no connected inboxes for specified user email');
    expect(error.message).not.toMatch(/choose one of your own inboxes/i);
    expect(posts).toBe(1);
  });

  it('the namespaced subCategory PUBLIC_ENROLL_NO_CONNECTED_EMAILS maps by subCategory, whatever the message', async () => {
    const { error } = await enrollError(400, {
      status: 'error',
      category: 'VALIDATION_ERROR',
      subCategory: 'SequenceStandardFriendlyError.PUBLIC_ENROLL_NO_CONNECTED_EMAILS',
      message: 'User 2620022 for Portal 24681357 has no usable sender',
      correlationId: 'c-sub',
    });
    expect(error).toMatchObject({
      code: 'SENDER_NOT_CONNECTED',
      hubspotReason: 'SequenceStandardFriendlyError.PUBLIC_ENROLL_NO_CONNECTED_EMAILS',
      details: { noConnectedInbox: true },
    });
  });

  it('the message fallback phrase is pinned: singular and plural, any case, and nothing else', () => {
    expect(NO_CONNECTED_INBOX_PHRASE.test('no connected inboxes for specified user email')).toBe(true);
    expect(NO_CONNECTED_INBOX_PHRASE.test('User 1 for Portal 2 has no connected inboxes. A connected inbox is required to enroll from the public API.')).toBe(true);
    expect(NO_CONNECTED_INBOX_PHRASE.test('User has No Connected Inbox')).toBe(true);
    expect(NO_CONNECTED_INBOX_PHRASE.test('senderEmail is not a connected inbox of user 1')).toBe(false);
  });

  it("a 403 that is not MISSING_SCOPES → NO_SEQUENCES_ACCESS with HubSpot's message, not a scope problem, no retry", async () => {
    const { error } = await enrollError(403, { status: 'error', category: 'FORBIDDEN', message: 'User 2620024 does not have a Sales Hub seat', correlationId: 'c-403' });
    expect(error).toMatchObject({ code: 'NO_SEQUENCES_ACCESS', retryable: false, correlationId: 'c-403' });
    expect(error.message).toContain('User 2620024 does not have a Sales Hub seat');
    expect(error.message).not.toMatch(/scope|try again/i);
  });

  it('a 403 MISSING_SCOPES stays MISSING_SCOPES', async () => {
    const { error } = await enrollError(403, {
      status: 'error',
      category: 'MISSING_SCOPES',
      message: 'missing',
      errors: [{ message: 'm', context: { requiredGranularScopes: ['automation.sequences.enrollments.write'] } }],
    });
    expect(error).toMatchObject({ code: 'MISSING_SCOPES', requiredScopes: ['automation.sequences.enrollments.write'] });
  });

  it("an unknown 4xx refusal → ENROLLMENT_REFUSED with HubSpot's message and the correlation id, not retryable, posted once", async () => {
    const { error, posts } = await enrollError(400, {
      status: 'error',
      category: 'VALIDATION_ERROR',
      message: 'Sequence 200000002 is paused and cannot accept enrollments',
      correlationId: 'c-unknown',
    });
    expect(error).toMatchObject({ code: 'ENROLLMENT_REFUSED', retryable: false, correlationId: 'c-unknown' });
    expect(error.message).toContain('"Sequence 200000002 is paused and cannot accept enrollments"');
    expect(error.message).toContain('c-unknown');
    expect(error.message).not.toMatch(/try again/i);
    expect(posts).toBe(1);
  });

  it('a 404 OBJECT_NOT_FOUND with no subCategory (the sequence is gone) → NOT_FOUND, by status and category', async () => {
    const { error, posts } = await enrollError(404, { status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Sequence 200000002 not found', correlationId: 'c-404' });
    expect(error).toMatchObject({ code: 'NOT_FOUND', retryable: false, correlationId: 'c-404' });
    expect(error.message).toMatch(/^That sequence no longer exists/);
    expect(error.message).not.toMatch(/try again/i);
    expect(posts).toBe(1);
  });

  it.each([404, 409, 422])('an unknown %i refusal is ENROLLMENT_REFUSED too', async (status) => {
    const { error } = await enrollError(status, { status: 'error', category: 'OTHER', message: `refused ${status}`, correlationId: `c-${status}` });
    expect(error).toMatchObject({ code: 'ENROLLMENT_REFUSED', retryable: false });
    expect(error.message).toContain(`refused ${status}`);
  });

  it('known reason codes keep their own codes', async () => {
    expect((await enrollError(400, { category: 'VALIDATION_ERROR', subCategory: 'UNSUBSCRIBED', message: 'x' })).error.code).toBe('OPTED_OUT');
    expect((await enrollError(400, { category: 'VALIDATION_ERROR', subCategory: 'BLOCKED_DOMAIN', message: 'x' })).error.code).toBe('ENROLLMENT_REFUSED');
    expect((await enrollError(400, { category: 'VALIDATION_ERROR', subCategory: 'SequenceError.PAID_SEAT_REQUIRED', message: 'x' })).error.code).toBe('NO_SEQUENCES_ACCESS');
    expect((await enrollError(400, { category: 'VALIDATION_ERROR', subCategory: 'SequenceError.UNSUBSCRIBED', message: 'x' })).error.code).toBe('OPTED_OUT');
    const blocked = (await enrollError(400, { category: 'VALIDATION_ERROR', subCategory: 'SequenceError.BLOCKED_DOMAIN', message: 'x' })).error;
    expect(blocked.code).toBe('ENROLLMENT_REFUSED');
    expect(blocked.message).toContain("blocks sending to this contact's email domain");
  });

  it('a 5xx or 429 is never read as a refusal', async () => {
    expect((await enrollError(429, { category: 'RATE_LIMITS', message: 'no connected inboxes', policyName: 'DAILY' })).error.code).toBe('RATE_LIMITED');
  });
});

describe("HubSpot's message, made safe", () => {
  const say = (message: string, token?: string) => hubspotSaid(errorFromResponse(400, { message }), token);

  it('one line, at most HUBSPOT_MESSAGE_MAX characters', () => {
    const long = say(`first\nsecond\t${'x'.repeat(1000)}`)!;
    expect(long.length).toBeLessThanOrEqual(HUBSPOT_MESSAGE_MAX);
    expect(long.startsWith('first second x')).toBe(true);
    expect(long.endsWith('…')).toBe(true);
    expect(say('  ')).toBeUndefined();
  });

  it('never the token: the app token, a Bearer header, a private-app token', () => {
    const token = 'pat-na1-11111111-2222-3333-4444-555555555555';
    const text = say(`Invalid header Authorization: Bearer ${token}; also ${token} and local-dev-token-xyz`, 'local-dev-token-xyz')!;
    expect(text).not.toContain(token);
    expect(text).not.toContain('local-dev-token-xyz');
    expect(text).toContain('[redacted]');
  });

  it('the enroll result carries no token HubSpot echoed back', async () => {
    process.env.PRIVATE_APP_ACCESS_TOKEN = 'secret-token-123456';
    try {
      const { error } = await enrollError(400, { category: 'VALIDATION_ERROR', message: 'bad request from token secret-token-123456' });
      expect(JSON.stringify(error)).not.toContain('secret-token-123456');
    } finally {
      delete process.env.PRIVATE_APP_ACCESS_TOKEN;
    }
  });
});

describe('the read functions: a 403 that is not MISSING_SCOPES is NO_SEQUENCES_ACCESS', () => {
  const forbidden: Body = { status: 'error', category: 'FORBIDDEN', message: 'This user does not have access to sequences', correlationId: 'c-r' };
  it.each([
    ['search-sequences', () => runHandler(searchSequencesInput, searchSequences, { userId: '1' }, deps(failingClient(403, forbidden, 'reads').hubspot))],
    ['get-sequence', () => runHandler(getSequenceInput, getSequence, { userId: '1', sequenceId: '2' }, deps(failingClient(403, forbidden, 'reads').hubspot))],
    [
      'contact-sequence-status',
      () => runHandler(contactSequenceStatusInput, contactSequenceStatus, { userId: '1', contactId: '2' }, deps(failingClient(403, forbidden, 'reads').hubspot)),
    ],
  ])('%s', async (_uid, call) => {
    const res = await call();
    expect(res).toMatchObject({ ok: false, error: { code: 'NO_SEQUENCES_ACCESS', retryable: false, correlationId: 'c-r' } });
    if (!res.ok) expect(res.error.message).toContain('This user does not have access to sequences');
  });
});
