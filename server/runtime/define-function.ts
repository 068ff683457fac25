/// <reference types="node" />
// Server code runs on Node; the cards type-check this file too (through the registry types).
/**
 * Thin registration over a named handler (bolt-style): `main(context)` validates the parameters with
 * zod before any HubSpot call, builds the client from the environment, runs the handler inside a time
 * budget, and turns every failure into `{ ok: false, error }`. Handlers take their dependencies as an
 * argument, so tests pass a client pointed at the emulated portal (or a fake) without module mocking.
 */
import * as z from 'zod/mini';
import type { FunctionResult } from '../contract';
import { createHubSpotClient } from '../hubspot/client';
import { appError, FunctionFailure, toFunctionError } from './errors-to-result';
import type { HubSpotClient } from '../hubspot/types';
import type { NameCache } from '../names/cache';
import type { LegacyListCache } from '../workflows/legacy-list-cache';

/** HubSpot kills a function at 15 s; HubSpot calls must be done well before, leaving time to answer. */
export const DEFAULT_BUDGET_MS = 11_000;
export const DEFAULT_API_BASE_URL = 'https://api.hubapi.com';

export interface FunctionDeps {
  hubspot: HubSpotClient;
  now: () => Date;
  /** Absolute ms-since-epoch by which the handler's HubSpot work must be over. */
  deadlineAt: number;
  /**
   * The CRM properties of the record the card is on, as HubSpot read them when the card called
   * (`context.propertiesToSend`, validated); absent when the card sent none. See record-properties.ts.
   */
  propertiesToSend?: PropertiesToSend;
  /** Names cached per portal (server/names); default: this process's. Tests pass their own. */
  nameCache?: NameCache;
  /** The legacy workflow list cached per portal for the picker (server/workflows/legacy-list-cache.ts); default: this process's. */
  legacyListCache?: LegacyListCache;
}

/** Property name → value, as HubSpot passes them (strings; null or absent when unset). */
export type PropertiesToSend = Record<string, string | null>;

/**
 * `context.propertiesToSend` checked like the parameters: a bounded map of property names to scalar
 * values (HubSpot sends strings; numbers and booleans are read as their text, for safety).
 */
export const propertiesToSendSchema = z.optional(
  z.pipe(
    z.record(
      z.string().check(z.regex(/^[A-Za-z0-9_]{1,100}$/, 'property names are letters, digits and _')),
      z.nullable(z.optional(z.union([z.string().check(z.maxLength(65_536)), z.number(), z.boolean()]))),
    ),
    z.transform((rec): PropertiesToSend => Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, v === undefined || v === null ? null : String(v)]))),
  ),
);

/** What HubSpot passes to `main`. Only what we read is typed. */
export interface FunctionContext {
  parameters?: Record<string, unknown>;
  propertiesToSend?: Record<string, unknown>;
  [key: string]: unknown;
}

export type Handler<I, O> = (input: I, deps: FunctionDeps) => Promise<O>;

/** Reads configuration from the environment; the token is never logged or returned. */
export function depsFromEnv(env: NodeJS.ProcessEnv = process.env, now: () => number = Date.now): FunctionDeps | { error: string } {
  const accessToken = env.PRIVATE_APP_ACCESS_TOKEN;
  if (!accessToken) return { error: 'The app has no HubSpot access token (PRIVATE_APP_ACCESS_TOKEN is not set). An admin needs to install the app.' };
  const budget = Number(env.FUNCTION_BUDGET_MS) > 0 ? Number(env.FUNCTION_BUDGET_MS) : DEFAULT_BUDGET_MS;
  const deadlineAt = now() + budget;
  const hubspot = createHubSpotClient({
    baseUrl: env.HUBSPOT_API_BASE_URL || DEFAULT_API_BASE_URL,
    accessToken,
    deadlineAt,
  });
  return { hubspot, now: () => new Date(now()), deadlineAt };
}

export function formatInputIssues(error: z.core.$ZodError): string {
  const parts = error.issues.map((i) => {
    const where = i.path.length ? i.path.join('.') : 'input';
    return `${where}: ${i.message}`;
  });
  return `Invalid input (${parts.join('; ')}).`;
}

/** Runs a handler with already-built deps and maps every failure to a result. */
export async function runHandler<S extends z.ZodMiniType, O>(
  schema: S,
  handler: Handler<z.infer<S>, O>,
  parameters: unknown,
  deps: FunctionDeps | (() => FunctionDeps | { error: string }),
  propertiesToSend?: unknown,
): Promise<FunctionResult<O>> {
  const parsed = z.safeParse(schema, parameters ?? {});
  if (!parsed.success) {
    return { ok: false, error: appError('INVALID_INPUT', formatInputIssues(parsed.error)) };
  }
  const properties = z.safeParse(propertiesToSendSchema, propertiesToSend);
  if (!properties.success) {
    return { ok: false, error: appError('INVALID_INPUT', formatInputIssues(prefixed(properties.error, 'propertiesToSend'))) };
  }
  const built = typeof deps === 'function' ? deps() : deps;
  if ('error' in built) return { ok: false, error: appError('MISCONFIGURED', built.error) };
  const resolved: FunctionDeps = properties.data ? { ...built, propertiesToSend: properties.data } : built;
  try {
    return { ok: true, data: await handler(parsed.data, resolved) };
  } catch (err) {
    const error = toFunctionError(err);
    // Refusals are answers, not faults. Faults are logged for the admin in HubSpot's function logs:
    // the code and correlation id, never the token.
    if (!(err instanceof FunctionFailure))
      console.error(`[function] ${error.code}${error.correlationId ? ` correlationId=${error.correlationId}` : ''}: ${err instanceof Error ? err.message : 'non-error thrown'}`);
    return { ok: false, error };
  }
}

/**
 * An app function, declared once in its source as `export const main = defineFunction(schema, handler)`
 * (`{ writes: true }` for one that changes HubSpot data): HubSpot calls it as `main(context)`, and
 * server/registry.ts reads its schema, handler and `writes` from the same value.
 */
export interface AppFunction<S extends z.ZodMiniType, O, W extends boolean> {
  (context?: FunctionContext): Promise<FunctionResult<O>>;
  readonly input: S;
  readonly handler: Handler<z.output<S>, O>;
  /** True for a function that changes HubSpot data (enrollments): a write whose answer is lost is "outcome unknown", never resent. */
  readonly writes: W;
}

export function defineFunction<S extends z.ZodMiniType, O, W extends boolean = false>(input: S, handler: Handler<z.output<S>, O>, options?: { writes: W }): AppFunction<S, O, W> {
  const main = (context: FunctionContext = {}): Promise<FunctionResult<O>> => runHandler(input, handler, context.parameters, () => depsFromEnv(), context.propertiesToSend);
  return Object.assign(main, { input, handler, writes: (options?.writes ?? false) as W });
}

/** The issues of a nested value, with their paths under `key`. */
function prefixed(error: z.core.$ZodError, key: string): z.core.$ZodError {
  return { ...error, issues: error.issues.map((i) => ({ ...i, path: [key, ...i.path] })) } as z.core.$ZodError;
}
