/** What a portal handler answers, and HubSpot's error JSON (the OpenAPI `Error` schema). */
import { randomUUID } from 'node:crypto';
import type { HsError as HsErrorSpec } from '../server/hubspot/hubspot-types';

/** HubSpot's error body: the spec's `Error`, plus `status: 'error'` HubSpot sends (documented in words only). */
export type HsError = HsErrorSpec & { status: 'error'; [k: string]: unknown };

export interface Res {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** `body` already serialized (a large answer the route caches: routes/legacy-workflows.ts); sent instead of JSON.stringify(body). */
  raw?: string;
}

/** A typed success: `body` must be the OpenAPI response type of the operation. */
export const ok = <T>(body: T, status = 200): Res => ({ status, body });

export function err(status: number, category: string, message: string, extra: Partial<HsError> = {}): Res {
  const body: HsError = { status: 'error', message, correlationId: randomUUID(), category, ...extra };
  return { status, body };
}
/**
 * A 400 as HubSpot answers most bad requests: status, category VALIDATION_ERROR and a message, with
 * `errors[].context` naming the field when there is one. No subCategory or `errors[].code`: HubSpot's
 * OpenAPI files document none (their `Error` example is category + message), so the portal invents none.
 */
export function validation(message: string, context?: Record<string, string[]>): Res {
  return err(400, 'VALIDATION_ERROR', message, context ? { errors: [{ message, context }] } : {});
}
/** HubSpot's 404: category OBJECT_NOT_FOUND and a message, no subCategory (none is documented). */
export const notFound = (message: string) => err(404, 'OBJECT_NOT_FOUND', message);

/**
 * The only reason codes the portal sends: the sequence enrollment refusals HubSpot's knowledge base names
 * (https://knowledge.hubspot.com/sequences/sequences-error-contact-cant-be-enrolled-in-this-sequence).
 * Documented in words only (no OpenAPI enum); sent as subCategory and errors[0].code.
 */
export type NamedEnrollmentReason = 'ALREADY_ENROLLED' | 'UNSUBSCRIBED' | 'BOUNCED';
export function enrollmentRefusal(reason: NamedEnrollmentReason, message: string): Res {
  return err(400, 'VALIDATION_ERROR', message, { subCategory: reason, errors: [{ message, code: reason }] });
}

export const isRes = (x: unknown): x is Res => typeof x === 'object' && x !== null && 'status' in x;
