/**
 * What a warm container remembers of a portal's legacy workflow list (GET /automation/v3/workflows, the
 * enroll picker's source) for one minute. At 10,000 workflows that answer is ~10 MB (the recorded item is
 * ~1 KB), and reading it is most of the picker's time (bench/scaling.ts), so the second opening within a
 * minute reuses it: a workflow created, renamed or turned on/off in that minute shows up a minute late in
 * the picker. Nothing about the contact is cached (memberships and email are read on every opening), and
 * enrolling re-reads the workflow itself (enroll-in-workflow), so a stale row can never enroll wrongly.
 * Keyed per portal by the client's `portalKey` (base URL and a token fingerprint, never the token).
 * Injected like the names cache: production shares `PROCESS_LEGACY_LIST_CACHE`; tests pass their own.
 */
import type { LegacyWorkflowSummary } from '../hubspot/schemas';

export const LEGACY_LIST_TTL_MS = 60_000;

/** The list as the picker uses it: one entry per legacy id, sorted by the name the rep sees. */
export type LegacyList = LegacyWorkflowSummary[];

export interface LegacyListCache {
  get(portalKey: string): LegacyList | undefined;
  set(portalKey: string, list: LegacyList): void;
  /** Forget every portal (a new container; the bench's "first opening"). */
  clear(): void;
}

export function createLegacyListCache({ ttlMs = LEGACY_LIST_TTL_MS, now = Date.now } = {}): LegacyListCache {
  const portals = new Map<string, { list: LegacyList; expiresAt: number }>();
  return {
    get(portalKey) {
      const hit = portals.get(portalKey);
      if (!hit) return undefined;
      if (hit.expiresAt > now()) return hit.list;
      portals.delete(portalKey);
      return undefined;
    },
    set(portalKey, list) {
      portals.set(portalKey, { list, expiresAt: now() + ttlMs });
    },
    clear() {
      portals.clear();
    },
  };
}

export const PROCESS_LEGACY_LIST_CACHE: LegacyListCache = createLegacyListCache();
