/** A NameLookup over facts (fresh from the wave, or cached): HubSpot's label for each reference, or none. */
import type { NameLookup, Reference } from './reference';
import { factKey, type FactReader, type ObjectTypeFact, type PipelinesFact, type PropertyFact } from './facts';

export function lookupFrom(read: FactReader): NameLookup {
  const text = (key: string): string | undefined => {
    const f = read(key);
    return typeof f === 'string' && f.trim() ? f : undefined;
  };
  const property = (objectTypeId: string, name: string) => (read(factKey.property(objectTypeId, name)) as PropertyFact | null | undefined) ?? undefined;
  const pipelines = (objectTypeId: string) => read(factKey.pipelines(objectTypeId)) as PipelinesFact | undefined;
  return {
    label(ref: Reference): string | undefined {
      switch (ref.kind) {
        case 'property':
          return property(ref.objectTypeId, ref.property)?.label || undefined;
        case 'propertyValue': {
          // Option labels only: a free-text value has no options and stays as written.
          const p = property(ref.objectTypeId, ref.property);
          if (!p) return undefined;
          return p.options[ref.value] || (p.ownerValues ? text(factKey.id('owner', ref.value)) : undefined);
        }
        case 'pipeline':
          return pipelines(ref.objectTypeId)?.pipelines[ref.id] || undefined;
        case 'pipelineStage':
          return pipelines(ref.objectTypeId)?.stages[ref.id] || undefined;
        case 'associationType': {
          if (!ref.fromObjectTypeId || !ref.toObjectTypeId) return undefined;
          const labels = read(factKey.associationLabels(ref.fromObjectTypeId, ref.toObjectTypeId)) as Record<string, string> | undefined;
          return labels?.[ref.id] || undefined;
        }
        case 'objectType': {
          const names = read(factKey.objectType(ref.id)) as ObjectTypeFact | null | undefined;
          return names?.[ref.number]?.trim() || undefined;
        }
        case 'actionType':
          return undefined; // named from the live action-type catalog (./workflow.ts)
        default:
          return text(factKey.id(ref.kind, ref.id));
      }
    },
  };
}
