/**
 * The lists a record is in: GET /crm/lists/2026-03/records/{objectTypeId}/{recordId}/memberships
 * (crm-lists-2026-03.json, "Get lists record is member of", scope crm.lists.read: optional for this app,
 * as for list names). The trigger check reads it for "is in list" filters; without the scope HubSpot
 * answers 403 MISSING_SCOPES and the check says which scope would tell.
 */
import * as z from 'zod/mini';
import type { components } from './openapi/crm-lists-2026-03';
import type { NamesTransport } from './names-api';
import type { ListMembershipsApi } from './types';
import type { Expect, MatchesSpec } from './spec-check';

/** Only what the check reads; HubSpot's other fields (timestamps, listVersion) are kept, not used. */
export const recordListMembership = z.looseObject({ listId: z.string() });
export const recordListMemberships = z.looseObject({
  results: z.array(recordListMembership),
  paging: z.optional(z.looseObject({ next: z.optional(z.looseObject({ after: z.string() })) })),
});

export type RecordListMembershipsSpecCheck = Expect<MatchesSpec<typeof recordListMemberships, components['schemas']['ApiCollectionResponseRecordListMembership']>>;

export function listMembershipsApi({ call }: Pick<NamesTransport, 'call'>): ListMembershipsApi {
  return {
    forRecord: async ({ objectTypeId, recordId, deadlineAt }) => {
      const page = await call('getRecordListMemberships', { pathParams: { objectTypeId, recordId } }, { schema: recordListMemberships, deadlineAt });
      return { listIds: (page?.results ?? []).map((m) => m.listId), more: Boolean(page?.paging?.next?.after) };
    },
  };
}
