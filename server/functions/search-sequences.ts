/** `search-sequences`: one page of the portal's sequences, filtered by name on HubSpot's side, with its cursor. */
import * as z from 'zod/mini';
import { toSearchPage } from '../sequences/decode';
import { sequencesAccessFailure } from '../runtime/sequence-refusals';
import type { SequenceSearchPage } from '../sequences/types';
import { defineFunction, type FunctionDeps } from '../runtime/define-function';
import { hubspotId, optionalCursor, optionalLimit, optionalQuery } from '../input/fields';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const searchSequencesInput = z.object({
  userId: hubspotId('userId'),
  query: optionalQuery,
  after: optionalCursor,
  limit: optionalLimit(MAX_PAGE_SIZE),
});

export async function searchSequences(input: z.infer<typeof searchSequencesInput>, deps: FunctionDeps): Promise<SequenceSearchPage> {
  try {
    const page = await deps.hubspot.sequences.list({
      userId: input.userId,
      name: input.query ? input.query : undefined,
      after: input.after ? input.after : undefined,
      limit: input.limit ?? DEFAULT_PAGE_SIZE,
    });
    return toSearchPage(page);
  } catch (err) {
    throw sequencesAccessFailure(err) ?? err;
  }
}

export const main = defineFunction(searchSequencesInput, searchSequences);
