/**
 * What a warm container remembers of a portal's names, for a short time: a workflow opened twice in
 * five minutes costs its names once. Keyed per portal by the client's `portalKey` (base URL and a token
 * fingerprint, never the token). Injected like ClientState: production shares `PROCESS_NAME_CACHE`;
 * tests pass their own `createNameCache({ now })` and share nothing.
 */
import type { NameFact } from './facts';

/** How long a name (or "deleted", or "scope missing") is trusted: renames show up within 5 minutes. */
export const NAME_CACHE_TTL_MS = 5 * 60_000;
/** Per portal; beyond it the oldest entries go (a runaway portal cannot fill the container's memory). */
export const NAME_CACHE_MAX_ENTRIES = 5_000;

export interface NameCache {
  get(portalKey: string, key: string): NameFact | undefined;
  set(portalKey: string, key: string, fact: NameFact): void;
}

export function createNameCache({ ttlMs = NAME_CACHE_TTL_MS, now = Date.now, maxEntries = NAME_CACHE_MAX_ENTRIES } = {}): NameCache {
  const portals = new Map<string, Map<string, { fact: NameFact; expiresAt: number }>>();
  return {
    get(portalKey, key) {
      const entries = portals.get(portalKey);
      const hit = entries?.get(key);
      if (!hit) return undefined;
      if (hit.expiresAt <= now()) {
        entries!.delete(key);
        return undefined;
      }
      return hit.fact;
    },
    set(portalKey, key, fact) {
      let entries = portals.get(portalKey);
      if (!entries) portals.set(portalKey, (entries = new Map()));
      entries.delete(key); // re-insert: Map order is age order
      entries.set(key, { fact, expiresAt: now() + ttlMs });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
  };
}

/** This process's cache: every execution a warm container serves shares it. */
export const PROCESS_NAME_CACHE: NameCache = createNameCache();
