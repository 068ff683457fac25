/** What a portal handler answers, and HubSpot's error JSON (the OpenAPI `Error` schema). */
import { randomUUID } from 'node:crypto';
import type { HsError as HsErrorSpec } from '../server/hubspot/hubspot-types';

/** HubSpot's error body: the spec's `Error`, plus `status: 'error'` HubSpot sends (documented in words only). */
export type HsError = HsErrorSpec & { status: 'error'; [k: string]: unknown };

export interface Res {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A typed success: `body` must be the OpenAPI response type of the operation. */
export const ok = <T>(body: T, status = 200): Res => ({ status, body });

export function err(status: number, category: string, message: string, extra: Partial<HsError> = {}): Res {
  const body: HsError = { status: 'error', message, correlationId: randomUUID(), category, ...extra };
  return { status, body };
}
/** A refusal with its reason in both subCategory and errors[0].code. */
export function refusal(status: number, category: string, code: string, message: string, context?: Record<string, string[]>): Res {
  return err(status, category, message, { subCategory: code, errors: [{ message, code, ...(context ? { context } : {}) }] });
}
export const validation = (code: string, message: string, context?: Record<string, string[]>) => refusal(400, 'VALIDATION_ERROR', code, message, context);
export const notFound = (code: string, message: string) => refusal(404, 'OBJECT_NOT_FOUND', code, message);

export const isRes = (x: unknown): x is Res => typeof x === 'object' && x !== null && 'status' in x;
