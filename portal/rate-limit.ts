/**
 * HubSpot's per-token limits: a rolling 10-second window and a daily counter (reset at UTC midnight),
 * with the X-HubSpot-RateLimit-* headers on every authenticated answer and 429 + Retry-After beyond.
 */
import { randomUUID } from 'node:crypto';
import type { Res } from './responses';

export interface RateLimits {
  per10s: number;
  daily: number;
}
export const DEFAULT_RATE_LIMITS: RateLimits = { per10s: 190, daily: 1_000_000 };

interface RateBucket {
  window: number[];
  day: string;
  dayCount: number;
}

export type RatePolicy = 'TEN_SECONDLY_ROLLING' | 'DAILY';

/** HubSpot's 429 body (errorType/policyName are documented in words, not in the OpenAPI Error). */
export function rateLimited(policyName: RatePolicy, retryAfterS: number, headers: Record<string, string>): Res {
  const limitName = policyName === 'DAILY' ? 'daily' : 'ten_secondly_rolling';
  return {
    status: 429,
    headers: { ...headers, 'Retry-After': String(retryAfterS) },
    body: { status: 'error', message: `You have reached your ${limitName} limit.`, errorType: 'RATE_LIMIT', correlationId: randomUUID(), policyName, category: 'RATE_LIMITS' },
  };
}

export class RateLimiter {
  private readonly buckets = new Map<string, RateBucket>();

  constructor(readonly limits: RateLimits = DEFAULT_RATE_LIMITS) {}

  /** Counts one request of `token`: the headers to send, or the 429 to answer instead. */
  take(token: string, now = Date.now()): { headers: Record<string, string> } | { refused: Res } {
    const b = this.bucketOf(token, now);
    if (b.dayCount >= this.limits.daily) {
      const midnight = Date.parse(`${b.day}T00:00:00.000Z`) + 86_400_000;
      return { refused: rateLimited('DAILY', Math.max(1, Math.ceil((midnight - now) / 1000)), this.headers(b)) };
    }
    if (b.window.length >= this.limits.per10s) {
      return { refused: rateLimited('TEN_SECONDLY_ROLLING', Math.max(1, Math.ceil((b.window[0] + 10_000 - now) / 1000)), this.headers(b)) };
    }
    b.window.push(now);
    b.dayCount++;
    return { headers: this.headers(b) };
  }

  /** The injected-429 fault: a refusal that counted nothing. */
  injected(): Res {
    return rateLimited('TEN_SECONDLY_ROLLING', 1, {
      'X-HubSpot-RateLimit-Max': String(this.limits.per10s),
      'X-HubSpot-RateLimit-Remaining': '0',
      'X-HubSpot-RateLimit-Interval-Milliseconds': '10000',
    });
  }

  reset(): void {
    this.buckets.clear();
  }

  private headers(b: RateBucket): Record<string, string> {
    return {
      'X-HubSpot-RateLimit-Max': String(this.limits.per10s),
      'X-HubSpot-RateLimit-Remaining': String(Math.max(0, this.limits.per10s - b.window.length)),
      'X-HubSpot-RateLimit-Interval-Milliseconds': '10000',
      'X-HubSpot-RateLimit-Daily': String(this.limits.daily),
      'X-HubSpot-RateLimit-Daily-Remaining': String(Math.max(0, this.limits.daily - b.dayCount)),
    };
  }

  private bucketOf(token: string, now: number): RateBucket {
    let b = this.buckets.get(token);
    const day = new Date(now).toISOString().slice(0, 10);
    if (!b) this.buckets.set(token, (b = { window: [], day, dayCount: 0 }));
    if (b.day !== day) Object.assign(b, { day, dayCount: 0 });
    while (b.window.length && b.window[0] <= now - 10_000) b.window.shift();
    return b;
  }
}
