/**
 * Names for the ids a workflow refers to. Every id the decoder shows goes through `NameContext.name`.
 * The decoder walks a flow once (decode.ts `readFlow`) with a `slottedNames()` context: each id becomes
 * a name slot in the words and its reference is recorded, so the references are exactly the ids the
 * words show. Once HubSpot's names are known (server/names), `fill` puts a label (or the fallback: the
 * id, a humanized name) in every slot (`wordFlow`): one walk, one wording, whatever the lookup knows.
 */
import type { NameLookup, Reference } from '../names/reference';

/** What describers and the filter prose call for every id they show. */
export interface NameContext {
  /**
   * The words for `ref`: its label (through `named` when given: "association “Primary”"), or `fallback`
   * (the id, a humanized name) when the lookup has none.
   */
  name(ref: Reference, fallback: string, named?: (label: string) => string): string;
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
    case 'objectType':
      return `objectType:${ref.id}:${ref.number}`;
    default:
      return `${ref.kind}:${ref.id}`;
  }
}

/** Private-use characters around a slot's number: they never occur in HubSpot's words. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = /\uE000(\d+)\uE001/g;

interface Slot {
  ref: Reference;
  fallback: string;
  named?: (label: string) => string;
}

/** A name context whose words carry slots until `fill`: the decoder's one walk uses it (see the top). */
export interface SlottedNames extends NameContext {
  /** Every reference the words make, first seen first, once each. */
  readonly references: Reference[];
  /** `value` (a string, or anything holding strings) with every slot filled from `lookup`. Pure. */
  fill<T>(value: T, lookup: NameLookup): T;
}

export function slottedNames(): SlottedNames {
  const seen = new Set<string>();
  const references: Reference[] = [];
  const slots: Slot[] = [];
  const fillText = (text: string, lookup: NameLookup): string =>
    text.indexOf(OPEN) < 0
      ? text
      : text.replace(SLOT, (_m, i: string) => {
          const slot = slots[Number(i)];
          const label = lookup.label(slot.ref)?.trim();
          if (label) return slot.named ? slot.named(label) : label;
          return fillText(slot.fallback, lookup);
        });
  const fillAny = (value: unknown, lookup: NameLookup): unknown => {
    if (typeof value === 'string') return fillText(value, lookup);
    if (Array.isArray(value)) return value.map((v) => fillAny(v, lookup));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillAny(v, lookup)]));
    return value;
  };
  return {
    references,
    name(ref, fallback, named) {
      const key = referenceKey(ref);
      if (!seen.has(key)) {
        seen.add(key);
        references.push(ref);
      }
      slots.push({ ref, fallback, named });
      return `${OPEN}${slots.length - 1}${CLOSE}`;
    },
    fill: (value, lookup) => fillAny(value, lookup) as typeof value,
  };
}

/**
 * A name context that names at once from `lookup` (no slots): for words built outside a flow walk, such
 * as the trigger check's filter lines. Honours `named` like `fill` does.
 */
export function namesFrom(lookup: NameLookup): NameContext {
  return {
    name(ref, fallback, named) {
      const label = lookup.label(ref)?.trim();
      return label ? (named ? named(label) : label) : fallback;
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
