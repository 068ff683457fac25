/**
 * npm run bench [-- --latency 100 --runs 7 --cold-runs 5 --out bench.json --only render,scaling,bundles]
 *
 * Benchmarks against the emulated portal with an added latency per HubSpot call (portal fault
 * `latencyMs`):
 *   1. card first render: HubSpot calls, sequential round trips (from the portal's call log), median
 *      wall time, next to a NAIVE baseline (one call after another, one call per workflow) measured
 *      in the same run;
 *   2. scaling: search-sequences, search-workflows, contact-workflows on portals of 10 / 1,000 /
 *      10,000 sequences and workflows, and a contact in 1 / 10 / 50 workflows;
 *   3. bundles: function bundle sizes, card bundle sizes (esbuild, react + ui-extensions included,
 *      minified), cold start of each function in a new node process, next to a BASELINE bundle that
 *      inlines all of @hubspot/api-client and classic zod.
 * Prints tables and PASS/MISS goals; writes the same figures as JSON to --out.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { FIXTURES } from '../portal/fixtures';
import { generatePortal } from '../portal/generate';
import { DEFAULT_TOKEN, startPortal, type Portal } from '../portal/server';
import type { PortalData } from '../portal/types';
import type { FunctionResult } from '../server/contract';
import { FUNCTION_UIDS, type FunctionUid } from '../server/registry';
import { CONTACT_PROPERTIES } from '../server/sequences/eligibility';
import { REPO_ROOT, argValue, fmtKB, fmtMs, loadFunction, makeDeps, median, roundTrips, table } from './lib';

const execFileP = promisify(execFile);
const argv = process.argv.slice(2);
const LATENCY = Number(argValue(argv, 'latency') ?? 100);
const RUNS = Number(argValue(argv, 'runs') ?? 7);
const COLD_RUNS = Math.max(5, Number(argValue(argv, 'cold-runs') ?? 5));
const OUT = argValue(argv, 'out');
const ONLY = new Set((argValue(argv, 'only') ?? 'render,scaling,bundles').split(','));
const U = FIXTURES.users;
const C = FIXTURES.contacts;

interface Goal { goal: string; figure: string; pass: boolean }
const goals: Goal[] = [];
const json: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, platform: `${os.platform()} ${os.arch()}`, loadavg: os.loadavg() },
  latencyMs: LATENCY,
  runs: RUNS,
};
const goal = (g: string, figure: string, pass: boolean) => goals.push({ goal: g, figure, pass });

// Every run gets its own token, so its own client-side limiter, as one fresh function execution has.
const TOKENS = Array.from({ length: 2000 }, (_, i) => `bench-token-${i}`);
let tokenIndex = 0;
const nextToken = () => TOKENS[tokenIndex++ % TOKENS.length];
const tokensConfig = Object.fromEntries([DEFAULT_TOKEN, ...TOKENS].map((t) => [t, { scopes: '*' as const }]));

async function portalWith(data: PortalData | undefined, latencyMs = LATENCY): Promise<Portal> {
  return startPortal({ data, tokens: tokensConfig, faults: { latencyMs }, rateLimit: { per10s: 1_000_000, daily: 100_000_000 } });
}

/** One execution of a function's handler (validated input, fresh deps and deadline), as `main` does. */
async function runOurs(portal: Portal, uid: FunctionUid, params: Record<string, string>): Promise<{ ms: number; result: FunctionResult<unknown> }> {
  const fn = loadFunction(uid);
  const t0 = performance.now();
  const result = (await fn.runHandler(fn.schema, fn.handler as never, params, () => makeDeps(portal.url, nextToken(), { createClient: fn.createClient }))) as FunctionResult<unknown>;
  return { ms: performance.now() - t0, result };
}

interface Measured { calls: number; roundTrips: number; ms: number; okRuns: number; runs: number }

/** Warm-up once, then `runs` measured runs; calls and round trips from the portal's log (median per run). */
async function measure(portal: Portal, runs: number, fn: () => Promise<{ ok: boolean }>, warmup = true): Promise<Measured> {
  if (warmup) await fn();
  const ms: number[] = [], calls: number[] = [], rts: number[] = [];
  let okRuns = 0;
  for (let i = 0; i < runs; i++) {
    portal.clearCalls();
    const t0 = performance.now();
    const r = await fn();
    ms.push(performance.now() - t0);
    calls.push(portal.calls.length);
    rts.push(roundTrips(portal.calls));
    if (r.ok) okRuns++;
  }
  return { calls: median(calls), roundTrips: median(rts), ms: median(ms), okRuns, runs };
}

// ------------------------------------------------------------------------------------------------
// Naive baselines: one HubSpot call after another (plain fetch, no validation: if anything, faster per call).

async function get(portal: Portal, p: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${portal.url}${p}`, { headers: { authorization: `Bearer ${DEFAULT_TOKEN}`, accept: 'application/json' } });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
async function post(portal: Portal, p: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${portal.url}${p}`, {
    method: 'POST', body: JSON.stringify(body),
    headers: { authorization: `Bearer ${DEFAULT_TOKEN}`, accept: 'application/json', 'content-type': 'application/json' },
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** Sequences card, naive: contact, then its enrollment, then the sequence. */
async function naiveSequenceStatus(portal: Portal, contactId: string, userId: string): Promise<{ ok: boolean }> {
  const contact = await get(portal, `/crm/v3/objects/contacts/${contactId}?properties=${CONTACT_PROPERTIES.join(',')}`);
  const enrollment = await get(portal, `/automation/sequences/2026-03/enrollments/contact/${contactId}`);
  const sequenceId = (enrollment.body as { sequenceId?: string } | undefined)?.sequenceId;
  if (enrollment.status === 200 && sequenceId) await get(portal, `/automation/sequences/2026-03/${sequenceId}?userId=${userId}`);
  return { ok: contact.status === 200 };
}

/** Workflows card, naive: the v2 list, then per workflow one id-mapping call and one GET of the flow. */
async function naiveContactWorkflows(portal: Portal, contactId: string): Promise<{ ok: boolean }> {
  const list = await get(portal, `/automation/v2/workflows/enrollments/contacts/${contactId}`);
  for (const w of (list.body as { id: number }[]) ?? []) {
    const m = await post(portal, '/automation/v4/workflow-id-mappings/batch/read', { inputs: [{ type: 'WORKFLOW_ID', workflowId: String(w.id) }] });
    const flowId = (m.body as { results?: { flowId: number }[] })?.results?.[0]?.flowId;
    if (flowId !== undefined) await get(portal, `/automation/v4/flows/${flowId}`);
  }
  return { ok: list.status === 200 };
}

// ------------------------------------------------------------------------------------------------
// 1. Card first render

async function cardFirstRender(): Promise<void> {
  console.log(`\n## Card first render (latency ${LATENCY} ms per HubSpot call, median of ${RUNS} runs)\n`);
  // A contact in 10 workflows: generated portal, first generated contact.
  const data = generatePortal({ sequences: 10, flows: 200, contacts: 3, workflowsPerContact: 10, seed: 3 });
  const in10 = '5000000';
  const portal = await portalWith(data);
  const scenarios: { card: string; uid: FunctionUid; label: string; params: Record<string, string>; naive: () => Promise<{ ok: boolean }> }[] = [
    { card: 'Sequences', uid: 'contact-sequence-status' as FunctionUid, label: 'enrolled contact', params: { contactId: C.enrolled, userId: U.rep.userId },
      naive: () => naiveSequenceStatus(portal, C.enrolled, U.rep.userId) },
    { card: 'Sequences', uid: 'contact-sequence-status' as FunctionUid, label: 'not-enrolled contact', params: { contactId: C.notEnrolled, userId: U.rep.userId },
      naive: () => naiveSequenceStatus(portal, C.notEnrolled, U.rep.userId) },
    { card: 'Workflows', uid: 'contact-workflows' as FunctionUid, label: `contact in ${portal.state.workflowIdsOf(in10).length} workflows`, params: { contactId: in10 },
      naive: () => naiveContactWorkflows(portal, in10) },
  ];
  const rows: (string | number)[][] = [];
  const out: unknown[] = [];
  try {
    for (const s of scenarios) {
      // Interleaved: ours and naive alternate, so noise from other processes hits both alike.
      const oursOnce = async () => ({ ok: (await runOurs(portal, s.uid, s.params)).result.ok });
      await oursOnce();
      await s.naive();
      const o: Measured[] = [], n: Measured[] = [];
      for (let i = 0; i < RUNS; i++) {
        o.push(await measure(portal, 1, oursOnce, false));
        n.push(await measure(portal, 1, s.naive, false));
      }
      const merge = (ms: Measured[]): Measured => ({
        calls: median(ms.map((m) => m.calls)), roundTrips: median(ms.map((m) => m.roundTrips)), ms: median(ms.map((m) => m.ms)),
        okRuns: ms.reduce((a, m) => a + m.okRuns, 0), runs: ms.length,
      });
      const ours = merge(o), naive = merge(n);
      const ideal = LATENCY * ours.roundTrips;
      const vsIdeal = ours.ms / ideal;
      const ratio = naive.ms / ours.ms;
      rows.push([`${s.card}: ${s.uid}`, s.label, ours.calls, ours.roundTrips, fmtMs(ours.ms), `${vsIdeal.toFixed(2)}×`, naive.calls, naive.roundTrips, fmtMs(naive.ms), `${ratio.toFixed(1)}×`]);
      out.push({ card: s.card, uid: s.uid, scenario: s.label, ours: { ...ours, vsLatencyTimesRoundTrips: vsIdeal }, naive, naiveOverOurs: ratio, okRuns: ours.okRuns });
      goal(`${s.card} card first render (${s.label}) ≤ 2 sequential round trips`, `${ours.roundTrips} round trips, ${ours.calls} calls`, ours.roundTrips <= 2);
      goal(`${s.card} card first render (${s.label}) ≤ 1.2 × latency × round trips`, `${fmtMs(ours.ms)} = ${vsIdeal.toFixed(2)} × ${fmtMs(ideal)}`, vsIdeal <= 1.2);
      if (s.card === 'Workflows') goal(`naive/ours ≥ 2 for the workflows card (${s.label})`, `${ratio.toFixed(1)}× (${fmtMs(naive.ms)} vs ${fmtMs(ours.ms)})`, ratio >= 2);
      if (ours.okRuns < ours.runs) console.log(`  note: ${s.uid} answered ok in only ${ours.okRuns}/${ours.runs} runs`);
    }
  } finally {
    await portal.close();
  }
  console.log(table(['card: function', 'scenario', 'calls', 'round trips', 'ours (median)', 'ours / (latency×RT)', 'naive calls', 'naive RT', 'naive (median)', 'naive / ours'], rows));
  json.cardFirstRender = out;
}

// ------------------------------------------------------------------------------------------------
// 2. Scaling

async function scaling(): Promise<void> {
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
      const cases: { uid: FunctionUid; params: Record<string, string>; what: string }[] = [
        { uid: 'search-sequences', params: { userId: U.rep.userId, query: 'renewal' }, what: '"renewal"' },
        { uid: 'search-workflows', params: { query: 'renewal' }, what: '"renewal"' },
        { uid: 'contact-workflows', params: { contactId }, what: `contact in ${portal.state.workflowIdsOf(contactId).length} workflows` },
      ];
      for (const c of cases) {
        let last: FunctionResult<unknown> | undefined;
        const m = await measure(portal, runs, async () => {
          last = (await runOurs(portal, c.uid, c.params)).result;
          return { ok: last.ok };
        });
        const note = describeResult(c.uid, last);
        rows.push([c.uid, n.toLocaleString('en-US'), c.what, m.calls, m.roundTrips, fmtMs(m.ms), note]);
        out.push({ uid: c.uid, portalSize: n, scenario: c.what, ...m, note });
        (byFn[c.uid] ??= {})[n] = m.ms;
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
  for (const uid of ['search-sequences', 'search-workflows']) {
    const r = byFn[uid][10_000] / byFn[uid][10];
    goal(`${uid} at 10,000 within 1.5× of at 10`, `${fmtMs(byFn[uid][10_000])} vs ${fmtMs(byFn[uid][10])} (${r.toFixed(2)}×)`, r <= 1.5);
  }
}

function describeResult(uid: FunctionUid, r: FunctionResult<unknown> | undefined): string {
  if (!r) return 'n/a';
  if (!r.ok) return `error ${r.error.code}`;
  const d = r.data as Record<string, unknown>;
  if (uid === 'search-sequences') return `${(d.results as unknown[] | undefined)?.length ?? '?'} results of total ${d.total ?? '?'}`;
  if (uid === 'search-workflows') return `${(d.results as unknown[]).length} results${d.truncated ? ', TRUNCATED (listing cut at MAX_PAGES)' : ''}`;
  if (uid === 'contact-workflows') return `${(d.workflows as unknown[]).length} workflows`;
  return 'ok';
}

// ------------------------------------------------------------------------------------------------
// 3. Bundles and cold start

const FUNCTIONS_DIR = path.join(REPO_ROOT, 'src', 'app', 'functions');
const CARDS_DIR = path.join(REPO_ROOT, 'src', 'app', 'cards');

/** Apparent size of a package and its whole production dependency tree, as installed. */
function installedSize(pkg: string, from = REPO_ROOT, seen = new Map<string, number>()): Map<string, number> {
  let dir: string;
  try {
    dir = path.dirname(require.resolve(`${pkg}/package.json`, { paths: [from] }));
  } catch {
    return seen;
  }
  if (seen.has(dir)) return seen;
  seen.set(dir, dirSize(dir, true));
  const json = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const dep of Object.keys(json.dependencies ?? {})) installedSize(dep, dir, seen);
  return seen;
}
function dirSize(dir: string, skipNestedModules = false): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (skipNestedModules && e.name === 'node_modules') continue; // nested deps are counted as packages
      total += dirSize(p);
    } else if (e.isFile()) total += fs.statSync(p).size;
  }
  return total;
}

/** The baseline: our function source plus ALL of @hubspot/api-client and classic zod, inlined, loaded eagerly. */
async function buildBaseline(uid: string): Promise<string> {
  const source = path.join(REPO_ROOT, 'server', 'functions', `${uid}.ts`).replace(/\\/g, '/');
  const result = await esbuild.build({
    stdin: {
      contents: [
        `export * from ${JSON.stringify(source)};`,
        `import * as classicZod from 'zod';`,
        `import * as apiClient from '@hubspot/api-client';`,
        `globalThis.__baselineKeep = [classicZod, apiClient];`,
      ].join('\n'),
      resolveDir: REPO_ROOT,
      sourcefile: `baseline-${uid}.ts`,
      loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, minify: false, legalComments: 'none', logLevel: 'silent',
    absWorkingDir: REPO_ROOT,
  });
  return result.outputFiles[0].text;
}

async function buildCard(entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2020', jsx: 'automatic', write: false,
    define: { 'process.env.NODE_ENV': '"production"' }, legalComments: 'none', logLevel: 'silent', absWorkingDir: REPO_ROOT,
    nodePaths: [path.join(REPO_ROOT, 'node_modules')],
  });
  return result.outputFiles[0].text;
}

const CHILD = `
const t0 = process.hrtime.bigint();
const m = require(process.env.BENCH_BUNDLE);
const t1 = process.hrtime.bigint();
if (process.env.BENCH_REQUIRE_ONLY) { process.stdout.write(JSON.stringify({ requireMs: Number(t1 - t0) / 1e6 })); process.exit(0); }
Promise.resolve(m.main({ parameters: JSON.parse(process.env.BENCH_PARAMS) })).then((r) => {
  const t2 = process.hrtime.bigint();
  process.stdout.write(JSON.stringify({ requireMs: Number(t1 - t0) / 1e6, totalMs: Number(t2 - t0) / 1e6, ok: r && r.ok, code: r && !r.ok ? r.error.code : undefined }));
  process.exit(0);
}, (e) => { process.stdout.write(JSON.stringify({ error: String(e) })); process.exit(0); });
`;

async function coldRun(bundle: string, portal: Portal, params: Record<string, string>, requireOnly: boolean): Promise<{ requireMs: number; totalMs?: number; ok?: boolean; code?: string; error?: string }> {
  const { stdout } = await execFileP(process.execPath, ['-e', CHILD], {
    env: {
      PATH: process.env.PATH, NODE_PATH: path.join(REPO_ROOT, 'node_modules'), BENCH_BUNDLE: bundle, BENCH_PARAMS: JSON.stringify(params),
      HUBSPOT_API_BASE_URL: portal.url, PRIVATE_APP_ACCESS_TOKEN: DEFAULT_TOKEN, ...(requireOnly ? { BENCH_REQUIRE_ONLY: '1' } : {}),
    },
    timeout: 30_000,
  });
  return JSON.parse(stdout);
}

async function bundles(): Promise<void> {
  console.log(`\n## Bundles and cold start (new node process: require + first main against the portal with NO added latency; median of ${COLD_RUNS})\n`);
  const uids = [...FUNCTION_UIDS].sort();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-baseline-'));
  // Fresh contacts for the enrollments (each cold run enrolls a different one).
  const data = generatePortal({ sequences: 10, flows: 100, contacts: 4 * COLD_RUNS + 8, workflowsPerContact: 0, seed: 13 });
  const portal = await portalWith(data, 0);
  let fresh = 0;
  const nextContact = () => String(5_000_000 + fresh++);
  const paramsFor = (uid: string): Record<string, string> => {
    switch (uid) {
      case 'contact-sequence-status': return { contactId: C.enrolled, userId: U.rep.userId };
      case 'search-sequences': return { userId: U.rep.userId, query: 'follow' };
      case 'get-sequence': return { userId: U.rep.userId, sequenceId: FIXTURES.sequences.simpleCall };
      case 'enroll-in-sequence': return { contactId: nextContact(), sequenceId: FIXTURES.sequences.inboundFollowUp, userId: U.rep.userId, senderEmail: U.rep.email };
      case 'contact-workflows': return { contactId: C.inWorkflows };
      case 'search-workflows': return { query: 'welcome' };
      case 'get-workflow': return { flowId: FIXTURES.flows.welcome };
      case 'enroll-in-workflow': return { contactId: nextContact(), flowId: '700000001' };
      case 'action-type-catalog': return { query: 'delay' };
      default: return {};
    }
  };
  const rows: (string | number)[][] = [];
  const out: unknown[] = [];
  try {
    for (const uid of uids) {
      const bundle = path.join(FUNCTIONS_DIR, `${uid}.js`);
      const size = fs.statSync(bundle).size;
      const baselineCode = await buildBaseline(uid);
      const baseline = path.join(tmp, `${uid}.js`);
      fs.writeFileSync(baseline, baselineCode);
      const samples = { ours: [] as number[], oursReq: [] as number[], base: [] as number[], baseReq: [] as number[] };
      const notes = new Set<string>();
      // Interleaved ours/baseline, so machine noise hits both alike.
      for (let i = 0; i < COLD_RUNS; i++) {
        const o = await coldRun(bundle, portal, paramsFor(uid), false);
        const b = await coldRun(baseline, portal, paramsFor(uid), false);
        const oR = await coldRun(bundle, portal, {}, true);
        const bR = await coldRun(baseline, portal, {}, true);
        for (const [r, who] of [[o, 'ours'], [b, 'baseline']] as const) {
          if (r.error) notes.add(`${who} threw: ${r.error}`);
          else if (!r.ok) notes.add(`${who} answered ${r.code}`);
        }
        samples.ours.push(o.totalMs ?? NaN); samples.base.push(b.totalMs ?? NaN);
        samples.oursReq.push(oR.requireMs); samples.baseReq.push(bR.requireMs);
      }
      const r = {
        uid, bundleBytes: size, gzipBytes: zlib.gzipSync(fs.readFileSync(bundle)).length, baselineBytes: Buffer.byteLength(baselineCode),
        coldStartMs: median(samples.ours), requireMs: median(samples.oursReq), baselineColdStartMs: median(samples.base), baselineRequireMs: median(samples.baseReq),
        notes: [...notes],
      };
      out.push(r);
      rows.push([uid, fmtKB(r.bundleBytes), fmtKB(r.baselineBytes), fmtMs(r.requireMs), fmtMs(r.coldStartMs), fmtMs(r.baselineRequireMs), fmtMs(r.baselineColdStartMs), r.notes.join('; ')]);
      goal(`${uid} bundle ≤ 150 KB`, fmtKB(r.bundleBytes), r.bundleBytes <= 150 * 1024);
      goal(`${uid} cold start ≤ 100 ms`, `${fmtMs(r.coldStartMs)} (require ${fmtMs(r.requireMs)})`, r.coldStartMs <= 100);
    }
  } finally {
    await portal.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  // The floor: a bare node process whose only work is one fetch() to the portal (Node loads undici on first use).
  const floor: number[] = [];
  const portal2 = await portalWith(undefined, 0);
  try {
    for (let i = 0; i < COLD_RUNS; i++) {
      const { stdout } = await execFileP(process.execPath, ['-e',
        `const t0 = process.hrtime.bigint(); fetch(process.env.U + '/automation/v4/flows?limit=1', { headers: { authorization: 'Bearer ${DEFAULT_TOKEN}' } }).then((r) => r.text()).then(() => process.stdout.write(String(Number(process.hrtime.bigint() - t0) / 1e6)));`,
      ], { env: { PATH: process.env.PATH, U: portal2.url } });
      floor.push(Number(stdout));
    }
  } finally {
    await portal2.close();
  }
  rows.push(['(floor: bare node, one fetch)', '', '', '', fmtMs(median(floor)), '', '', 'what any function pays for its first HTTP call']);
  console.log(table(['function', 'bundle', 'baseline bundle', 'require', 'cold start', 'baseline require', 'baseline cold start', 'notes'], rows));
  json.functions = out;
  json.coldStartFloorMs = median(floor);

  const apiClient = installedSize('@hubspot/api-client');
  const apiClientBytes = [...apiClient.values()].reduce((a, b) => a + b, 0);
  // What the lazy require('@hubspot/api-client') costs the functions that read a contact.
  const reqMs: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const { stdout } = await execFileP(process.execPath, ['-e', `const t0 = process.hrtime.bigint(); require('@hubspot/api-client'); process.stdout.write(String(Number(process.hrtime.bigint() - t0) / 1e6));`], {
      env: { PATH: process.env.PATH, NODE_PATH: path.join(REPO_ROOT, 'node_modules') }, cwd: REPO_ROOT,
    });
    reqMs.push(Number(stdout));
  }
  console.log(`\n@hubspot/api-client (external, installed by HubSpot from src/app/functions/package.json): ${(apiClientBytes / 1024 / 1024).toFixed(1)} MB on disk with its ${apiClient.size - 1} dependencies; require() alone in a new process: ${fmtMs(median(reqMs))} (median of ${COLD_RUNS}). Only the functions that read a contact load it (lazily, on first contacts.get).`);
  json.apiClientInstalled = { bytes: apiClientBytes, packages: apiClient.size, requireMs: median(reqMs) };

  const cards = fs.readdirSync(CARDS_DIR).filter((f) => /Card\.tsx$/.test(f)).sort();
  const cardRows: (string | number)[][] = [];
  const cardOut: unknown[] = [];
  for (const f of cards) {
    try {
      const code = await buildCard(path.join(CARDS_DIR, f));
      const gz = zlib.gzipSync(code).length;
      cardRows.push([f, fmtKB(Buffer.byteLength(code)), fmtKB(gz)]);
      cardOut.push({ card: f, minifiedBytes: Buffer.byteLength(code), gzipBytes: gz });
    } catch (err) {
      cardRows.push([f, 'build failed', String(err).split('\n')[0]]);
      cardOut.push({ card: f, error: String(err) });
    }
  }
  console.log('\nCard bundles (esbuild, react + @hubspot/ui-extensions included, minified; an estimate of what HubSpot ships):\n');
  console.log(table(['card', 'minified', 'gzip'], cardRows));
  json.cards = cardOut;
}

// ------------------------------------------------------------------------------------------------

async function mainBench(): Promise<void> {
  console.log(`bench: ${json.date}, ${os.cpus().length} cores (${os.cpus()[0]?.model}), node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  // The functions log their faults; none are expected here, keep them visible but short.
  if (ONLY.has('render')) await cardFirstRender();
  if (ONLY.has('scaling')) await scaling();
  if (ONLY.has('bundles')) await bundles();
  console.log('\n## Goals\n');
  console.log(table(['', 'goal', 'figure'], goals.map((g) => [g.pass ? 'PASS' : 'MISS', g.goal, g.figure])));
  json.goals = goals;
  if (OUT) {
    fs.writeFileSync(OUT, JSON.stringify(json, null, 2) + '\n');
    console.log(`\nwrote ${OUT}`);
  }
}

mainBench().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
