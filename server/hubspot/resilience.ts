/**
 * Resilience as one layer for every HubSpot call: a client-side rate limiter, a per-attempt timeout,
 * an overall deadline, retries (429 after Retry-After; 5xx and network errors with bounded
 * exponential backoff and full jitter), and, for writes, reconciliation instead of blind repeats.
 * Endpoint code never retries by itself.
 */
import {
  ConnectionError,
  DeadlineExceededError,
  errorFromResponse,
  HubSpotApiError,
  OutcomeUnknownError,
  RateLimitError,
  RedirectError,
  ServerError,
  TimeoutError,
  UnexpectedResponseError,
} from './errors';
import { errorBody } from './schemas';
import * as z from 'zod/mini';

/** What one attempt produced: an HTTP answer (any status) or a thrown network error. */
export interface AttemptResponse {
  status: number;
  headers: Record<string, string | undefined>;
  /** Parsed JSON, or the raw text when it was not JSON (`parseFailed`), or undefined for an empty body. */
  body: unknown;
  parseFailed?: boolean;
}

export type Attempt = (signal: AbortSignal, timeoutMs: number) => Promise<AttemptResponse>;

export interface ResiliencePolicy {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  deadlineAt: number;
  attemptTimeoutMs: number;
  maxAttempts: number;
  limiter: RateLimiter;
}

export interface CallOptions<T> {
  method: string;
  path: string;
  /** GETs and read-only POSTs (batch reads) are safe to repeat; writes are not. */
  idempotent: boolean;
  /** Validates a 2xx body. Undefined = the body is ignored (204). */
  schema?: z.ZodMiniType<T>;
  /**
   * For writes: after an ambiguous failure (timeout, dropped connection, 5xx, 3xx) this re-reads HubSpot.
   * A value means the write did land (returned as the result); undefined means it was not seen, and the
   * result is OUTCOME_UNKNOWN (never a resend).
   */
  reconcile?: () => Promise<T | undefined>;
  /** Statuses that are an answer, not an error (e.g. 404 = "not enrolled"); returned as `null`. */
  treatAsNull?: number[];
  /** For writes: time kept back from each attempt so that `reconcile` can still run after a timeout. */
  reserveMs?: number;
}

export const BACKOFF_BASE_MS = 250;
export const BACKOFF_CAP_MS = 2_000;
/** Never start an attempt with less than this left: it could not finish anyway. */
export const MIN_ATTEMPT_MS = 150;

export async function callWithResilience<T>(attempt: Attempt, opts: CallOptions<T>, policy: ResiliencePolicy): Promise<T | null> {
  let lastError: HubSpotApiError | undefined;
  for (let n = 1; n <= policy.maxAttempts; n++) {
    await policy.limiter.acquire(policy, lastError);
    const remaining = policy.deadlineAt - policy.now() - (opts.reserveMs ?? 0);
    if (remaining < MIN_ATTEMPT_MS) throw deadlineError(opts, lastError);
    const timeoutMs = Math.min(policy.attemptTimeoutMs, remaining);

    let response: AttemptResponse;
    try {
      response = await withTimeout(attempt, timeoutMs);
    } catch (cause) {
      lastError = new (cause instanceof TimeoutError ? TimeoutError : ConnectionError)(`No answer from HubSpot for ${opts.method} ${opts.path}`, {
        method: opts.method,
        path: opts.path,
        cause,
      });
      // A timed-out or dropped write may still be running at HubSpot: a re-read now can miss it.
      const outcome = await afterAmbiguousFailure(opts, lastError, n, policy);
      if (outcome.done) return outcome.value;
      continue;
    }

    // A 429 says how long to wait (Retry-After); adding the limiter's own pause on top would double it.
    if (response.status !== 429) policy.limiter.observe(response.headers, policy.now());
    if (response.status >= 200 && response.status < 300) {
      try {
        return parseSuccess(response, opts);
      } catch (unreadable) {
        // HubSpot accepted the write but its answer is unreadable: confirm it by re-reading, never resend.
        if (opts.idempotent || !opts.reconcile || !(unreadable instanceof HubSpotApiError)) throw unreadable;
        return confirmWrite(opts, unreadable);
      }
    }
    if (opts.treatAsNull?.includes(response.status)) return null;

    const parsedError = z.safeParse(errorBody, response.body);
    const error = errorFromResponse(response.status, parsedError.success ? parsedError.data : undefined, {
      method: opts.method,
      path: opts.path,
      retryAfterMs: retryAfterMs(response.headers),
      correlationIdHeader: response.headers['x-hubspot-correlation-id'],
    });
    lastError = error;

    if (error instanceof RateLimitError) {
      // A 429 was refused before any work was done, so even a write may be sent again.
      if (error.policyName === 'DAILY') throw error;
      const wait = error.retryAfterMs ?? intervalMs(response.headers) ?? backoff(n, policy);
      if (policy.now() + wait + MIN_ATTEMPT_MS > policy.deadlineAt) throw deadlineError(opts, error);
      await policy.sleep(wait);
      continue;
    }
    if (error instanceof RedirectError) {
      // Never followed, never tried again. A write may have been applied before the 3xx (a proxy in
      // between, a misrouted host): re-read it, as after a lost answer; a read ends here.
      if (opts.idempotent) throw error;
      const outcome = await afterAmbiguousFailure(opts, error, n, policy);
      if (outcome.done) return outcome.value;
      continue;
    }
    if (error instanceof ServerError) {
      // Any 5xx may come after HubSpot applied the write (or, for a 504, before it finishes): a write
      // is re-read, never resent; a read is simply tried again.
      const outcome = await afterAmbiguousFailure(opts, error, n, policy);
      if (outcome.done) return outcome.value;
      continue;
    }
    throw error; // 4xx other than 429: retrying cannot help
  }
  throw lastError ?? new ConnectionError(`No answer from HubSpot for ${opts.method} ${opts.path}`);
}

/**
 * After a failure that may or may not have reached HubSpot (timeout, dropped connection, any 5xx, a 3xx): a
 * write is re-read and never sent again: found means success, not found means the outcome is unknown
 * (HubSpot may have applied it, or may still be applying it). Reads back off and retry.
 */
async function afterAmbiguousFailure<T>(
  opts: CallOptions<T>,
  error: HubSpotApiError,
  attemptNumber: number,
  policy: ResiliencePolicy,
): Promise<{ done: true; value: T } | { done: false }> {
  if (!opts.idempotent) {
    if (!opts.reconcile) throw error; // a write we cannot check is never repeated
    return { done: true, value: await confirmWrite(opts, error) };
  }
  if (attemptNumber >= policy.maxAttempts) throw error;
  const wait = backoff(attemptNumber, policy);
  if (policy.now() + wait + MIN_ATTEMPT_MS > policy.deadlineAt) throw deadlineError(opts, error);
  await policy.sleep(wait);
  return { done: false };
}

/**
 * Re-reads HubSpot to learn whether a write landed. Returns its result when it did; otherwise, and when
 * the re-read fails, throws OutcomeUnknownError: never "failed", never a resend.
 */
async function confirmWrite<T>(opts: CallOptions<T>, error: HubSpotApiError): Promise<T> {
  const unknown = (cause: unknown) =>
    new OutcomeUnknownError(`HubSpot did not confirm whether ${opts.method} ${opts.path} went through`, {
      status: error.status,
      correlationId: error.correlationId ?? (cause instanceof HubSpotApiError ? cause.correlationId : undefined),
      method: opts.method,
      path: opts.path,
      cause,
    });
  let landed: T | undefined;
  try {
    landed = await opts.reconcile!();
  } catch (cause) {
    throw unknown(cause);
  }
  if (landed !== undefined) return landed;
  throw unknown(error);
}

function parseSuccess<T>(response: AttemptResponse, opts: CallOptions<T>): T {
  if (!opts.schema) return undefined as T;
  const correlationId = response.headers['x-hubspot-correlation-id'];
  if (response.parseFailed) {
    throw new UnexpectedResponseError(`HubSpot sent a body that is not JSON for ${opts.method} ${opts.path}`, {
      status: response.status,
      correlationId,
      method: opts.method,
      path: opts.path,
    });
  }
  const parsed = z.safeParse(opts.schema, response.body);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || 'body'}: ${i.message}`)
      .join('; ');
    throw new UnexpectedResponseError(`HubSpot's answer for ${opts.method} ${opts.path} does not match its published schema (${where})`, {
      status: response.status,
      correlationId,
      method: opts.method,
      path: opts.path,
    });
  }
  return parsed.data;
}

function deadlineError<T>(opts: CallOptions<T>, last: HubSpotApiError | undefined): DeadlineExceededError {
  return new DeadlineExceededError(`Time budget ran out for ${opts.method} ${opts.path}${last ? ` (last: ${last.message})` : ''}`, {
    status: last?.status,
    correlationId: last?.correlationId,
    method: opts.method,
    path: opts.path,
  });
}

/** Full jitter: uniform in [0, min(cap, base·2^(n-1))]. */
export function backoff(attemptNumber: number, policy: Pick<ResiliencePolicy, 'random'>): number {
  return Math.round(policy.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attemptNumber - 1)));
}

function retryAfterMs(headers: AttemptResponse['headers']): number | undefined {
  const value = headers['retry-after'];
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

function intervalMs(headers: AttemptResponse['headers']): number | undefined {
  const v = Number(headers['x-hubspot-ratelimit-interval-milliseconds']);
  return Number.isFinite(v) && v > 0 ? Math.min(v, BACKOFF_CAP_MS) : undefined;
}

async function withTimeout(attempt: Attempt, timeoutMs: number): Promise<AttemptResponse> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new TimeoutError(`attempt timed out after ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    // The race also covers an attempt that ignores the signal.
    return await Promise.race([attempt(controller.signal, timeoutMs), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Keeps bursts under the portal's 10-second limit: a sliding window of request start times, shared
 * by every client in the process (a warm function container serves many calls), plus HubSpot's own
 * word: when a response says none are left, wait out the interval.
 */
export class RateLimiter {
  private starts: number[] = [];
  private blockedUntil = 0;

  constructor(
    readonly perWindow: number,
    readonly windowMs = 10_000,
  ) {}

  async acquire(policy: Pick<ResiliencePolicy, 'now' | 'sleep' | 'deadlineAt'>, lastError?: HubSpotApiError): Promise<void> {
    for (;;) {
      const now = policy.now();
      while (this.starts.length && this.starts[0] <= now - this.windowMs) this.starts.shift();
      const waitWindow = this.starts.length >= this.perWindow ? this.starts[0] + this.windowMs - now : 0;
      const wait = Math.max(waitWindow, this.blockedUntil - now);
      if (wait <= 0) {
        this.starts.push(now);
        return;
      }
      if (now + wait + MIN_ATTEMPT_MS > policy.deadlineAt) {
        throw new DeadlineExceededError('Time budget ran out waiting for the rate limit', { status: 429, correlationId: lastError?.correlationId });
      }
      await policy.sleep(wait);
    }
  }

  observe(headers: AttemptResponse['headers'], now: number): void {
    const remaining = Number(headers['x-hubspot-ratelimit-remaining']);
    const interval = Number(headers['x-hubspot-ratelimit-interval-milliseconds']);
    if (headers['x-hubspot-ratelimit-remaining'] !== undefined && remaining <= 0 && interval > 0) {
      this.blockedUntil = Math.max(this.blockedUntil, now + Math.min(interval, BACKOFF_CAP_MS));
    }
  }
}
