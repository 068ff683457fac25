/**
 * HubSpot's resource shapes, by the names this app uses, taken from the types generated from HubSpot's
 * own OpenAPI files (server/hubspot/openapi/*.d.ts, `npm run openapi:types`). Never write a HubSpot shape
 * by hand: alias it here. Type-only: nothing of this reaches a bundle.
 *
 * The legacy v2 workflow endpoints have no OpenAPI file; their shapes are documented in words only and
 * stay hand-written where they are read (server/hubspot/schemas.ts, portal/types.ts).
 */
import type { components as SequencesApi } from './openapi/sequences-2026-09';
import type { components as WorkflowsApi } from './openapi/automation-v4';
import type { components as WorkflowsBetaApi } from './openapi/automation-2026-09-beta';
import type { components as ContactsApi } from './openapi/crm-contacts-v3';
import type { components as PropertiesApi } from './openapi/crm-properties-2026-03';
import type { components as OwnersApi } from './openapi/crm-owners-2026-03';
import type { components as PipelinesApi } from './openapi/crm-pipelines-2026-03';
import type { components as AssociationsSchemaApi } from './openapi/crm-associations-schema-2026-03';
import type { components as ListsApi } from './openapi/crm-lists-2026-03';
import type { components as FormsApi } from './openapi/marketing-forms-v3';
import type { components as ObjectSchemasApi } from './openapi/crm-object-schemas-2026-03';
import type { components as MarketingEmailsApi } from './openapi/marketing-emails-2026-03';
import type { components as EmailTemplatesApi } from './openapi/email-templates-2026-09-beta';

type Seq = SequencesApi['schemas'];
type Wf = WorkflowsApi['schemas'];
type WfBeta = WorkflowsBetaApi['schemas'];
type Crm = ContactsApi['schemas'];
type Tpl = EmailTemplatesApi['schemas'];

// ---------- Sequences (SEQUENCES_API) ----------
export type HsSequenceLite = Seq['PublicSequenceLiteResponse'];
export type HsSequencePage = Seq['CollectionResponseWithTotalPublicSequenceLiteResponse'];
export type HsSequence = Seq['PublicSequenceResponse'];
export type HsSequenceStep = Seq['PublicSequenceStepResponse'];
export type HsTaskPattern = Seq['PublicTaskPatternResponse'];
export type HsEmailPattern = Seq['PublicEmailPatternResponse'];
export type HsSequenceSettings = Seq['PublicSequenceSettingsResponse'];
export type HsStepDependency = Seq['PublicSequenceStepDependencyResponse'];
export type HsSequenceEnrollmentRequest = Seq['PublicSequenceEnrollmentRequest'];
/** POST …/enrollments answer */
export type HsSequenceEnrollmentCreated = Seq['PublicSequenceEnrollmentLiteResponse'];
/** GET …/enrollments/contact/{contactId} answer */
export type HsContactSequenceEnrollment = Seq['PublicSequenceEnrollmentResponse'];
export type HsError = Seq['Error'];
export type HsErrorDetail = Seq['ErrorDetail'];

// ---------- Workflows v4 (WORKFLOWS_API) ----------
export type HsFlowListing = Wf['ApiFlowListing'];
export type HsFlowPage = Wf['CollectionResponseApiFlowListingForwardPaging'];
/** ApiContactFlow | ApiPlatformFlow */
export type HsFlow = Wf['ApiFlow'];
export type HsContactFlow = Wf['ApiContactFlow'];
export type HsPlatformFlow = Wf['ApiPlatformFlow'];
export type HsFlowBatch = Wf['BatchResponseApiFlow'];
export type HsFlowBatchWithErrors = Wf['BatchResponseApiFlowWithErrors'];
export type HsIdMapping = Wf['FlowIdWorkflowIdMappingResponse'];
export type HsIdMappingBatch = Wf['BatchResponseFlowIdWorkflowIdMappingResponse'];
export type HsIdMappingBatchWithErrors = Wf['BatchResponseFlowIdWorkflowIdMappingResponseWithErrors'];
export type HsStandardError = Wf['StandardError'];

// ---------- Workflows beta (WORKFLOWS_BETA_API) ----------
export type HsActionType = WfBeta['ApiActionTypeDefinition'];
export type HsActionTypePage = WfBeta['CollectionResponseApiActionTypeDefinitionNoPaging'];

// ---------- Contacts (CONTACTS_API) ----------
export type HsContact = Crm['SimplePublicObject'];
export type HsContactWithAssociations = Crm['SimplePublicObjectWithAssociations'];

// ---------- Names for ids (server/names): properties, owners, pipelines, association labels, lists, forms, emails ----------
export type HsProperty = PropertiesApi['schemas']['Property'];
export type HsPropertyOption = PropertiesApi['schemas']['Option'];
export type HsPropertyBatchRead = PropertiesApi['schemas']['BatchReadInputPropertyName'];
export type HsPropertyBatchWithErrors = PropertiesApi['schemas']['BatchResponsePropertyWithErrors'];
export type HsOwner = OwnersApi['schemas']['PublicOwner'];
export type HsOwnerPage = OwnersApi['schemas']['CollectionResponsePublicOwnerForwardPaging'];
export type HsPipeline = PipelinesApi['schemas']['Pipeline'];
export type HsPipelineStage = PipelinesApi['schemas']['PipelineStage'];
export type HsPipelinePage = PipelinesApi['schemas']['CollectionResponsePipelineNoPaging'];
export type HsAssociationLabel = AssociationsSchemaApi['schemas']['AssociationSpecWithLabel'];
export type HsAssociationLabelPage = AssociationsSchemaApi['schemas']['CollectionResponseAssociationSpecWithLabelNoPaging'];
export type HsListsById = ListsApi['schemas']['ListsByIdResponse'];
export type HsList = ListsApi['schemas']['PublicObjectList'];
export type HsForm = FormsApi['schemas']['HubSpotFormDefinition'];
export type HsMarketingEmail = MarketingEmailsApi['schemas']['PublicEmail'];
export type HsObjectSchema = ObjectSchemasApi['schemas']['ObjectSchema'];
export type HsObjectSchemaLabels = ObjectSchemasApi['schemas']['ObjectTypeDefinitionLabels'];
export type HsObjectSchemaBatch = ObjectSchemasApi['schemas']['CollectionResponseObjectSchemaNoPaging'];
export type HsObjectSchemaBatchRead = ObjectSchemasApi['schemas']['ObjectSchemaBatchReadRequest'];
// ---------- Sales email templates, beta (EMAIL_TEMPLATES_API) ----------
export type HsEmailTemplate = Tpl['PublicTemplate'];
