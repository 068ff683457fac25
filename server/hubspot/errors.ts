/**
 * What goes wrong talking to HubSpot, as typed errors that know nothing of the app: one class per
 * HubSpot status or category, carrying what HubSpot said. The app maps them to its result codes in
 * one place, server/runtime/errors-to-result.ts.
 */
import type { ErrorBody } from './schemas';

/** One entry of HubSpot's `errors[]` (validation details). */
export type HubSpotErrorDetail = NonNullable<ErrorBody['errors']>[number];

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
  /** HubSpot's `errors[]`, e.g. which field failed validation. */
  errors?: HubSpotErrorDetail[];
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
  readonly errors?: HubSpotErrorDetail[];
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

/** 400, 422 and any other 4xx without a class of its own: HubSpot refused the request as sent. */
export class ValidationError extends HubSpotApiError {}
/** 409: the request conflicts with the record's state (e.g. already enrolled). */
export class ConflictError extends ValidationError {}
/** 401: the access token was rejected. */
export class AuthenticationError extends HubSpotApiError {}
/** 403 with category MISSING_SCOPES: the app lacks a scope (listed in `requiredScopes` when HubSpot says). */
export class MissingScopesError extends HubSpotApiError {}
/** Any other 403: the token is fine but this portal or user may not do this (subscription, seat, permission). */
export class PermissionDeniedError extends HubSpotApiError {}
/** 404. */
export class NotFoundError extends HubSpotApiError {}
/** 429 (`policyName` says which limit: DAILY does not reset within the call). */
export class RateLimitError extends HubSpotApiError {}
/** 5xx. */
export class ServerError extends HubSpotApiError {}
/** Network failure: the request may or may not have reached HubSpot. */
export class ConnectionError extends HubSpotApiError {}
/** One attempt got no answer in time: the request may or may not have reached HubSpot. */
export class TimeoutError extends ConnectionError {}
/** The function's overall time budget ran out (possibly mid-retry). */
export class DeadlineExceededError extends HubSpotApiError {}
/** A write failed ambiguously and the re-read that would tell whether it landed failed too. */
export class OutcomeUnknownError extends HubSpotApiError {}
/**
 * A 3xx: HubSpot's API does not redirect, so the answer is not HubSpot's to trust. Never followed (the
 * request and its token would go wherever `Location` points); on a write it is ambiguous, like a lost answer.
 */
export class RedirectError extends HubSpotApiError {}
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
    errors: body?.errors,
    policyName: body?.policyName,
    method: extra.method,
    path: extra.path,
  };
  const summary = `HubSpot answered ${status}${body?.category ? ` ${body.category}` : ''} for ${extra.method ?? ''} ${extra.path ?? ''}`.trim();
  if (status === 401) return new AuthenticationError(summary, init);
  if (status === 403) return body?.category === 'MISSING_SCOPES' ? new MissingScopesError(summary, init) : new PermissionDeniedError(summary, init);
  if (status === 404) return new NotFoundError(summary, init);
  if (status === 409) return new ConflictError(summary, init);
  if (status === 429) return new RateLimitError(summary, init);
  if (status >= 500) return new ServerError(summary, init);
  if (status >= 400) return new ValidationError(summary, init);
  if (status >= 300) return new RedirectError(summary, init);
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
