/** The one error mapping: each HubSpot error class → one code, and every result says whether trying again helps. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ErrorCode } from '../contract';
import {
  AuthenticationError,
  ConflictError,
  ConnectionError,
  DeadlineExceededError,
  errorFromResponse,
  HubSpotApiError,
  MissingScopesError,
  NotFoundError,
  OutcomeUnknownError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  TimeoutError,
  UnexpectedResponseError,
  ValidationError,
} from '../hubspot/errors';
import { FunctionFailure, reasonIn, refusalFor, toFunctionError } from './errors-to-result';

describe('errorFromResponse: one class per HubSpot status or category', () => {
  it.each([
    [401, undefined, AuthenticationError],
    [403, 'MISSING_SCOPES', MissingScopesError],
    [403, 'FORBIDDEN', PermissionDeniedError],
    [403, undefined, PermissionDeniedError],
    [404, 'OBJECT_NOT_FOUND', NotFoundError],
    [400, 'VALIDATION_ERROR', ValidationError],
    [422, 'VALIDATION_ERROR', ValidationError],
    [409, 'CONFLICT', ConflictError],
    [418, undefined, ValidationError],
    [429, 'RATE_LIMITS', RateLimitError],
    [502, undefined, ServerError],
  ] as const)('%i %s → %p', (status, category, cls) => {
    const err = errorFromResponse(status, category ? { category } : undefined);
    expect(err).toBeInstanceOf(cls);
    expect(err.constructor).toBe(cls);
  });

  it('a validation error carries category, subCategory, message, correlationId and errors[]', () => {
    const errors = [{ message: 'senderEmail is not valid', code: 'INVALID_EMAIL', context: { senderEmail: ['x'] } }];
    const err = errorFromResponse(400, {
      status: 'error',
      category: 'VALIDATION_ERROR',
      subCategory: 'SequenceError.INVALID',
      message: 'Invalid input',
      correlationId: 'c-400',
      errors,
    });
    expect(err).toBeInstanceOf(ValidationError);
    expect(err).toMatchObject({ status: 400, category: 'VALIDATION_ERROR', subCategory: 'SequenceError.INVALID', hubspotMessage: 'Invalid input', correlationId: 'c-400', errors });
  });
});

describe('toFunctionError', () => {
  const hs = (cls: new (m: string, i?: object) => HubSpotApiError, init: object = {}) => new cls('x', { correlationId: 'c-1', ...init });
  const cases: [string, unknown, ErrorCode, boolean][] = [
    ['401', hs(AuthenticationError, { status: 401 }), 'UNAUTHORIZED', false],
    ['403 MISSING_SCOPES', errorFromResponse(403, { category: 'MISSING_SCOPES' }), 'MISSING_SCOPES', false],
    ['other 403', errorFromResponse(403, { category: 'FORBIDDEN', subCategory: 'PAID_SEAT_REQUIRED' }), 'PERMISSION_DENIED', false],
    ['404', hs(NotFoundError, { status: 404 }), 'NOT_FOUND', false],
    ['400', hs(ValidationError, { status: 400, category: 'VALIDATION_ERROR' }), 'UNEXPECTED_RESPONSE', false],
    ['409', hs(ConflictError, { status: 409 }), 'UNEXPECTED_RESPONSE', false],
    ['429', hs(RateLimitError, { status: 429, policyName: 'SECONDLY' }), 'RATE_LIMITED', true],
    ['429 DAILY', hs(RateLimitError, { status: 429, policyName: 'DAILY' }), 'RATE_LIMITED', false],
    ['5xx', hs(ServerError, { status: 503 }), 'HUBSPOT_UNAVAILABLE', true],
    ['connection', hs(ConnectionError), 'HUBSPOT_UNAVAILABLE', true],
    ['timeout', hs(TimeoutError), 'HUBSPOT_UNAVAILABLE', true],
    ['deadline', hs(DeadlineExceededError), 'HUBSPOT_UNAVAILABLE', true],
    ['deadline in a 429', hs(DeadlineExceededError, { status: 429 }), 'RATE_LIMITED', true],
    ['outcome unknown', hs(OutcomeUnknownError, { status: 504 }), 'OUTCOME_UNKNOWN', false],
    ['unreadable 2xx', hs(UnexpectedResponseError, { status: 200 }), 'UNEXPECTED_RESPONSE', false],
    ['a bug', new TypeError('x is undefined'), 'UNEXPECTED_RESPONSE', false],
    ['a refusal', new FunctionFailure('NO_EMAIL', 'no email'), 'NO_EMAIL', false],
    ['a retryable refusal', new FunctionFailure('RATE_LIMITED', 'slow down', { retryable: true }), 'RATE_LIMITED', true],
  ];

  it.each(cases)('%s → %s, retryable %p', (_label, err, code, retryable) => {
    const e = toFunctionError(err);
    expect(e.code).toBe(code);
    expect(e.retryable).toBe(retryable);
    expect(typeof e.message).toBe('string');
  });

  it('a message offers "try again" only when the error is retryable', () => {
    for (const [, err] of cases) {
      const e = toFunctionError(err);
      if (!e.retryable) expect(e.message).not.toMatch(/\btry again\b(?! tomorrow)/i);
    }
  });

  it('MISSING_SCOPES names the scopes; PERMISSION_DENIED does not claim missing scopes', () => {
    const scopes = toFunctionError(errorFromResponse(403, { category: 'MISSING_SCOPES', errors: [{ context: { requiredGranularScopes: ['automation.sequences.read'] } }] }));
    expect(scopes).toMatchObject({ code: 'MISSING_SCOPES', requiredScopes: ['automation.sequences.read'] });
    const denied = toFunctionError(errorFromResponse(403, { category: 'FORBIDDEN', correlationId: 'c-403' }));
    expect(denied).toMatchObject({ code: 'PERMISSION_DENIED', correlationId: 'c-403', retryable: false });
    expect(denied.message).not.toMatch(/scope/i);
    expect(denied.requiredScopes).toBeUndefined();
  });
});

describe('refusalFor: a function-specific table through the one module', () => {
  const rules = [{ match: reasonIn(['UNSUBSCRIBED']), code: 'OPTED_OUT' as const, message: (r: string) => `opted out (${r})` }];

  it('maps a matching 4xx refusal with its reason and correlation id', () => {
    const f = refusalFor(errorFromResponse(400, { subCategory: 'unsubscribed', correlationId: 'c-2' }), rules);
    expect(f).toBeInstanceOf(FunctionFailure);
    expect(toFunctionError(f)).toEqual({ code: 'OPTED_OUT', message: 'opted out (UNSUBSCRIBED)', hubspotReason: 'unsubscribed', correlationId: 'c-2', retryable: false });
  });

  it('leaves a rate limit or an auth failure with the same reason alone', () => {
    expect(refusalFor(errorFromResponse(429, { subCategory: 'UNSUBSCRIBED' }), rules)).toBeUndefined();
    expect(refusalFor(errorFromResponse(401, { subCategory: 'UNSUBSCRIBED' }), rules)).toBeUndefined();
    expect(refusalFor(new Error('UNSUBSCRIBED'), rules)).toBeUndefined();
  });
});

describe('layering', () => {
  it('server/hubspot/ imports nothing of the app (no server/contract, no server/runtime)', () => {
    const dir = path.join(__dirname, '..', 'hubspot');
    for (const f of fs.readdirSync(dir).filter((n) => /\.ts$/.test(n) && !/\.test\.ts$/.test(n))) {
      const src = fs.readFileSync(path.join(dir, f), 'utf8');
      expect([f, /from '\.\.\/(contract|runtime|functions|registry)/.test(src)]).toEqual([f, false]);
    }
  });

  it('no other server module maps HubSpot errors to codes (only errors-to-result.ts builds them)', () => {
    const root = path.join(__dirname, '..');
    const offenders: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) && !p.endsWith('errors-to-result.ts')) {
          if (/instanceof (HubSpotApiError|RateLimitError|ServerError|AuthenticationError|MissingScopesError|PermissionDeniedError)\b/.test(fs.readFileSync(p, 'utf8')))
            offenders.push(path.relative(root, p));
        }
      }
    };
    walk(path.join(root, 'functions'));
    // action-type-catalog falls back to the seed catalog on any HubSpot error: no code is produced there.
    expect(offenders).toEqual(['functions/action-type-catalog.ts']);
  });
});
