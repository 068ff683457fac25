/**
 * action-type-catalog {} → every workflow action and event type (id, name, description, group, kind)
 * from the seeds, merged with the portal's beta action-types endpoint when it has one. The card loads it
 * once and filters as the rep types (src/app/cards/workflows/filter.ts, the one filter).
 */
import * as z from 'zod/mini';
import { HubSpotApiError } from '../hubspot/errors';
import { defineFunction, type FunctionDeps } from '../runtime/define-function';
import { mergeBetaDefinitions, seedEntries, type BetaActionType } from '../workflows/catalog';
import type { ActionTypeCatalogResult } from '../workflows/types';

export const actionTypeCatalogInput = z.object({});
export type ActionTypeCatalogInput = z.infer<typeof actionTypeCatalogInput>;

export async function actionTypeCatalog(_input: ActionTypeCatalogInput, deps: FunctionDeps): Promise<ActionTypeCatalogResult & { note?: string }> {
  let beta: BetaActionType[] | null = null;
  let note: string | undefined;
  try {
    beta = await deps.hubspot.actionTypes.list({ objectTypeId: '0-1' });
  } catch (err) {
    // The live catalog is a beta extra: when it fails, the seed catalog still answers.
    if (!(err instanceof HubSpotApiError)) throw err;
    note = "HubSpot's live action-type catalog could not be read; showing the documented types only.";
  }
  const entries = beta ? mergeBetaDefinitions(seedEntries(), beta) : seedEntries();
  return { entries, liveCatalog: beta !== null, total: entries.length, ...(note ? { note } : {}) };
}

export const main = defineFunction(actionTypeCatalogInput, actionTypeCatalog);
