/** Benchmark 2: search, the workflow picker and contact-workflows on portals of 10 / 1,000 / 10,000 sequences and workflows. */
import { FIXTURES } from '../portal/fixtures';
import { generatePortal } from '../portal/generate';
import type { FunctionResult } from '../server/contract';
import type { FunctionUid } from '../server/registry';
import { LATENCY, RUNS, goal, json, measure, portalWith, runOurs } from './context';
import { fmtKB, fmtMs, table } from './lib';
import { PROCESS_LEGACY_LIST_CACHE } from '../server/workflows/legacy-list-cache';

const U = FIXTURES.users;

// ------------------------------------------------------------------------------------------------
// 2. Scaling

export async function scaling(): Promise<void> {
  const runs = Math.max(3, Math.min(RUNS, 5));
  console.log(`\n## Scaling (latency ${LATENCY} ms per call, median of ${runs} runs)\n`);
  const rows: (string | number)[][] = [];
  const out: unknown[] = [];
  const byFn: Record<string, Record<number, number>> = {};
  for (const n of [10, 1_000, 10_000]) {
    const data = generatePortal({ sequences: n, flows: n, contacts: 2, workflowsPerContact: 10, seed: 5 });
    const portal = await portalWith(data);
    try {
      const contactId = '5000000';
      // The picker twice: a first opening in a new container (its list cache emptied before every run), and a
      // second opening in a warm one (the v3 list cached ≤ 60 s: server/workflows/legacy-list-cache.ts).
      const cases: { uid: FunctionUid; params: Record<string, string>; what: string; key: string; newContainer?: boolean }[] = [
        { uid: 'search-sequences', params: { userId: U.rep.userId, query: 'renewal' }, what: '"renewal"', key: 'search-sequences' },
        { uid: 'search-workflows', params: { contactId }, what: 'picker, first opening (new container)', key: 'picker-first', newContainer: true },
        { uid: 'search-workflows', params: { contactId }, what: 'picker, second opening (list cached ≤ 60 s)', key: 'picker-second' },
        { uid: 'contact-workflows', params: { contactId }, what: `contact in ${portal.state.workflowIdsOf(contactId).length} workflows`, key: 'contact-workflows' },
      ];
      for (const c of cases) {
        let last: FunctionResult<unknown> | undefined;
        const m = await measure(portal, runs, async () => {
          if (c.newContainer) PROCESS_LEGACY_LIST_CACHE.clear();
          last = (await runOurs(portal, c.uid, c.params)).result;
          return { ok: last.ok };
        });
        // What goes back to the card (HubSpot serializes the function's answer).
        const note = `${describeResult(c.uid, last)}; ${fmtKB(JSON.stringify(last ?? null).length)} to the card`;
        rows.push([c.uid, n.toLocaleString('en-US'), c.what, m.calls, m.roundTrips, fmtMs(m.ms), note]);
        out.push({ uid: c.uid, portalSize: n, scenario: c.what, ...m, note });
        (byFn[c.key] ??= {})[n] = m.ms;
        if (c.uid === 'search-workflows')
          goal(`opening the workflow picker at ${n.toLocaleString('en-US')} workflows ≤ 3 HubSpot calls (${c.key})`, `${m.calls} calls, ${m.roundTrips} round trips`, m.calls <= 3);
      }
    } finally {
      await portal.close();
    }
  }
  // A contact in 1, 10 and 50 workflows (portal of 1,000 workflows).
  for (const w of [1, 10, 50]) {
    const data = generatePortal({ sequences: 10, flows: 1_000, contacts: 2, workflowsPerContact: w, seed: 9 });
    const portal = await portalWith(data);
    try {
      const contactId = '5000000';
      let last: FunctionResult<unknown> | undefined;
      const m = await measure(portal, runs, async () => {
        last = (await runOurs(portal, 'contact-workflows', { contactId })).result;
        return { ok: last.ok };
      });
      const n = portal.state.workflowIdsOf(contactId).length;
      const note = describeResult('contact-workflows', last);
      rows.push(['contact-workflows', '1,000', `contact in ${n} workflows`, m.calls, m.roundTrips, fmtMs(m.ms), note]);
      out.push({ uid: 'contact-workflows', portalSize: 1000, workflowsOfContact: n, ...m, note });
    } finally {
      await portal.close();
    }
  }
  console.log(table(['function', 'portal size', 'scenario', 'calls', 'round trips', 'median', 'answer'], rows));
  json.scaling = out;
  // Same run, same latency: each ratio compares two rows of the table above.
  for (const key of ['search-sequences', 'picker-first', 'picker-second']) {
    const r = byFn[key][10_000] / byFn[key][10];
    goal(`${key} at 10,000 within 1.5× of at 10`, `${fmtMs(byFn[key][10_000])} vs ${fmtMs(byFn[key][10])} (${r.toFixed(2)}×)`, r <= 1.5);
  }
}

function describeResult(uid: FunctionUid, r: FunctionResult<unknown> | undefined): string {
  if (!r) return 'n/a';
  if (!r.ok) return `error ${r.error.code}`;
  const d = r.data as Record<string, unknown>;
  if (uid === 'search-sequences') return `${(d.results as unknown[] | undefined)?.length ?? '?'} results of total ${d.total ?? '?'}`;
  if (uid === 'search-workflows') return `${d.total} workflows, ${d.enrollableCount} enrollable`;
  if (uid === 'contact-workflows') return `${(d.workflows as unknown[]).length} workflows`;
  return 'ok';
}
