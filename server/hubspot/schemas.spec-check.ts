/**
 * Compile-time: each response schema in ./schemas is held to HubSpot's generated OpenAPI type
 * (./hubspot-types). `npm run typecheck` fails when HubSpot's spec and our parser drift apart.
 * The legacy v2 workflow schemas have no OpenAPI file to hold them to.
 */
import * as z from 'zod/mini';
import type * as s from './schemas';
import type * as hs from './hubspot-types';
import type { Expect, MatchesSpec } from './spec-check';

export type SchemaChecks = [
  Expect<MatchesSpec<typeof s.sequenceSummary, hs.HsSequenceLite>>,
  Expect<MatchesSpec<typeof s.sequencePage, hs.HsSequencePage>>,
  Expect<MatchesSpec<typeof s.taskPattern, hs.HsTaskPattern>>,
  Expect<MatchesSpec<typeof s.emailPattern, hs.HsEmailPattern>>,
  Expect<MatchesSpec<typeof s.sequenceStep, hs.HsSequenceStep>>,
  Expect<MatchesSpec<typeof s.sequenceSettings, hs.HsSequenceSettings>>,
  Expect<MatchesSpec<typeof s.stepDependency, hs.HsStepDependency>>,
  Expect<MatchesSpec<typeof s.sequence, hs.HsSequence>>,
  Expect<MatchesSpec<typeof s.sequenceEnrollmentCreated, hs.HsSequenceEnrollmentCreated>>,
  Expect<MatchesSpec<typeof s.contactSequenceEnrollment, hs.HsContactSequenceEnrollment>>,
  Expect<MatchesSpec<typeof s.flowSummary, hs.HsFlowListing>>,
  Expect<MatchesSpec<typeof s.flowPage, hs.HsFlowPage>>,
  Expect<MatchesSpec<typeof s.flow, hs.HsFlow>>,
  // batch schemas read both the 200 and the 207 answer: the 207 shape (with errors) is the superset
  Expect<MatchesSpec<typeof s.flowBatch, hs.HsFlowBatchWithErrors>>,
  Expect<MatchesSpec<typeof s.idMapping, hs.HsIdMapping>>,
  Expect<MatchesSpec<typeof s.idMappingBatch, hs.HsIdMappingBatchWithErrors>>,
  Expect<MatchesSpec<typeof s.actionTypeDefinition, hs.HsActionType>>,
  Expect<MatchesSpec<typeof s.actionTypePage, hs.HsActionTypePage>>,
  Expect<MatchesSpec<typeof s.contact, hs.HsContactWithAssociations>>,
  Expect<MatchesSpec<typeof s.emailTemplate, hs.HsEmailTemplate>>,
  // `status: 'error'` and the 429 body's `policyName` are documented in words (platform docs), not in Error.
  Expect<MatchesSpec<typeof s.errorBody, hs.HsError, '.status' | '.policyName'>>,
];

// The checks can fail: a schema naming a field HubSpot does not define, and one reading a field as the
// wrong type, are compile errors (the directive fails the typecheck if they ever stop being errors).
export const misnamed = z.looseObject({ actionTypeId: z.string(), label: z.optional(z.string()) });
export const mistyped = z.looseObject({ id: z.string(), stepOrder: z.string(), delayMillis: z.number(), actionType: z.string() });
export type CanFail = [
  // @ts-expect-error `label` is not a field of ApiActionTypeDefinition (HubSpot calls it actionName)
  Expect<MatchesSpec<typeof misnamed, hs.HsActionType>>,
  // @ts-expect-error stepOrder is an integer in HubSpot's spec
  Expect<MatchesSpec<typeof mistyped, hs.HsSequenceStep>>,
];
