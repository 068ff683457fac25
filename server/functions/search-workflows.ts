/**
 * search-workflows { query?, after? } → enabled, contact-based (objectTypeId 0-1) workflows whose name
 * contains the query (case-insensitive), a page at a time.
 *
 * Why it lists everything: the v4 listing (GET /automation/v4/flows) has no name filter and no
 * enabled/object filter, so the only way to search by name is to page through the listing and filter
 * in memory. The paging is bounded (MAX_PAGES × 100 flows) to stay inside the function's time budget;
 * `truncated` says when the portal has more workflows than were searched. The cursor is an offset into
 * the filtered matches: each page re-lists (stateless functions have nowhere to keep the listing).
 */
import * as z from 'zod/mini';
import { FunctionFailure } from '../runtime/errors-to-result';
import { defineFunction, optionalCursor, optionalQuery, type FunctionDeps } from '../runtime/define-function';
import type { SearchWorkflowsResult } from '../workflows/types';

export const MAX_PAGES = 20;
export const PAGE_SIZE = 20;
const CONTACT_OBJECT = '0-1';

export const searchWorkflowsInput = z.object({ query: optionalQuery, after: optionalCursor });
export type SearchWorkflowsInput = z.infer<typeof searchWorkflowsInput>;

export async function searchWorkflows(input: SearchWorkflowsInput, deps: FunctionDeps): Promise<SearchWorkflowsResult> {
  let offset = 0;
  if (input.after !== undefined && input.after !== '') {
    if (!/^\d{1,6}$/.test(input.after)) throw new FunctionFailure('INVALID_INPUT', 'The paging cursor is not one this app gave out. Start the search again.');
    offset = Number(input.after);
  }
  const q = (input.query ?? '').toLowerCase();
  const { results, truncated } = await deps.hubspot.workflows.listAll({ maxPages: MAX_PAGES, limit: 100 });
  const matches = results
    .filter((f) => f.isEnabled && f.objectTypeId === CONTACT_OBJECT && (!q || (f.name ?? '').toLowerCase().includes(q)))
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '') || a.id.localeCompare(b.id));
  const page = matches.slice(offset, offset + PAGE_SIZE);
  return {
    results: page.map((f) => ({ flowId: f.id, name: f.name || `Workflow ${f.id}`, isEnabled: f.isEnabled, objectTypeId: f.objectTypeId })),
    after: offset + PAGE_SIZE < matches.length ? String(offset + PAGE_SIZE) : null,
    truncated,
  };
}

export const main = defineFunction(searchWorkflowsInput, searchWorkflows);
