/**
 * One error type for everything that goes wrong talking to HubSpot, with a subclass per HTTP status
 * class so callers can `instanceof` where they must. The mapping from these to the functions' result
 * codes lives in one place: `toFunctionError` at the bottom of this file.
 */
import type { ErrorCode, FunctionError } from '../contract';
import type { ErrorBody } from './schemas';

export interface HubSpotErrorInit {
  status?: number;
  category?: string;
  subCategory?: string;
  correlationId?: string;
  requiredScopes?: string[];
  /** HubSpot's own message, kept for logs and our mapping; never shown raw when we have a better one. */
  hubspotMessage?: string;
  /** First machine-readable reason HubSpot gave (subCategory or errors[].code), e.g. UNSUBSCRIBED. */
  reason?: string;
  retryAfterMs?: number;
  policyName?: string;
  method?: string;
  path?: string;
  cause?: unknown;
}

export class HubSpotApiError extends Error {
  readonly status?: number;
  readonly category?: string;
  readonly subCategory?: string;
  readonly correlationId?: string;
  readonly requiredScopes?: string[];
  readonly hubspotMessage?: string;
  readonly reason?: string;
  readonly retryAfterMs?: number;
  readonly policyName?: string;
  readonly method?: string;
  readonly path?: string;

  constructor(message: string, init: HubSpotErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    // `cause` stays as Error set it (non-enumerable): a network error's text never reaches a result.
    const { cause: _cause, ...fields } = init;
    Object.assign(this, fields);
  }
}

export class BadRequestError extends HubSpotApiError {}
export class AuthenticationError extends HubSpotApiError {}
export class MissingScopesError extends HubSpotApiError {}
export class NotFoundError extends HubSpotApiError {}
export class ConflictError extends HubSpotApiError {}
export class RateLimitError extends HubSpotApiError {}
export class ServerError extends HubSpotApiError {}
/** Network failure or per-attempt timeout: the request may or may not have reached HubSpot. */
export class ConnectionError extends HubSpotApiError {}
/** The function's overall time budget ran out (possibly mid-retry). */
export class DeadlineExceededError extends HubSpotApiError {}
/** A write failed ambiguously and the re-read that would tell whether it landed failed too. */
export class OutcomeUnknownError extends HubSpotApiError {}
/** HubSpot answered 2xx with a body that is not JSON or breaks the published schema. */
export class UnexpectedResponseError extends HubSpotApiError {}

/** Builds the right subclass from an HTTP status and HubSpot's error body. */
export function errorFromResponse(
  status: number,
  body: ErrorBody | undefined,
  extra: { method?: string; path?: string; retryAfterMs?: number; correlationIdHeader?: string } = {},
): HubSpotApiError {
  const requiredScopes = collectRequiredScopes(body);
  const reason = body?.subCategory ?? body?.errors?.find((e) => e.code || e.subCategory)?.code ?? body?.errors?.find((e) => e.subCategory)?.subCategory;
  const init: HubSpotErrorInit = {
    status,
    category: body?.category,
    subCategory: body?.subCategory,
    correlationId: body?.correlationId ?? extra.correlationIdHeader,
    requiredScopes: requiredScopes.length ? requiredScopes : undefined,
    hubspotMessage: body?.message,
    reason,
    retryAfterMs: extra.retryAfterMs,
    policyName: body?.policyName,
    method: extra.method,
    path: extra.path,
  };
  const summary = `HubSpot answered ${status}${body?.category ? ` ${body.category}` : ''} for ${extra.method ?? ''} ${extra.path ?? ''}`.trim();
  if (status === 400 || status === 422) return new BadRequestError(summary, init);
  if (status === 401) return new AuthenticationError(summary, init);
  if (status === 403) return new MissingScopesError(summary, init);
  if (status === 404) return new NotFoundError(summary, init);
  if (status === 409) return new ConflictError(summary, init);
  if (status === 429) return new RateLimitError(summary, init);
  if (status >= 500) return new ServerError(summary, init);
  return new HubSpotApiError(summary, init);
}

function collectRequiredScopes(body: ErrorBody | undefined): string[] {
  const scopes = new Set<string>();
  const fromContext = (ctx: Record<string, string[]> | undefined) => {
    for (const key of ['requiredGranularScopes', 'requiredScopes', 'missingScopes']) {
      for (const s of ctx?.[key] ?? []) scopes.add(s);
    }
  };
  fromContext(body?.context);
  for (const e of body?.errors ?? []) fromContext(e.context);
  return [...scopes];
}

/**
 * A refusal the function itself decides (before or instead of a HubSpot call), with a result code.
 * Thrown inside handlers; `defineFunction` turns it into `{ ok: false, error }`.
 */
export class FunctionFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Omit<FunctionError, 'code' | 'message'> = {},
  ) {
    super(message);
    this.name = 'FunctionFailure';
  }
}

/** The one place HubSpot failures become result codes and sentences a rep or admin can act on. */
export function toFunctionError(err: unknown): FunctionError {
  if (err instanceof FunctionFailure) return { code: err.code, message: err.message, ...err.extra };
  if (!(err instanceof HubSpotApiError)) {
    return { code: 'UNEXPECTED_RESPONSE', message: 'Something unexpected went wrong in the app. Try again; if it keeps happening, contact your HubSpot admin.' };
  }
  const base = { correlationId: err.correlationId, hubspotReason: err.reason };
  const make = (code: ErrorCode, message: string, more: Partial<FunctionError> = {}): FunctionError => strip({ code, message, ...base, ...more });

  if (err instanceof OutcomeUnknownError) {
    return make('HUBSPOT_UNAVAILABLE', 'HubSpot did not confirm whether this went through. Refresh the card to check before trying again.', {
      retryable: false,
      details: { outcomeUnknown: true },
    });
  }
  if (err instanceof DeadlineExceededError) {
    return make(err.status === 429 ? 'RATE_LIMITED' : 'HUBSPOT_UNAVAILABLE', err.status === 429
      ? 'HubSpot is rate-limiting this app right now. Wait a few seconds and try again.'
      : 'HubSpot did not answer in time. Try again in a moment.', { retryable: true });
  }
  if (err instanceof UnexpectedResponseError) {
    return make('UNEXPECTED_RESPONSE', 'HubSpot sent an answer this app could not read. Try again; if it keeps happening, send the correlation id to support.');
  }
  if (err instanceof ConnectionError || err instanceof ServerError) {
    return make('HUBSPOT_UNAVAILABLE', 'HubSpot is not reachable right now. Try again in a moment.', { retryable: true });
  }
  if (err instanceof RateLimitError) {
    return make('RATE_LIMITED', err.policyName === 'DAILY'
      ? "This HubSpot account has used up today's API limit. Try again tomorrow or ask your admin."
      : 'HubSpot is rate-limiting this app right now. Wait a few seconds and try again.', { retryable: err.policyName !== 'DAILY' });
  }
  if (err instanceof AuthenticationError) {
    return make('UNAUTHORIZED', "The app's HubSpot access token was rejected. An admin needs to reinstall the app (npx hs project install-app).");
  }
  if (err instanceof MissingScopesError) {
    const scopes = err.requiredScopes ?? [];
    return make('MISSING_SCOPES', scopes.length
      ? `The app is missing HubSpot permissions: ${scopes.join(', ')}. An admin needs to add them and reinstall the app.`
      : 'The app is not allowed to do this in this HubSpot account (missing permissions or subscription). Ask your HubSpot admin.',
      { requiredScopes: scopes.length ? scopes : undefined });
  }
  if (err instanceof NotFoundError) {
    return make('NOT_FOUND', 'HubSpot could not find that record. It may have been deleted; refresh the page.');
  }
  return make('UNEXPECTED_RESPONSE', `HubSpot refused the request${err.status ? ` (${err.status})` : ''}. Try again; if it keeps happening, send the correlation id to support.`);
}

function strip(e: FunctionError): FunctionError {
  for (const k of Object.keys(e) as (keyof FunctionError)[]) if (e[k] === undefined) delete e[k];
  return e;
}
