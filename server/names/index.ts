/**
 * Names for the ids a workflow's words show, in one parallel wave of HubSpot calls:
 *   references (collectReferences) → plan (./plan.ts: deduped, batched, cache hits left out)
 *   → one wave (./wave.ts: every call at once, each degrading on its own) → a NameLookup (./lookup.ts)
 * plus the notices for optional scopes the app lacks (once per scope, only for kinds the workflow uses).
 * Results are cached per portal for NAME_CACHE_TTL_MS (./cache.ts).
 */
import type { HubSpotClient } from '../hubspot/types';
import type { NameLookup, Reference } from './reference';
import { PROCESS_NAME_CACHE, type NameCache } from './cache';
import { factKey, type NameFact } from './facts';
import { lookupFrom } from './lookup';
import { planNameCalls } from './plan';
import { OPTIONAL_NAME_SCOPES, type NameNotice, type OptionalNameKind } from './scopes';
import { runWave } from './wave';

export type { NameNotice } from './scopes';
export { NAME_CACHE_TTL_MS, createNameCache, type NameCache } from './cache';

/** Names are extras: they get at most this long (retries included) and never the whole function budget. */
export const NAMES_BUDGET_MS = 3_000;

export interface ResolvedNames {
  lookup: NameLookup;
  notices: NameNotice[];
  /** HubSpot requests this resolution made (0 when everything was cached). */
  calls: number;
}

export interface ResolveOptions {
  /** The acting user: sequences are read as them (no userId, no sequence names). */
  userId?: string;
  cache?: NameCache;
  now?: () => number;
  /** The function's own deadline; the names deadline is the earlier of it and now + NAMES_BUDGET_MS. */
  deadlineAt?: number;
}

export async function resolveNames(hubspot: HubSpotClient, refs: Reference[], opts: ResolveOptions = {}): Promise<ResolvedNames> {
  const cache = opts.cache ?? PROCESS_NAME_CACHE;
  const now = opts.now ?? Date.now;
  const portal = hubspot.portalKey;
  const fresh = new Map<string, NameFact>();
  const read = (key: string) => (fresh.has(key) ? fresh.get(key) : cache.get(portal, key));

  const calls = planNameCalls(refs, read, { userId: opts.userId });
  let made = 0;
  if (calls.length) {
    const deadlineAt = Math.min(opts.deadlineAt ?? Infinity, now() + NAMES_BUDGET_MS);
    const wave = await runWave(hubspot, calls, deadlineAt);
    made = wave.calls;
    for (const [key, fact] of wave.facts) {
      fresh.set(key, fact);
      cache.set(portal, key, fact);
    }
  }
  return { lookup: lookupFrom(read), notices: noticesFor(refs, read), calls: made };
}

/** One notice per optional scope the app lacks, for the kinds this workflow refers to. */
function noticesFor(refs: Reference[], read: (key: string) => NameFact | undefined): NameNotice[] {
  const kinds = new Set(refs.map((r) => r.kind));
  const notices: NameNotice[] = [];
  for (const kind of Object.keys(OPTIONAL_NAME_SCOPES) as OptionalNameKind[]) {
    const { scope, adds } = OPTIONAL_NAME_SCOPES[kind];
    if (kinds.has(kind) && read(factKey.scopeMissing(scope)) === true) notices.push({ scope, adds });
  }
  return notices;
}
