/**
 * The names of one workflow, as get-workflow asks for them: a promise, so it can share a wave with other
 * reads. Besides the ids (./index.ts), action types the seed catalog does not know (an app's custom
 * actions, new HubSpot actions) are named from the portal's live action-type catalog, in the same wave.
 */
import type { FunctionDeps } from '../runtime/define-function';
import { buildCatalog, getSeedCatalog, mergeBetaDefinitions, type Catalog } from '../workflows/catalog';
import type { FlowInput } from '../workflows/decode';
import { ID_AS_IS, type Reference } from '../workflows/names';
import { arr, isObj, str } from '../workflows/read';
import { collectReferences } from '../workflows/references';
import { PROCESS_NAME_CACHE } from './cache';
import { resolveNames, type ResolvedNames } from './index';

export interface WorkflowNames extends ResolvedNames {
  /** The seed catalog, with the live names of action types it lacked (the seed catalog itself when none). */
  catalog: Catalog;
}

/** `alsoName`: ids shown beside the workflow's own words (the trigger check's contact values, e.g. the contact's owner). */
export async function workflowNames(
  deps: FunctionDeps,
  flow: FlowInput,
  opts: { userId?: string; alsoName?: Reference[] } = {},
  catalog: Catalog = getSeedCatalog(),
): Promise<WorkflowNames> {
  const [names, live] = await Promise.all([
    resolveNames(deps.hubspot, [...collectReferences(flow, catalog), ...(opts.alsoName ?? [])], {
      userId: opts.userId,
      cache: deps.nameCache,
      now: () => deps.now().getTime(),
      deadlineAt: deps.deadlineAt,
    }).catch((err: unknown) => {
      // Names never fail a workflow: a bug here shows ids, and says so in the function log.
      console.error(`[names] ${err instanceof Error ? err.message : 'non-error thrown'}`);
      return { lookup: ID_AS_IS, notices: [], calls: 0 };
    }),
    liveActionTypes(deps, flow, catalog),
  ]);
  if (!live) return { ...names, catalog };
  const known = Object.entries(live.byId).map(([actionTypeId, actionName]) => ({ actionTypeId, actionName }));
  return { ...names, calls: names.calls + live.calls, catalog: buildCatalog(mergeBetaDefinitions(catalog.entries, known)) };
}

/** id → name of the portal's action types, when the flow uses types the catalog lacks; undefined otherwise. */
async function liveActionTypes(deps: FunctionDeps, flow: FlowInput, catalog: Catalog): Promise<{ byId: Record<string, string>; calls: number } | undefined> {
  const unknown = arr(flow.actions)
    .map((a) => (isObj(a) ? str(a.actionTypeId) : undefined))
    .filter((id): id is string => !!id && !catalog.action(id));
  if (!unknown.length) return undefined;
  const cache = deps.nameCache ?? PROCESS_NAME_CACHE;
  const objectTypeId = str(flow.objectTypeId) ?? '0-1';
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
    return undefined; // the beta catalog is an extra: unknown types stay "Unknown action …"
  }
}
