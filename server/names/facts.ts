/**
 * What one name call teaches, keyed so that the plan, the cache and the lookup agree:
 *   property:<objectTypeId>:<name>        → PropertyFact | null (no such property)
 *   pipelines:<objectTypeId>              → PipelinesFact
 *   owner:<id>, user:<id>, team:<id>, list:<id>, form:<id>, marketingEmail:<id>, sequence:<id>, workflow:<id>
 *                                         → the name, or null (deleted / not found)
 *   associationLabels:<from>:<to>         → type id → label
 *   objectType:<objectTypeId>             → ObjectTypeFact | null (no such custom object)
 *   scopeMissing:<scope>                  → true
 */
export interface PropertyFact {
  label: string;
  /** option value → option label (enumerations) */
  options: Record<string, string>;
  /** the values are owner ids (`referencedObjectType: "OWNER"`) */
  ownerValues: boolean;
}

export interface PipelinesFact {
  pipelines: Record<string, string>;
  stages: Record<string, string>;
}

/** A custom object type's names (HubSpot's schemas API `labels`). */
export interface ObjectTypeFact {
  singular?: string;
  plural?: string;
}

export type NameFact = string | null | true | PropertyFact | PipelinesFact | ObjectTypeFact | Record<string, string>;

export const factKey = {
  property: (objectTypeId: string, name: string) => `property:${objectTypeId}:${name}`,
  pipelines: (objectTypeId: string) => `pipelines:${objectTypeId}`,
  id: (kind: string, id: string) => `${kind}:${id}`,
  associationLabels: (from: string, to: string) => `associationLabels:${from}:${to}`,
  objectType: (objectTypeId: string) => `objectType:${objectTypeId}`,
  scopeMissing: (scope: string) => `scopeMissing:${scope}`,
};

export type FactReader = (key: string) => NameFact | undefined;
