/**
 * The endpoints that name ids: property and option labels, pipelines and stages, owners (by owner id or
 * user id), association labels, lists, forms, marketing emails and custom object types. Each method is one HubSpot call
 * (batched where HubSpot has a batch endpoint) run by the client's resilience layer; which calls to make
 * for a workflow is decided in server/names.
 */
import type { EndpointName } from './endpoints';
import type { ApiClientAttempt } from './api-client';
import type { Attempt, CallOptions } from './resilience';
import * as n from './name-schemas';
import type { HsObjectSchemaBatchRead } from './hubspot-types';
import type { NamesApi } from './types';

type Query = Record<string, string | number | undefined>;
type Options<T> = Omit<CallOptions<T>, 'method' | 'path' | 'idempotent'> & { idempotent?: boolean; deadlineAt?: number };

export interface NamesTransport {
  call<T>(endpoint: EndpointName, req: { pathParams?: Record<string, string>; query?: Query; rawQuery?: string; body?: unknown }, opts: Options<T>): Promise<T | null>;
  run<T>(endpoint: EndpointName, attempt: Attempt, opts: Options<T>): Promise<T | null>;
  apiClient: ApiClientAttempt;
}

/** HubSpot's batch endpoints take at most 100 inputs. */
const BATCH = 100;

export function namesApi({ call, run, apiClient }: NamesTransport): NamesApi {
  return {
    properties: async ({ objectType, names, deadlineAt }) => {
      const pages = await Promise.all(
        chunk(names, BATCH).map((part) =>
          call(
            'batchReadProperties',
            { pathParams: { objectType }, body: { archived: false, dataSensitivity: 'non_sensitive', inputs: part.map((name) => ({ name })) } },
            { idempotent: true, schema: n.propertyBatch, deadlineAt },
          ),
        ),
      );
      return pages.flatMap((p) => p?.results ?? []);
    },
    pipelines: async ({ objectType, deadlineAt }) => (await call('listPipelines', { pathParams: { objectType } }, { schema: n.pipelinePage, deadlineAt }))?.results ?? [],
    owner: ({ id, idProperty, deadlineAt }) =>
      call('getOwner', { pathParams: { ownerId: id }, query: { idProperty: idProperty === 'userId' ? 'userId' : undefined } }, { schema: n.owner, treatAsNull: [404], deadlineAt }),
    owners: async ({ limit, after, deadlineAt }) => (await call('listOwners', { query: { limit, after } }, { schema: n.ownerPage, deadlineAt })) ?? { results: [] },
    associationLabels: async ({ fromObjectType, toObjectType, deadlineAt }) =>
      (await call('listAssociationLabels', { pathParams: { fromObjectType, toObjectType } }, { schema: n.associationLabelPage, deadlineAt }))?.results ?? [],
    lists: async ({ listIds, deadlineAt }) => {
      // listIds is an exploded array parameter: ?listIds=1&listIds=2
      const pages = await Promise.all(
        chunk(listIds, BATCH).map((part) =>
          call('getListsByIds', { rawQuery: part.map((id) => `listIds=${encodeURIComponent(id)}`).join('&') }, { schema: n.listsById, deadlineAt }),
        ),
      );
      return pages.flatMap((p) => p?.lists ?? []);
    },
    form: ({ formId, deadlineAt }) =>
      run(
        'getForm',
        apiClient((c) => c.marketing.forms.formsApi.getByIdWithHttpInfo(formId)),
        { schema: n.form, treatAsNull: [404], deadlineAt },
      ),
    marketingEmail: ({ emailId, deadlineAt }) => call('getMarketingEmail', { pathParams: { emailId } }, { schema: n.marketingEmail, treatAsNull: [404], deadlineAt }),
    objectSchemas: async ({ objectTypes, deadlineAt }) => {
      // Names only: no property, association or audit definitions (a schema with its properties is large).
      const body = (inputs: string[]): HsObjectSchemaBatchRead => ({
        includeAssociationDefinitions: false,
        includeAuditMetadata: false,
        includePropertyDefinitions: false,
        inputs,
      });
      const pages = await Promise.all(
        chunk(objectTypes, BATCH).map((part) => call('batchReadObjectSchemas', { body: body(part) }, { idempotent: true, schema: n.objectSchemaBatch, deadlineAt })),
      );
      return pages.flatMap((p) => p?.results ?? []);
    },
  };
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
