/**
 * The ids a workflow's words refer to (properties and their values per object type, owners, users,
 * teams, lists, forms, marketing emails, sequences, workflows, pipelines and stages, association types,
 * custom object types, action types the catalog lacks, ads audiences): exactly what the decoder shows,
 * because its one walk (`readFlow`) makes a name slot of every id it shows. server/names fetches labels
 * for these and `wordFlow` puts them in.
 */
import { getSeedCatalog, type Catalog } from './catalog';
import { readFlow, type FlowInput } from './decode';
import type { Reference, ReferenceKind } from '../names/reference';

/** Every reference in `flow`, each once, in the order the decoder meets them (actions, then the trigger). Pure. */
export function collectReferences(flow: FlowInput, catalog: Catalog = getSeedCatalog()): Reference[] {
  return readFlow(flow, catalog).references;
}

/** The references of one kind (a helper for the name fetchers: one batch per kind). */
export function referencesOfKind<K extends ReferenceKind>(refs: Reference[], kind: K): Extract<Reference, { kind: K }>[] {
  return refs.filter((r): r is Extract<Reference, { kind: K }> => r.kind === kind);
}
