/**
 * Benchmark: names for a decoded workflow. A workflow of 30 actions referring to 20 distinct ids (owners,
 * marketing emails, lists, sequences, property options, a form in the trigger), opened with get-workflow:
 *   - naive: the flow read, then one call per id, one after another (what a loop over the ids does);
 *   - ours, cold: the flow read, then one parallel wave, batched (a fresh container: nothing cached);
 *   - ours, warm: the same container again within the cache TTL (names cached);
 *   - with a contact (issue 20's trigger check): get-workflow on the seed's filter-based flow with a list
 *     filter for a contact, with the card's propertiesToSend and without them (the contact read in the wave).
 * Calls and sequential round trips from the portal's call log, median wall time; same portal, same run.
 */
import { FIXTURES, seedData } from '../portal/fixtures';
import { completeFlow, conn, sendEmail, setProp } from '../portal/builders';
import { DEFAULT_TOKEN, type Portal } from '../portal/server';
import type { PortalData } from '../portal/types';
import { createClientState } from '../server/hubspot/client-state';
import { createHubSpotClient } from '../server/hubspot/client';
import { getWorkflow } from '../server/functions/get-workflow';
import { createNameCache, type NameCache } from '../server/names';
import type { Reference } from '../server/names/reference';
import { collectReferences } from '../server/workflows/references';
import { CONTACT_PROPERTIES } from '../server/workflows/for-contact';
import { TRIGGER_CHECK_PROPERTIES } from '../server/workflows/trigger-check';
import { LATENCY, RUNS, goal, json, measure, portalWith, propertiesToSendOf } from './context';
import { fmtMs, table } from './lib';

export const NAMES_FLOW_ID = '690000001';
const AT = '2025-06-02T09:00:00.000Z';
const U = FIXTURES.users;

/** The seed portal plus the 30-action flow and the names its ids need (owners, emails, lists). */
function namesBenchData(): { data: PortalData; distinctIds: number } {
  const data = seedData();
  const names = data.names!;
  const owners = ['81000011', '81000012', '81000013', '81000014', '81000015'];
  owners.forEach((id, i) =>
    names.owners.push({ ...names.owners[0], id, userId: 2_700_000 + i, firstName: ['Ana', 'Bo', 'Cy', 'Di', 'Ed'][i], lastName: 'Bench', email: `owner${i}@bench.example` }),
  );
  const emails = ['42000001', '42000002', '42000003', '42000004'];
  emails.forEach((id, i) => names.marketingEmails.push({ ...names.marketingEmails[0], id, name: `Bench email ${i + 1}` }));
  const lists = ['501', '502', '503', '504'];
  lists.forEach((id, i) => names.lists.push({ ...names.lists[0], listId: id, name: `Bench list ${i + 1}` }));
  const sequences = [FIXTURES.sequences.outboundProspecting, FIXTURES.sequences.inboundFollowUp];
  const stages = ['lead', 'marketingqualifiedlead', 'customer'];
  // 30 actions: each id appears at least once, some more than once (dedupe is part of the point).
  const actions: Record<string, unknown>[] = [];
  const add = (a: Record<string, unknown>) => actions.push(a);
  let n = 0;
  const next = () => String(++n + 1);
  for (let i = 0; i < 30; i++) {
    const id = String(i + 1);
    const to = i < 29 ? next() : undefined;
    const k = i % 6;
    if (k === 0) add(setProp(id, 'hubspot_owner_id', owners[(i / 6) % owners.length], to));
    else if (k === 1) add(sendEmail(id, emails[Math.floor(i / 6) % emails.length], to));
    else if (k === 2)
      add({
        type: 'SINGLE_CONNECTION',
        actionId: id,
        actionTypeVersion: 0,
        actionTypeId: '0-63809083',
        fields: { listId: lists[Math.floor(i / 6) % lists.length] },
        ...(to ? { connection: conn(to) } : {}),
      });
    else if (k === 3) add(setProp(id, 'lifecyclestage', stages[Math.floor(i / 6) % stages.length], to));
    else if (k === 4)
      add({
        type: 'SINGLE_CONNECTION',
        actionId: id,
        actionTypeVersion: 0,
        actionTypeId: '0-46510720',
        fields: { sequenceId: sequences[Math.floor(i / 6) % sequences.length], userId: U.rep.userId },
        ...(to ? { connection: conn(to) } : {}),
      });
    else add(sendEmail(id, emails[(Math.floor(i / 6) + 2) % emails.length], to));
  }
  const trigger = {
    type: 'EVENT_BASED',
    shouldReEnroll: false,
    listMembershipFilterBranches: [],
    eventFilterBranches: [
      {
        filterBranchType: 'UNIFIED_EVENTS',
        filterBranchOperator: 'AND',
        eventTypeId: '4-1639801',
        operator: 'HAS_COMPLETED',
        filterBranches: [],
        filters: [
          {
            property: 'hs_form_id',
            operation: { operator: 'IS_ANY_OF', includeObjectsWithNoValueSet: false, values: ['2f5cc7f8-d359-4e9c-a770-dd42ea07d217'], operationType: 'ENUMERATION' },
          },
        ],
      },
    ],
  };
  const flow = completeFlow(
    {
      type: 'CONTACT_FLOW',
      objectTypeId: '0-1',
      flowType: 'WORKFLOW',
      isEnabled: true,
      name: 'Names bench (30 actions)',
      startActionId: '1',
      actions,
      enrollmentCriteria: trigger,
    },
    NAMES_FLOW_ID,
    AT,
  );
  data.flows.push(flow);
  const ids = collectReferences(flow).filter((r) => r.kind !== 'property');
  return { data, distinctIds: ids.length };
}

/** One call per id, one after another, on the same client (same endpoints, no batching, no concurrency). */
async function naiveNames(portal: Portal): Promise<{ ok: boolean }> {
  const hubspot = client(portal);
  const flow = await hubspot.workflows.get({ flowId: NAMES_FLOW_ID });
  const one = async (r: Reference) => {
    if (r.kind === 'property') await hubspot.names.properties({ objectType: r.objectTypeId.startsWith('4-') ? '0-1' : r.objectTypeId, names: [r.property] }).catch(() => null);
    else if (r.kind === 'propertyValue') await hubspot.names.properties({ objectType: r.objectTypeId, names: [r.property] });
    else if (r.kind === 'owner') await hubspot.names.owner({ id: r.id, idProperty: 'id' });
    else if (r.kind === 'user') await hubspot.names.owner({ id: r.id, idProperty: 'userId' });
    else if (r.kind === 'list') await hubspot.names.lists({ listIds: [r.id] });
    else if (r.kind === 'form') await hubspot.names.form({ formId: r.id });
    else if (r.kind === 'marketingEmail') await hubspot.names.marketingEmail({ emailId: r.id });
    else if (r.kind === 'sequence') await hubspot.sequences.get({ userId: U.rep.userId, sequenceId: r.id });
  };
  // The naive loop asks per occurrence of an id's value (no dedupe of property definitions), then per id.
  for (const r of collectReferences(flow)) if (r.kind !== 'property') await one(r);
  return { ok: true };
}

function client(portal: Portal) {
  return createHubSpotClient({ baseUrl: portal.url, accessToken: DEFAULT_TOKEN, deadlineAt: Date.now() + 11_000, state: createClientState(), requestsPer10s: 1_000_000 });
}

async function ours(portal: Portal, cache: NameCache): Promise<{ ok: boolean }> {
  const hubspot = client(portal);
  const res = await getWorkflow({ flowId: NAMES_FLOW_ID, userId: U.rep.userId }, { hubspot, now: () => new Date(), deadlineAt: Date.now() + 11_000, nameCache: cache });
  return { ok: res.steps.length === 30 };
}

/** get-workflow with a contact: the trigger check's reads join the wave after the flow read. */
async function withContact(portal: Portal, sent: boolean): Promise<{ ok: boolean }> {
  const hubspot = client(portal);
  const contactId = FIXTURES.contacts.missesTrigger;
  const propertiesToSend = sent ? propertiesToSendOf(portal, contactId, ['hs_object_id', ...CONTACT_PROPERTIES, ...TRIGGER_CHECK_PROPERTIES]) : undefined;
  const res = await getWorkflow(
    { flowId: FIXTURES.flows.irelandLeads, contactId, userId: U.rep.userId, timeZone: 'Europe/Dublin' },
    { hubspot, now: () => new Date(), deadlineAt: Date.now() + 11_000, nameCache: createNameCache(), ...(propertiesToSend ? { propertiesToSend } : {}) },
  );
  return { ok: res.triggerCheck?.verdict === 'does-not-meet' };
}

export async function namesBench(): Promise<void> {
  console.log(`\n## Names for a decoded workflow (30 actions, latency ${LATENCY} ms per HubSpot call, median of ${RUNS} runs)\n`);
  const { data, distinctIds } = namesBenchData();
  const portal = await portalWith(data);
  try {
    // Warm-up: the first run pays the module loads once, as a warm container has.
    await ours(portal, createNameCache());
    const naive = await measure(portal, RUNS, () => naiveNames(portal));
    const cold = await measure(portal, RUNS, () => ours(portal, createNameCache()));
    const warmCache = createNameCache();
    const warm = await measure(portal, RUNS, () => ours(portal, warmCache));
    const contactSent = await measure(portal, RUNS, () => withContact(portal, true));
    const contactRead = await measure(portal, RUNS, () => withContact(portal, false));
    const rows = [
      ['naive: flow, then one call per id in order', naive.calls, naive.roundTrips, fmtMs(naive.ms)],
      ['ours, cold (nothing cached): flow, then one batched parallel wave', cold.calls, cold.roundTrips, fmtMs(cold.ms)],
      ['ours, warm (names cached, TTL 5 min)', warm.calls, warm.roundTrips, fmtMs(warm.ms)],
      ['with a contact + trigger check, propertiesToSend (Ireland leads, cold)', contactSent.calls, contactSent.roundTrips, fmtMs(contactSent.ms)],
      ['with a contact + trigger check, no propertiesToSend (read in the first wave, cold)', contactRead.calls, contactRead.roundTrips, fmtMs(contactRead.ms)],
    ];
    console.log(`${distinctIds} distinct ids (owners, emails, lists, sequences, options, a form), 30 actions\n`);
    console.log(table(['get-workflow', 'HubSpot calls', 'sequential round trips', 'median'], rows));
    json.names = { distinctIds, naive, cold, warm, contactSent, contactRead };
    goal(
      'get-workflow with a contact and its trigger check ≤ 2 sequential round trips',
      `${contactSent.roundTrips} / ${contactRead.roundTrips} round trips (sent / read)`,
      Math.max(contactSent.roundTrips, contactRead.roundTrips) <= 2,
    );
    goal('get-workflow with names ≤ 2 sequential round trips (cold cache)', `${cold.roundTrips} round trips, ${cold.calls} calls`, cold.roundTrips <= 2);
    goal('names: naive/ours ≥ 5 (cold cache)', `${(naive.ms / cold.ms).toFixed(1)}× (${fmtMs(naive.ms)} vs ${fmtMs(cold.ms)})`, naive.ms / cold.ms >= 5);
  } finally {
    await portal.close();
  }
}
