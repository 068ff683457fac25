/**
 * The names of one workflow, as get-workflow asks for them: a promise, so it can share a wave with other
 * reads. Besides the ids (./index.ts), action types the seed catalog does not know (an app's custom
 * actions, new HubSpot actions: `actionType` references) are named from the portal's live action-type
 * catalog, in the same wave. The references come from the decoder's one walk (`readFlow`).
 */
import type { HubSpotClient } from '../hubspot/types';
import { ID_AS_IS, type NameLookup, type Reference } from './reference';
import { PROCESS_NAME_CACHE, type NameCache } from './cache';
import { resolveNames, type ResolvedNames } from './index';

/** What naming needs: the client, the clock, the call's deadline and the names cache (default: this process's). */
export interface NamingDeps {
  hubspot: HubSpotClient;
  now: () => Date;
  /** Absolute ms-since-epoch by which the name reads must be over. */
  deadlineAt: number;
  nameCache?: NameCache;
}

/** `alsoName`: ids shown beside the workflow's own words (the trigger check's contact values, e.g. the contact's owner). */
export async function workflowNames(
  deps: NamingDeps,
  objectTypeId: string,
  references: Reference[],
  opts: { userId?: string; alsoName?: Reference[] } = {},
): Promise<ResolvedNames> {
  const unknownTypes = references.filter((r) => r.kind === 'actionType');
  const [names, live] = await Promise.all([
    resolveNames(deps.hubspot, [...references, ...(opts.alsoName ?? [])], {
      userId: opts.userId,
      cache: deps.nameCache,
      now: () => deps.now().getTime(),
      deadlineAt: deps.deadlineAt,
    }).catch((err: unknown) => {
      // Names never fail a workflow: a bug here shows ids, and says so in the function log.
      console.error(`[names] ${err instanceof Error ? err.message : 'non-error thrown'}`);
      return { lookup: ID_AS_IS, notices: [], calls: 0 };
    }),
    unknownTypes.length ? liveActionTypes(deps, objectTypeId || '0-1') : undefined,
  ]);
  if (!live) return names;
  const lookup: NameLookup = { label: (ref) => (ref.kind === 'actionType' ? live.byId[ref.id] : names.lookup.label(ref)) };
  return { ...names, lookup, calls: names.calls + live.calls };
}

/** id → name of the portal's action types (cached per portal and object type); undefined when unavailable. */
async function liveActionTypes(deps: NamingDeps, objectTypeId: string): Promise<{ byId: Record<string, string>; calls: number } | undefined> {
  const cache = deps.nameCache ?? PROCESS_NAME_CACHE;
  const key = `actionTypes:${objectTypeId}`;
  const hit = cache.get(deps.hubspot.portalKey, key);
  if (hit && typeof hit === 'object') return { byId: hit as Record<string, string>, calls: 0 };
  try {
    const defs = await deps.hubspot.actionTypes.list({ objectTypeId });
    const byId: Record<string, string> = {};
    for (const d of defs ?? []) if (d.actionTypeId && d.actionName) byId[d.actionTypeId] = d.actionName;
    cache.set(deps.hubspot.portalKey, key, byId);
    return { byId, calls: 1 };
  } catch {
    return undefined; // the beta catalog is an extra: unknown types stay "Unknown action"
  }
}
