/**
 * action-type-catalog { query? } → workflow action and event types (id, name, description, group, kind)
 * from the seeds, merged with the portal's beta action-types endpoint when it has one, filtered by query.
 */
import * as z from 'zod/mini';
import { HubSpotApiError } from '../hubspot/errors';
import { defineFunction, optionalQuery, type FunctionDeps } from '../runtime/define-function';
import { filterCatalog, mergeBetaDefinitions, seedEntries, type BetaActionType } from '../workflows/catalog';
import type { ActionTypeCatalogResult } from '../workflows/types';

export const actionTypeCatalogInput = z.object({ query: optionalQuery });
export type ActionTypeCatalogInput = z.infer<typeof actionTypeCatalogInput>;

export async function actionTypeCatalog(input: ActionTypeCatalogInput, deps: FunctionDeps): Promise<ActionTypeCatalogResult & { note?: string }> {
  let beta: BetaActionType[] | null = null;
  let note: string | undefined;
  try {
    beta = await deps.hubspot.actionTypes.list({ objectTypeId: '0-1' });
  } catch (err) {
    // The live catalog is a beta extra: when it fails, the seed catalog still answers.
    if (!(err instanceof HubSpotApiError)) throw err;
    note = "HubSpot's live action-type catalog could not be read; showing the documented types only.";
  }
  const entries = filterCatalog(beta ? mergeBetaDefinitions(seedEntries(), beta) : seedEntries(), input.query);
  return { entries, liveCatalog: beta !== null, total: entries.length, ...(note ? { note } : {}) };
}

export const main = defineFunction(actionTypeCatalogInput, actionTypeCatalog);
