/**
 * The action/event type catalog, built from the data tools/extract-catalog.mjs extracted from the seeds,
 * optionally merged with the portal's beta `action-types` endpoint.
 */
import { CATALOG_ROWS, OBJECT_TYPE_ROWS } from './catalog-data';
import type { HsActionType } from '../hubspot/hubspot-types';
import type { CatalogEntry } from './types';

export interface Catalog {
  entries: CatalogEntry[];
  /** First (primary) entry for an action type id. */
  action(id: string): CatalogEntry | undefined;
  /** All entries for an action type id (e.g. 0-1 has three sidebar variants). */
  actionVariants(id: string): CatalogEntry[];
  event(id: string): CatalogEntry | undefined;
  objectTypeName(objectTypeId: string): string | undefined;
}

export function buildCatalog(entries: CatalogEntry[], objectTypes: readonly (readonly [string, string])[] = OBJECT_TYPE_ROWS): Catalog {
  const actions = new Map<string, CatalogEntry[]>();
  const events = new Map<string, CatalogEntry>();
  for (const e of entries) {
    if (e.kind === 'action') {
      const list = actions.get(e.id) ?? [];
      list.push(e);
      actions.set(e.id, list);
    } else if (!events.has(e.id)) {
      events.set(e.id, e);
    }
  }
  const objects = new Map(objectTypes.map(([id, name]) => [id, name] as const));
  return {
    entries,
    action: (id) => actions.get(id)?.[0],
    actionVariants: (id) => actions.get(id) ?? [],
    event: (id) => events.get(id),
    objectTypeName: (id) => objects.get(id),
  };
}

export function seedEntries(): CatalogEntry[] {
  return CATALOG_ROWS.map(([kind, id, name, description, group, seed, aliases]) => ({
    kind,
    id,
    name,
    description,
    group,
    aliases: [...aliases],
    sources: [`seed:${seed}`],
  }));
}

let seedCatalog: Catalog | undefined;
/** The catalog from the seeds alone (no network). */
export function getSeedCatalog(): Catalog {
  seedCatalog ??= buildCatalog(seedEntries());
  return seedCatalog;
}

/** What the beta endpoint returns per action type: HubSpot's ApiActionTypeDefinition, read defensively (a beta). */
export type BetaActionType = Pick<HsActionType, 'actionTypeId'> & Partial<HsActionType>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * Seeds first (their names are the ones users see in the workflow sidebar), beta definitions merged in:
 * an id the seeds know gains the beta name as an alias and the beta group; an id only the beta knows
 * becomes a new action entry.
 */
export function mergeBetaDefinitions(base: CatalogEntry[], beta: readonly BetaActionType[]): CatalogEntry[] {
  const merged = base.map((e) => ({ ...e, aliases: [...e.aliases], sources: [...e.sources] }));
  for (const def of beta) {
    const id = str(def.actionTypeId);
    if (!id) continue;
    const name = str(def.actionName);
    const group = str(def.groupId);
    const existing = merged.filter((e) => e.kind === 'action' && e.id === id);
    if (existing.length) {
      const first = existing[0];
      if (!first.sources.includes('beta')) first.sources.push('beta');
      if (name && !existing.some((e) => e.name === name) && !first.aliases.includes(name)) first.aliases.push(name);
      if (group) for (const e of existing) e.group = group;
      continue;
    }
    merged.push({
      kind: 'action',
      id,
      name: name ?? `Action ${id}`,
      description: '',
      group: group ?? 'Other actions',
      aliases: [],
      sources: ['beta'],
    });
  }
  return merged;
}
