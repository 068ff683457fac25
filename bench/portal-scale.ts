/**
 * `npm run bench -- --only portal-scale`: how many record views one portal serves within HubSpot's limit.
 *
 * Simulated reps open contact records at rising rates. One record view = both cards' first render, at
 * once: the Sequences card (`contact-sequence-status`, with `propertiesToSend` as HubSpot sends them:
 * the card's list plus HubSpot's sequence properties) and the Workflows card (`contact-workflows`).
 * The mix: 200 contacts, 30 % in a sequence (60, each in one of 20 sequences with an email step), each in
 * 0–10 workflows (uniform). Views arrive evenly spaced (a team of reps each opening a record at a steady
 * pace), each on a random contact: the same seeded order at every rate and for every variant. The
 * emulated portal enforces HubSpot's per-account limit, 190 calls per rolling 10 s (portal/rate-limit.ts),
 * on the one token every view shares; every call costs 100 ms.
 *
 * Time: a simulated clock runs `--time-scale` (default 5) times faster than real time, and everything that
 * measures time reads it: the portal's rate limiter, the functions' client (limiter, Retry-After sleeps,
 * deadlines) and the names cache; the portal's 100 ms per call is 100 / scale real ms. Each rate runs 30
 * simulated seconds (3 windows), after 10 quiet seconds that let the window drain. The search: 5 views per
 * 10 s first (calls per view), then from a little below 190 ÷ that, up by 5 until the first 429. CPU time is scaled too, so
 * p95 (simulated ms) is an upper bound of what the same load would see at scale 1.
 *
 * Variants, in the same run, on the same portal:
 *   - ours: the functions on this branch, warm containers (template names cached, 5 min);
 *   - before: the same functions without HubSpot's sequence properties in `propertiesToSend` and with a
 *     cold names cache at every view (the call pattern before issue 19);
 *   - naive: the obvious per-card approach (bench/card-first-render.ts): Sequences card reads the contact,
 *     then its enrollment, then the sequence; Workflows card lists the contact's workflows, then maps
 *     and reads each one, one call after another.
 */
import { FIXTURES } from '../portal/fixtures';
import { generatePortal } from '../portal/generate';
import { prng } from '../portal/prng';
import { DEFAULT_TOKEN, startPortal } from '../portal/server';
import type { CallRecord } from '../portal/types';
import type { FunctionResult } from '../server/contract';
import { createClientState } from '../server/hubspot/client-state';
import { createNameCache, type NameCache } from '../server/names/cache';
import type { FunctionDeps } from '../server/runtime/define-function';
import { SEQUENCE_PROPERTIES_TO_SEND, WORKFLOW_PROPERTIES_TO_SEND } from '../src/app/cards/shared/properties-to-send';
import { naiveContactWorkflows, naiveSequenceStatus } from './card-first-render';
import { goal, json, propertiesToSendOf, SEQUENCE_CARD_PROPERTIES } from './context';
import { argValue, fmtMs, loadFunction, percentile, table } from './lib';

const argv = process.argv.slice(2);
const SCALE = Number(argValue(argv, 'time-scale') ?? 5);
const LATENCY_MS = 100;
const LIMIT_PER_10S = 190;
const STEP_MS = 30_000;
const DRAIN_MS = 10_000;
const CONTACTS = 200;
const SEQUENCES = 20;
const U = FIXTURES.users;

type Variant = 'ours' | 'before' | 'naive';

interface Step {
  viewsPer10s: number;
  views: number;
  calls: number;
  rateLimited: number;
  failedViews: number;
  p95Ms: number;
  callsByKind: Record<string, number>;
}

/** The simulated clock: starts at real now, runs SCALE times faster. */
function simClock() {
  const t0 = Date.now();
  const p0 = performance.now();
  return { now: () => t0 + (performance.now() - p0) * SCALE, sleep: (simMs: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, simMs / SCALE))) };
}

export async function portalScale(): Promise<void> {
  console.log(`\n## Portal scale (HubSpot's limit ${LIMIT_PER_10S} calls / 10 s enforced, ${LATENCY_MS} ms per call, simulated clock × ${SCALE}, ${STEP_MS / 1000} s per rate)\n`);
  const clock = simClock();
  const rand = prng(19);
  const data = generatePortal({ sequences: SEQUENCES, flows: 300, contacts: CONTACTS, workflowsPerContact: 0, seed: 19 });
  const contacts = data.contacts.filter((c) => c.id.startsWith('5'));
  const legacy = data.legacyWorkflows.filter((w) => w.enabled && w.workflowId >= 20_000_000);
  for (const c of contacts) {
    const n = Math.floor(rand() * 11); // 0–10 workflows
    for (let k = 0; k < n; k++)
      data.workflowMemberships.push({ contactId: c.id, workflowId: legacy[(Number(c.id) * 7 + k * 13) % legacy.length].workflowId, enrolledAt: c.createdAt });
  }
  const generated = data.sequences.filter((s) => s.id.startsWith('3'));
  for (const s of generated) {
    const templateId = s.steps[0].emailPattern!.templateId;
    data.emailTemplates.push({ ...data.emailTemplates[0], id: templateId, name: `${s.name} – intro` });
  }
  const portal = await startPortal({
    data,
    clock: clock.now,
    faults: { latencyMs: LATENCY_MS / SCALE },
    rateLimit: { per10s: LIMIT_PER_10S, daily: 100_000_000 },
    tokens: { [DEFAULT_TOKEN]: { scopes: '*' } },
  });
  // 30 % of the contacts in a sequence, through the portal's own enrollment (it sets HubSpot's sequence properties).
  const rep = portal.state.usersById.get(U.rep.userId)!;
  const shuffled = contacts.map((c) => ({ c, k: rand() })).sort((a, b) => a.k - b.k);
  const enrolled = shuffled.slice(0, Math.round(0.3 * contacts.length)).map(({ c }) => c);
  for (const c of enrolled) portal.state.enrollInSequence(portal.state.contactsById.get(c.id)!, generated[Math.floor(rand() * generated.length)], rep, rep.email);
  // Every step (every variant, every rate) opens the same contacts in the same order: the variants meet the same views.
  const contactPicker = () => {
    const pick = prng(1919);
    return () => contacts[Math.floor(pick() * contacts.length)].id;
  };

  const status = loadFunction('contact-sequence-status');
  const workflows = loadFunction('contact-workflows');
  const warmCache = createNameCache({ now: clock.now });
  const depsFor = (nameCache: NameCache): FunctionDeps => {
    const deadlineAt = clock.now() + 11_000;
    const hubspot = status.createClient({ baseUrl: portal.url, accessToken: DEFAULT_TOKEN, deadlineAt, now: clock.now, sleep: clock.sleep, state: createClientState() });
    return { hubspot, now: () => new Date(clock.now()), deadlineAt, nameCache };
  };
  const run = async (fn: typeof status, params: Record<string, string>, props: Record<string, string | null> | undefined, cache: NameCache) =>
    (await fn.runHandler(fn.schema, fn.handler as never, params, depsFor(cache), props)) as FunctionResult<unknown>;

  const views: Record<Variant, (contactId: string) => Promise<boolean>> = {
    ours: async (contactId) => {
      const [a, b] = await Promise.all([
        run(status, { contactId, userId: U.rep.userId }, propertiesToSendOf(portal, contactId, SEQUENCE_CARD_PROPERTIES), warmCache),
        run(workflows, { contactId }, propertiesToSendOf(portal, contactId, WORKFLOW_PROPERTIES_TO_SEND), warmCache),
      ]);
      return a.ok && b.ok;
    },
    before: async (contactId) => {
      const [a, b] = await Promise.all([
        run(status, { contactId, userId: U.rep.userId }, propertiesToSendOf(portal, contactId, SEQUENCE_PROPERTIES_TO_SEND), createNameCache({ now: clock.now })),
        run(workflows, { contactId }, propertiesToSendOf(portal, contactId, WORKFLOW_PROPERTIES_TO_SEND), warmCache),
      ]);
      return a.ok && b.ok;
    },
    naive: async (contactId) => {
      const [a, b] = await Promise.all([naiveSequenceStatus(portal, contactId, U.rep.userId), naiveContactWorkflows(portal, contactId)]);
      return a.ok && b.ok;
    },
  };

  /** One rate for STEP_MS simulated: views evenly spaced, each awaited in the background. */
  async function step(variant: Variant, viewsPer10s: number): Promise<Step> {
    await clock.sleep(DRAIN_MS); // the rolling window empties
    portal.clearCalls();
    const pickContact = contactPicker();
    const count = Math.round((viewsPer10s * STEP_MS) / 10_000);
    const gapSim = 10_000 / viewsPer10s;
    const start = clock.now();
    const pending: Promise<{ ok: boolean; ms: number }>[] = [];
    for (let i = 0; i < count; i++) {
      const wait = start + i * gapSim - clock.now();
      if (wait > 0) await clock.sleep(wait);
      const t = clock.now();
      pending.push(
        views[variant](pickContact()).then(
          (ok) => ({ ok, ms: clock.now() - t }),
          () => ({ ok: false, ms: clock.now() - t }),
        ),
      );
    }
    const done = await Promise.all(pending);
    const calls = portal.calls;
    return {
      viewsPer10s,
      views: count,
      calls: calls.length,
      rateLimited: calls.filter((c) => c.status === 429).length,
      failedViews: done.filter((d) => !d.ok).length,
      p95Ms: percentile(
        done.map((d) => d.ms),
        95,
      ),
      callsByKind: countByKind(calls),
    };
  }

  const out: Record<string, unknown> = {};
  const rows: (string | number)[][] = [];
  try {
    for (const variant of ['ours', 'before', 'naive'] as const) {
      const steps: Step[] = [];
      const runAt = async (rate: number) => {
        const s = await step(variant, rate);
        steps.push(s);
        console.log(
          `  ${variant.padEnd(6)} ${String(rate).padStart(3)} views/10 s: ${(s.calls / s.views).toFixed(2)} calls/view, ${s.rateLimited} rate-limited, p95 ${fmtMs(s.p95Ms)}`,
        );
        return s;
      };
      // A low rate first gives the calls per view; the search starts a little below where they would meet the
      // limit, rises by 5 views per 10 s until HubSpot answers 429, and steps down while it does.
      const probe = await runAt(5);
      let rate = Math.max(10, Math.floor(LIMIT_PER_10S / (probe.calls / probe.views) / 5) * 5 - 10);
      let s = await runAt(rate);
      if (s.rateLimited === 0) while (s.rateLimited === 0 && rate < 300) s = await runAt((rate += 5));
      else while (s.rateLimited > 0 && rate > 5) s = await runAt((rate -= 5));
      steps.sort((a, b) => a.viewsPer10s - b.viewsPer10s);
      const ok = [...steps].reverse().find((s) => s.rateLimited === 0);
      const at = ok ?? steps[0];
      const figures = {
        callsPerRecordView: round2(at.calls / at.views),
        sustainedViewsPer10s: ok?.viewsPer10s ?? 0,
        rateLimited: at.rateLimited,
        p95Ms: Math.round(at.p95Ms),
        failedViews: at.failedViews,
        firstRateLimited: steps.find((s) => s.rateLimited > 0)?.viewsPer10s ?? null,
        callsPerViewByKind: Object.fromEntries(Object.entries(at.callsByKind).map(([k, v]) => [k, round2(v / at.views)])),
        steps: steps.map(({ callsByKind: _, ...s }) => s),
      };
      out[variant] = figures;
      rows.push([
        variant,
        figures.callsPerRecordView,
        figures.sustainedViewsPer10s,
        figures.rateLimited,
        fmtMs(figures.p95Ms),
        figures.firstRateLimited ?? '–',
        Object.entries(figures.callsPerViewByKind)
          .map(([k, v]) => `${k} ${v}`)
          .join(', '),
      ]);
    }
  } finally {
    await portal.close();
  }
  console.log(table(['variant', 'calls / view', 'sustained views / 10 s', 'rate-limited', 'p95 (sim)', '429 from', 'calls per view by kind'], rows));

  const ours = out.ours as { callsPerRecordView: number; sustainedViewsPer10s: number; rateLimited: number; p95Ms: number; callsPerViewByKind: Record<string, number> };
  // The Workflows card in 1 round trip (migrationStatus.flowId, helper "realportal") drops the mapping call.
  const withFlowIds = round2(ours.callsPerRecordView - (ours.callsPerViewByKind.mapping ?? 0));
  json.portalScale = {
    ...ours,
    naive: out.naive,
    before: out.before,
    withMigrationFlowIds: {
      callsPerRecordView: withFlowIds,
      sustainedViewsPer10sEstimate: Math.floor(LIMIT_PER_10S / withFlowIds),
      note: 'estimate: ours minus the id-mapping calls',
    },
    setup: {
      contacts: CONTACTS,
      inSequence: enrolled.length,
      sequences: SEQUENCES,
      workflowsPerContact: '0–10 uniform',
      limitPer10s: LIMIT_PER_10S,
      latencyMs: LATENCY_MS,
      timeScale: SCALE,
      stepSimMs: STEP_MS,
    },
  };
  goal('calls per record view ≤ 3 (30 % in a sequence, 0–10 workflows)', `${ours.callsPerRecordView} (with migrationStatus.flowId: ${withFlowIds})`, ours.callsPerRecordView <= 3);
  goal(
    'sustained record views ≥ 60 per 10 s with 0 rate-limited answers',
    `${ours.sustainedViewsPer10s} per 10 s, ${ours.rateLimited} rate-limited (naive ${(out.naive as { sustainedViewsPer10s: number }).sustainedViewsPer10s})`,
    ours.sustainedViewsPer10s >= 60 && ours.rateLimited === 0,
  );
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Calls by what they are for, to say where a view's calls go. */
function countByKind(calls: CallRecord[]): Record<string, number> {
  const kinds: [string, RegExp][] = [
    ['enrollment', /\/enrollments\/contact\//],
    ['template', /\/email-templates\//],
    ['sequence', /\/sequences\/[^/]+\/\d+$/],
    ['contact', /\/objects\/contacts\//],
    ['workflowList', /\/automation\/v2\/workflows\/enrollments\/contacts\//],
    ['mapping', /workflow-id-mappings/],
    ['flow', /\/automation\/v4\/flows\/\d+$/],
  ];
  const out: Record<string, number> = {};
  for (const c of calls) {
    const kind = kinds.find(([, re]) => re.test(c.path))?.[0] ?? 'other';
    out[kind] = (out[kind] ?? 0) + 1;
  }
  return out;
}
