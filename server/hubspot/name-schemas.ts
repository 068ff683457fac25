/**
 * Response schemas of the endpoints that name ids (server/names): only the fields a label needs, loose
 * objects otherwise. Held to HubSpot's generated OpenAPI types in name-schemas.spec-check.ts.
 */
import * as z from 'zod/mini';
import { id } from './schemas';

export const propertyOption = z.looseObject({ label: z.string(), value: z.string() });

export const property = z.looseObject({
  name: z.string(),
  label: z.string(),
  type: z.optional(z.string()),
  options: z.optional(z.array(propertyOption)),
  /** "OWNER" for properties whose values are owner ids (platform doc §5). */
  referencedObjectType: z.optional(z.string()),
});

/** POST …/batch/read: 200, or 207 with `errors` when some names do not exist. */
export const propertyBatch = z.looseObject({
  status: z.string(),
  results: z.array(property),
  errors: z.optional(z.array(z.unknown())),
});

export const pipelineStage = z.looseObject({ id: z.string(), label: z.string() });
export const pipeline = z.looseObject({ id: z.string(), label: z.string(), stages: z.array(pipelineStage) });
export const pipelinePage = z.looseObject({ results: z.array(pipeline) });

export const ownerTeam = z.looseObject({ id: z.string(), name: z.string() });
export const owner = z.looseObject({
  id,
  email: z.optional(z.string()),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.string()),
  userId: z.optional(z.nullable(id)),
  type: z.optional(z.string()),
  teams: z.optional(z.array(ownerTeam)),
});
export const ownerPage = z.looseObject({
  results: z.array(owner),
  paging: z.optional(z.looseObject({ next: z.optional(z.looseObject({ after: z.string() })) })),
});

export const associationLabel = z.looseObject({
  category: z.string(),
  typeId: z.number(),
  label: z.optional(z.nullable(z.string())),
  fromObjectTypeId: z.optional(z.string()),
  toObjectTypeId: z.optional(z.string()),
});
export const associationLabelPage = z.looseObject({ results: z.array(associationLabel) });

export const objectList = z.looseObject({ listId: z.string(), name: z.string(), objectTypeId: z.string() });
export const listsById = z.looseObject({ lists: z.array(objectList) });

export const form = z.looseObject({ id: z.string(), name: z.string() });

export const marketingEmail = z.looseObject({ id: z.optional(z.string()), name: z.optional(z.string()) });

/** A custom object's schema: only its ids and its names (labels.singular / labels.plural). */
export const objectSchemaLabels = z.looseObject({ singular: z.optional(z.string()), plural: z.optional(z.string()) });
export const objectSchema = z.looseObject({ id: z.string(), objectTypeId: z.string(), name: z.string(), labels: objectSchemaLabels });
export const objectSchemaBatch = z.looseObject({ results: z.array(objectSchema) });

export type Property = z.infer<typeof property>;
export type Pipeline = z.infer<typeof pipeline>;
export type Owner = z.infer<typeof owner>;
export type AssociationLabel = z.infer<typeof associationLabel>;
export type ObjectList = z.infer<typeof objectList>;
export type NamedForm = z.infer<typeof form>;
export type MarketingEmail = z.infer<typeof marketingEmail>;
export type ObjectSchema = z.infer<typeof objectSchema>;
