import type { Portal } from '../../portal/server';
import { startPortal } from '../../portal/server';
import { runHandler } from '../runtime/define-function';
import { FIXTURES, depsFor } from '../../test/sequences/harness';
import { searchSequences, searchSequencesInput } from './search-sequences';
import type { SequenceSearchPage } from '../sequences/types';

const { users: U } = FIXTURES;
let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.close());
beforeEach(() => {
  portal.reset();
  portal.resetFaults();
});

const run = (params: Record<string, string>) => runHandler(searchSequencesInput, searchSequences, { userId: U.rep.userId, ...params }, depsFor(portal));

async function ok(params: Record<string, string>): Promise<SequenceSearchPage> {
  const res = await run(params);
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.data;
}

describe('search-sequences against the emulated portal', () => {
  it('pages through every sequence with the cursor, one request per page', async () => {
    const first = await ok({ limit: '3' });
    expect(first.results).toHaveLength(3);
    expect(first.total).toBe(7);
    expect(first.nextAfter).toBeDefined();
    const seen = [...first.results];
    let after = first.nextAfter;
    while (after) {
      const page = await ok({ limit: '3', after });
      seen.push(...page.results);
      after = page.nextAfter;
    }
    expect(new Set(seen.map((s) => s.id)).size).toBe(7);
    expect(portal.calls).toHaveLength(3);
    expect(seen.find((s) => s.id === FIXTURES.sequences.outboundProspecting)?.folderId).toBe('7001');
  });

  it('accepts only what a HubSpot paging cursor can contain; anything else is INVALID_INPUT before any call', async () => {
    for (const after of ['a b', 'line\nbreak', '../../etc', '%2E%2E%2F', '%0A%0D', '3?limit=100', 'x&userId=1', '#frag', '%zz', 'é', 'x'.repeat(501)]) {
      expect([after, await run({ after })]).toMatchObject([after, { ok: false, error: { code: 'INVALID_INPUT', retryable: false } }]);
    }
    expect(portal.calls).toHaveLength(0);
    // Real cursor shapes pass through: digits (the portal's), base64, base64url, URL-encoded base64 (HubSpot's seed).
    for (const after of ['3', 'NA==', 'MTAw-_', 'NA%3D%3D', 'a+b/c=']) {
      const res = await run({ after });
      expect([after, res.ok || res.error.code]).not.toEqual([after, 'INVALID_INPUT']);
    }
  });

  it("filters by name on HubSpot's side (the name query parameter)", async () => {
    const page = await ok({ query: 'follow' });
    expect(page.results.map((r) => r.name).sort()).toEqual(['Inbound lead follow-up', 'Webinar attendees follow-up'].sort());
    expect(page.total).toBe(2);
    expect(page.nextAfter).toBeUndefined();
    expect(portal.calls[0].query.name).toBe('follow');
  });

  it('no match is an empty page, not an error', async () => {
    expect(await ok({ query: 'zzz-nothing' })).toEqual({ results: [], total: 0 });
  });

  it('rejects bad input before calling HubSpot', async () => {
    for (const params of <Record<string, string>[]>[{ limit: '0' }, { limit: '500' }, { limit: 'ten' }, { userId: 'me' }, { query: 'x'.repeat(201) }]) {
      expect(await run(params)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(portal.calls).toHaveLength(0);
  });
});
