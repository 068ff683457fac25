/**
 * The ids a workflow's words refer to (properties and their values per object type, owners, users,
 * teams, lists, forms, marketing emails, sequences, workflows, pipelines and stages, association types,
 * ads audiences): exactly what the decoder shows, because it records every id it names. The names
 * issue fetches labels for these and passes them to `decodeFlow` as a `NameLookup`.
 */
import { getSeedCatalog, type Catalog } from './catalog';
import { decodeWith, type FlowInput } from './decode';
import { recordingNames, type Reference, type ReferenceKind } from './names';

export type { Reference, ReferenceKind } from './names';

/** Every reference in `flow`, each once, in the order the decoder meets them (actions, then the trigger). Pure. */
export function collectReferences(flow: FlowInput, catalog: Catalog = getSeedCatalog()): Reference[] {
  const recorder = recordingNames();
  decodeWith(flow, catalog, recorder);
  return recorder.references;
}

/** The references of one kind (a helper for the name fetchers: one batch per kind). */
export function referencesOfKind<K extends ReferenceKind>(refs: Reference[], kind: K): Extract<Reference, { kind: K }>[] {
  return refs.filter((r): r is Extract<Reference, { kind: K }> => r.kind === kind);
}
