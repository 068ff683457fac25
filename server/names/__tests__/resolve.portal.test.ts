/**
 * resolveNames against the emulated portal over HTTP: names per kind, and how each kind degrades
 * (withheld optional scope, deleted object, unreadable answer, 5xx), and the per-portal cache (hit, TTL).
 */
import { FIXTURES } from '../../../portal/fixtures';
import { DEFAULT_TOKEN, startPortal, type Portal } from '../../../portal/server';
import { createHubSpotClient } from '../../hubspot/client';
import { createClientState } from '../../hubspot/client-state';
import { decodeFlow, flattenSteps, type FlowInput } from '../../workflows/decode';
import { collectReferences } from '../../workflows/references';
import { createNameCache, NAME_CACHE_TTL_MS, resolveNames, type NameCache } from '../index';

const F = FIXTURES.flows;
const OPTIONAL = ['crm.lists.read', 'forms', 'content'];

describe('resolveNames on the emulated portal', () => {
  let portal: Portal;
  let clock: number;
  let cache: NameCache;
  beforeAll(async () => {
    portal = await startPortal({ port: 0, tokens: { [DEFAULT_TOKEN]: { scopes: '*' }, other: { scopes: '*' } } });
  });
  afterAll(() => portal.close());
  beforeEach(() => {
    portal.reset();
    portal.resetFaults();
    portal.setWithheldScopes([]);
    clock = Date.now();
    cache = createNameCache({ now: () => clock });
  });

  const client = (token = DEFAULT_TOKEN) =>
    createHubSpotClient({
      baseUrl: portal.url,
      accessToken: token,
      state: createClientState(),
      requestsPer10s: 10_000,
      sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 5))),
    });
  const flowOf = (id: string) => portal.state.flowsById.get(id) as FlowInput;
  async function decoded(flowId: string, opts: { userId?: string; token?: string } = {}) {
    const flow = flowOf(flowId);
    const names = await resolveNames(client(opts.token), collectReferences(flow), { cache, userId: opts.userId, now: () => clock });
    const wf = decodeFlow(flow, undefined, names.lookup);
    const words = [wf.trigger.summary, ...flattenSteps(wf.steps).flatMap(({ step }) => [step.summary, ...step.details, ...step.branches.map((b) => b.label)])].join('\n');
    return { names, words };
  }

  it('names every kind the seed flows use', async () => {
    const ticket = await decoded(F.seedFormTicket);
    expect(ticket.words).toContain('Enrolls when: Submitted form Contact us (footer)');
    expect(ticket.words).toContain('Ticket status = New; Source = Form submission');
    expect(ticket.words).toContain('(association “ticket to contact”)');
    expect(ticket.words).toContain('Send marketing email Ticket received – auto reply');
    const routing = await decoded(F.listRouting);
    expect(routing.words).toContain('Set Contact owner to Priya Raman');
    expect(routing.words).toContain('Lead status is any of New');
    expect(routing.words).toContain('Country/Region is equal to France');
    const form = await decoded(F.seedFormSubmission);
    expect(form.words).toContain('Add to list Trade-show leads – Berlin 2026');
    expect(form.words).toContain('Send in-app notification to user Melinda Nelson');
    const custom = await decoded(F.customCode);
    expect(custom.words).toContain('Set Industry vertical to Education & research');
    const seq = await decoded(F.enrollInSequence, { userId: FIXTURES.users.rep.userId });
    expect(seq.words).toContain('Enroll in sequence Outbound prospecting – 5 touches');
    expect([ticket, routing, form, custom, seq].every((d) => d.names.notices.length === 0)).toBe(true);
  });

  it('withheld optional scopes: those ids stay, every other name is intact, one notice per scope', async () => {
    portal.setWithheldScopes(OPTIONAL);
    const ticket = await decoded(F.seedFormTicket);
    expect(ticket.words).toContain('Submitted form 2f5cc7f8-d359-4e9c-a770-dd42ea07d217');
    expect(ticket.words).toContain('Send marketing email 113782603056');
    expect(ticket.words).toContain('Ticket status = New'); // not behind an optional scope
    expect(ticket.names.notices).toEqual([
      { scope: 'forms', adds: 'form names' },
      { scope: 'content', adds: 'marketing email names' },
    ]);
    const form = await decoded(F.seedFormSubmission);
    expect(form.words).toContain('Add to list 178');
    expect(form.words).toContain('user Melinda Nelson');
    expect(form.names.notices).toEqual([{ scope: 'crm.lists.read', adds: 'list names' }]);
    // Known missing (cached): asked no more, still noticed.
    portal.clearCalls();
    const again = await decoded(F.seedFormSubmission);
    expect(again.names.calls).toBe(0);
    expect(again.names.notices).toEqual([{ scope: 'crm.lists.read', adds: 'list names' }]);
  });

  it('a deleted object stays an id and is not asked again within the TTL', async () => {
    const disabled = await decoded(F.disabled);
    expect(disabled.words).toContain('Send marketing email 41000099');
    expect(disabled.names.notices).toEqual([]);
    expect((await decoded(F.disabled)).names.calls).toBe(0);
  });

  it('an unreadable answer or a 5xx leaves those ids, the rest named; not cached, so asked again', async () => {
    portal.setFaults({ rateSchemaBreak: 1, only: 'owners' });
    const routing = await decoded(F.listRouting);
    expect(routing.words).toContain('Set Contact owner to 81000002');
    expect(routing.words).toContain('Lead status is any of New');
    portal.setFaults({ rateSchemaBreak: 0, rate5xx: 1, only: 'properties' });
    const welcome = await decoded(F.welcome);
    expect(welcome.words).toContain('Send marketing email Welcome 1 – Getting started');
    expect(welcome.words).toContain('Set Lifecycle stage to marketingqualifiedlead'); // the id as it was
    portal.resetFaults();
    expect((await decoded(F.welcome)).words).toContain('Set Lifecycle stage to Marketing Qualified Lead');
  });

  it('custom object types by name (schemas API); without crm.schemas.custom.read: a plain description and one notice', async () => {
    // A custom-object flow as live portals send it (objectTypeId 2-…, the "CRM object created" event).
    const flow: FlowInput = {
      id: '1',
      objectTypeId: '2-34637667',
      startActionId: '1',
      actions: [{ actionId: '1', actionTypeId: '0-1', type: 'SINGLE_CONNECTION', fields: { delta: '1', time_unit: 'DAYS' } }],
      enrollmentCriteria: { type: 'EVENT_BASED', eventFilterBranches: [{ eventTypeId: '4-1463224', filterBranchType: 'UNIFIED_EVENTS', filters: [], filterBranches: [] }] },
    };
    const named = await resolveNames(client(), collectReferences(flow), { cache, now: () => clock });
    const wf = decodeFlow(flow, undefined, named.lookup);
    expect([wf.objectLabel, wf.trigger.summary]).toEqual(['Webinar registrations', 'Enrolls when: Webinar registration is created']);
    expect(named.notices).toEqual([]);
    expect(portal.calls.filter((c) => c.path.includes('/crm-object-schemas/'))).toHaveLength(1); // one batch for both forms

    portal.setWithheldScopes(['crm.schemas.custom.read']);
    const degraded = await resolveNames(client(), collectReferences(flow), { cache: createNameCache({ now: () => clock }), now: () => clock });
    const plain = decodeFlow(flow, undefined, degraded.lookup);
    expect([plain.objectLabel, plain.trigger.summary]).toEqual(['Custom object records', 'Enrolls when: Custom object record is created']);
    expect(degraded.notices).toEqual([{ scope: 'crm.schemas.custom.read', adds: 'custom object names' }]);
  });

  it('cache: a second resolution makes no call; after the TTL it asks again; another portal or token shares nothing', async () => {
    const first = await decoded(F.seedFormTicket);
    expect(first.names.calls).toBe(5);
    portal.clearCalls();
    const hit = await decoded(F.seedFormTicket);
    expect(hit.names.calls).toBe(0);
    expect(portal.calls).toHaveLength(0);
    expect(hit.words).toBe(first.words);
    expect((await decoded(F.seedFormTicket, { token: 'other' })).names.calls).toBe(5);
    clock += NAME_CACHE_TTL_MS - 1;
    expect((await decoded(F.seedFormTicket)).names.calls).toBe(0);
    clock += 2;
    expect((await decoded(F.seedFormTicket)).names.calls).toBe(5);
  });
});
