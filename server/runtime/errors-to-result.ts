/**
 * The one place where failures become the app's result codes and sentences a rep or admin can act
 * on. The HubSpot client throws typed errors (server/hubspot/errors.ts) that know nothing of the app;
 * handlers throw FunctionFailure for refusals they decide themselves, and may feed a small table of
 * HubSpot refusals specific to them through `refusalFor` (the sequence functions have their own module,
 * sequence-refusals.ts). Every result says whether trying again helps.
 */
import type { AnyErrorDetails, ErrorCode, ErrorDetails, FunctionError } from '../contract';
import {
  AuthenticationError,
  ConnectionError,
  DeadlineExceededError,
  HubSpotApiError,
  MissingScopesError,
  NotFoundError,
  OutcomeUnknownError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  ServerError,
  UnexpectedResponseError,
  ValidationError,
} from '../hubspot/errors';
import { hubspotSaid } from './hubspot-said';

/**
 * A refusal the function itself decides (before or instead of a HubSpot call), with a result code.
 * Thrown inside handlers; `defineFunction` turns it into `{ ok: false, error }`. Not retryable unless
 * said otherwise: a refusal stays a refusal until something changes.
 */
export class FunctionFailure<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: C,
    message: string,
    readonly extra: Omit<FunctionError, 'code' | 'message' | 'retryable' | 'details'> & { retryable?: boolean; details?: ErrorDetails<C> } = {},
  ) {
    super(message);
    this.name = 'FunctionFailure';
  }
}

/** A result that is not a HubSpot error: bad input, missing configuration. Never retryable. */
export function appError(code: ErrorCode, message: string): FunctionError {
  return { code, message, retryable: false };
}

export function toFunctionError(err: unknown): FunctionError {
  if (err instanceof FunctionFailure) return strip({ code: err.code, message: err.message, ...err.extra, retryable: err.extra.retryable ?? false });
  if (!(err instanceof HubSpotApiError)) {
    return appError('UNEXPECTED_RESPONSE', 'Something unexpected went wrong in the app. If it keeps happening, contact your HubSpot admin.');
  }
  const base = { correlationId: err.correlationId, hubspotReason: err.reason };
  const make = (code: ErrorCode, message: string, retryable: boolean, more: Partial<FunctionError> = {}): FunctionError => strip({ code, message, ...base, ...more, retryable });

  if (err instanceof OutcomeUnknownError) {
    return make('OUTCOME_UNKNOWN', 'HubSpot did not confirm whether this went through. Refresh the card to check before trying again.', false);
  }
  if (err instanceof DeadlineExceededError) {
    return err.status === 429
      ? make('RATE_LIMITED', 'HubSpot is rate-limiting this app right now. Wait a few seconds and try again.', true)
      : make('HUBSPOT_UNAVAILABLE', 'HubSpot did not answer in time. Try again in a moment.', true);
  }
  if (err instanceof UnexpectedResponseError || err instanceof RedirectError) {
    return make('UNEXPECTED_RESPONSE', 'HubSpot sent an answer this app could not read. If it keeps happening, send the correlation id to support.', false);
  }
  if (err instanceof ConnectionError || err instanceof ServerError) {
    return make('HUBSPOT_UNAVAILABLE', 'HubSpot is not reachable right now. Try again in a moment.', true);
  }
  if (err instanceof RateLimitError) {
    const daily = err.policyName === 'DAILY';
    return make(
      'RATE_LIMITED',
      daily
        ? "This HubSpot account has used up today's API limit. Try again tomorrow or ask your admin."
        : 'HubSpot is rate-limiting this app right now. Wait a few seconds and try again.',
      !daily,
    );
  }
  if (err instanceof AuthenticationError) {
    return make('UNAUTHORIZED', "HubSpot rejected the app's access. Ask your HubSpot admin to reinstall the app.", false);
  }
  if (err instanceof MissingScopesError) {
    const scopes = err.requiredScopes ?? [];
    return make(
      'MISSING_SCOPES',
      scopes.length
        ? `The app is missing HubSpot permissions: ${scopes.join(', ')}. An admin needs to add them and reinstall the app.`
        : 'The app is missing HubSpot permissions for this. An admin needs to check its scopes and reinstall the app.',
      false,
      { requiredScopes: scopes.length ? scopes : undefined },
    );
  }
  if (err instanceof PermissionDeniedError) {
    return make('PERMISSION_DENIED', 'HubSpot does not allow this for this account or user (subscription, seat or permission). Ask your HubSpot admin.', false);
  }
  if (err instanceof NotFoundError) {
    return make('NOT_FOUND', 'HubSpot could not find that record. It may have been deleted; refresh the page.', false);
  }
  if (err instanceof ValidationError) {
    return make(
      'UNEXPECTED_RESPONSE',
      `HubSpot refused the request${hubspotSaid(err) ? ` ("${hubspotSaid(err)}")` : ''}. If it keeps happening, send the correlation id to support.`,
      false,
    );
  }
  return make('UNEXPECTED_RESPONSE', `HubSpot refused the request${err.status ? ` (${err.status})` : ''}. If it keeps happening, send the correlation id to support.`, false);
}

/** One row of a function's own table of HubSpot refusals. */
export interface RefusalRule {
  /** Whether this row applies; `reason` is HubSpot's reason code upper-cased (empty when none). */
  match: (err: HubSpotApiError, reason: string) => boolean;
  code: ErrorCode;
  /** `said` is HubSpot's own message, made safe by `hubspotSaid` (undefined when it sent none). */
  message: (reason: string, said: string | undefined, err: HubSpotApiError) => string;
  details?: AnyErrorDetails;
}

/** A 4xx refusal of the request itself (not the token, not a rate limit): what refusal tables read. */
export function isRefusal(err: HubSpotApiError): boolean {
  return err instanceof ValidationError || err instanceof PermissionDeniedError || err instanceof NotFoundError;
}

/**
 * `match` for rows keyed by HubSpot reason codes. HubSpot namespaces some subCategories
 * ("SequenceStandardFriendlyError.PUBLIC_ENROLL_NO_CONNECTED_EMAILS"): the last segment counts too.
 */
export const reasonIn = (reasons: Iterable<string>) => {
  const set = new Set(reasons);
  return (err: HubSpotApiError, reason: string) => isRefusal(err) && (set.has(reason) || set.has(reason.slice(reason.lastIndexOf('.') + 1)));
};

/**
 * The first row of `rules` that matches `err`, as a FunctionFailure carrying HubSpot's reason and
 * correlation id; undefined when none does (the error then goes to `toFunctionError` as it is).
 */
export function refusalFor(err: unknown, rules: readonly RefusalRule[]): FunctionFailure | undefined {
  if (!(err instanceof HubSpotApiError)) return undefined;
  const reason = (err.reason ?? '').toUpperCase();
  const rule = rules.find((r) => r.match(err, reason));
  if (!rule) return undefined;
  return new FunctionFailure(rule.code, rule.message(reason, hubspotSaid(err), err), {
    ...(err.reason ? { hubspotReason: err.reason } : {}),
    ...(err.correlationId ? { correlationId: err.correlationId } : {}),
    ...(rule.details ? { details: rule.details } : {}),
  });
}

function strip(e: FunctionError): FunctionError {
  for (const k of Object.keys(e) as (keyof FunctionError)[]) if (e[k] === undefined) delete e[k];
  return e;
}
