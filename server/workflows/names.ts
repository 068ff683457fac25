/**
 * Names for the ids a workflow refers to. Every id the decoder shows goes through `NameContext.name`,
 * which (1) records the reference, so `collectReferences` knows exactly which ids the words contain,
 * and (2) asks a `NameLookup` for a label. server/names fills a lookup from HubSpot (properties,
 * owners, lists…) for get-workflow, so "Set Contact owner to 2620022" reads "… to Jane Doe" without
 * touching a describer; without one (`ID_AS_IS`), ids show as they are.
 */

/** One thing a workflow refers to by id. Property values are scoped to their object type and property. */
export type Reference =
  | { kind: 'property'; objectTypeId: string; property: string }
  | { kind: 'propertyValue'; objectTypeId: string; property: string; value: string }
  | { kind: 'pipeline' | 'pipelineStage'; objectTypeId: string; id: string }
  /**
   * An association type id is portal-wide, but HubSpot lists labels per object pair: the pair, where the
   * words know it, says which list to read (not part of the key: the id alone names the type).
   */
  | { kind: 'associationType'; id: string; fromObjectTypeId?: string; toObjectTypeId?: string }
  | { [K in IdKind]: { kind: K; id: string } }[IdKind];

/** Things known by an id alone (portal-wide). */
export type IdKind = 'owner' | 'user' | 'team' | 'list' | 'form' | 'marketingEmail' | 'sequence' | 'workflow' | 'adsAudience';

export type ReferenceKind = Reference['kind'];

export interface NameLookup {
  /** The label HubSpot shows for the thing, or undefined when not known (the decoder then shows today's text). */
  label(ref: Reference): string | undefined;
}

/** The default: no names known, every id is shown as it is. */
export const ID_AS_IS: NameLookup = { label: () => undefined };

/** What describers and the filter prose call for every id they show. */
export interface NameContext {
  /** Records `ref` and returns its label, or `fallback` (today's words) when the lookup has none. */
  name(ref: Reference, fallback: string): string;
}

/** A name context that neither records nor names: for words nobody reads (edge targets only). */
export const UNNAMED: NameContext = { name: (_ref, fallback) => fallback };

/** A stable key per reference, for de-duplication. */
export function referenceKey(ref: Reference): string {
  switch (ref.kind) {
    case 'property':
      return `property:${ref.objectTypeId}:${ref.property}`;
    case 'propertyValue':
      return `propertyValue:${ref.objectTypeId}:${ref.property}:${ref.value}`;
    case 'pipeline':
    case 'pipelineStage':
      return `${ref.kind}:${ref.objectTypeId}:${ref.id}`;
    case 'associationType':
      return `associationType:${ref.id}:${ref.fromObjectTypeId ?? ''}:${ref.toObjectTypeId ?? ''}`;
    default:
      return `${ref.kind}:${ref.id}`;
  }
}

/** A name context over `lookup` that keeps every reference it is asked about (first seen first, once each). */
export function recordingNames(lookup: NameLookup = ID_AS_IS): NameContext & { references: Reference[] } {
  const seen = new Set<string>();
  const references: Reference[] = [];
  return {
    references,
    name(ref, fallback) {
      const key = referenceKey(ref);
      if (!seen.has(key)) {
        seen.add(key);
        references.push(ref);
      }
      return lookup.label(ref) ?? fallback;
    },
  };
}

/** Properties whose values are ids of something else: the names issue resolves them by their kind. */
const OWNER_PROPERTIES = new Set(['hubspot_owner_id', 'hs_owner_id']);
const PIPELINE_PROPERTIES = new Set(['pipeline', 'hs_pipeline']);
const STAGE_PROPERTIES = new Set(['dealstage', 'hs_pipeline_stage']);

/**
 * The reference a property value makes: an owner, a pipeline or a stage for the properties that hold
 * those ids, otherwise the value itself (an option of an enumeration, or free text the lookup ignores).
 * The names issue can refine this with the property's `referencedObjectType` ("OWNER").
 */
export function valueReference(objectTypeId: string, property: string, value: string): Reference {
  if (OWNER_PROPERTIES.has(property)) return { kind: 'owner', id: value };
  if (PIPELINE_PROPERTIES.has(property)) return { kind: 'pipeline', objectTypeId, id: value };
  if (STAGE_PROPERTIES.has(property)) return { kind: 'pipelineStage', objectTypeId, id: value };
  if (property === 'hs_form_id') return { kind: 'form', id: value };
  return { kind: 'propertyValue', objectTypeId, property, value };
}
