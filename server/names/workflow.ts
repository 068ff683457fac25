/** The names of one workflow, as get-workflow asks for them: a promise, so it can share a wave with other reads. */
import type { FunctionDeps } from '../runtime/define-function';
import { getSeedCatalog, type Catalog } from '../workflows/catalog';
import type { FlowInput } from '../workflows/decode';
import { ID_AS_IS } from '../workflows/names';
import { collectReferences } from '../workflows/references';
import { resolveNames, type ResolvedNames } from './index';

export function workflowNames(deps: FunctionDeps, flow: FlowInput, opts: { userId?: string } = {}, catalog: Catalog = getSeedCatalog()): Promise<ResolvedNames> {
  return resolveNames(deps.hubspot, collectReferences(flow, catalog), {
    userId: opts.userId,
    cache: deps.nameCache,
    now: () => deps.now().getTime(),
    deadlineAt: deps.deadlineAt,
  }).catch((err: unknown) => {
    // Names never fail a workflow: a bug here shows ids, and says so in the function log.
    console.error(`[names] ${err instanceof Error ? err.message : 'non-error thrown'}`);
    return { lookup: ID_AS_IS, notices: [], calls: 0 };
  });
}
