/** Compile-time: the name schemas (./name-schemas) held to HubSpot's generated OpenAPI types, as in schemas.spec-check.ts. */
import type * as s from './name-schemas';
import type * as hs from './hubspot-types';
import type { Expect, MatchesSpec } from './spec-check';

export type NameSchemaChecks = [
  Expect<MatchesSpec<typeof s.propertyOption, hs.HsPropertyOption>>,
  Expect<MatchesSpec<typeof s.property, hs.HsProperty>>,
  Expect<MatchesSpec<typeof s.propertyBatch, hs.HsPropertyBatchWithErrors>>,
  Expect<MatchesSpec<typeof s.pipelineStage, hs.HsPipelineStage>>,
  Expect<MatchesSpec<typeof s.pipeline, hs.HsPipeline>>,
  Expect<MatchesSpec<typeof s.pipelinePage, hs.HsPipelinePage>>,
  Expect<MatchesSpec<typeof s.owner, hs.HsOwner>>,
  Expect<MatchesSpec<typeof s.ownerPage, hs.HsOwnerPage>>,
  Expect<MatchesSpec<typeof s.associationLabel, hs.HsAssociationLabel>>,
  Expect<MatchesSpec<typeof s.associationLabelPage, hs.HsAssociationLabelPage>>,
  Expect<MatchesSpec<typeof s.objectList, hs.HsList>>,
  Expect<MatchesSpec<typeof s.listsById, hs.HsListsById>>,
  Expect<MatchesSpec<typeof s.form, hs.HsForm>>,
  Expect<MatchesSpec<typeof s.marketingEmail, hs.HsMarketingEmail>>,
  Expect<MatchesSpec<typeof s.objectSchemaLabels, hs.HsObjectSchemaLabels>>,
  Expect<MatchesSpec<typeof s.objectSchema, hs.HsObjectSchema>>,
  Expect<MatchesSpec<typeof s.objectSchemaBatch, hs.HsObjectSchemaBatch>>,
];
