/** Benchmark 3: function and card bundle sizes, and the cold start of every function in a new node process. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import { FIXTURES } from '../portal/fixtures';
import { generatePortal } from '../portal/generate';
import { DEFAULT_TOKEN } from '../portal/server';
import { SEQUENCE_PROPERTIES_TO_SEND, WORKFLOW_PROPERTIES_TO_SEND } from '../src/app/cards/shared/properties-to-send';
import { FUNCTION_UIDS } from '../server/registry';
import { buildBaseline, buildCard, coldRun } from './bundle-tools';
import { COLD_RUNS, goal, json, portalWith, propertiesToSendOf } from './context';
import { REPO_ROOT, fmtKB, fmtMs, median, table } from './lib';

const execFileP = promisify(execFile);
/** The functions a card calls with propertiesToSend, and the properties it asks for (src/app/cards/shared/properties-to-send.ts). */
const CARD_SENDS: Record<string, string[]> = {
  'contact-sequence-status': SEQUENCE_PROPERTIES_TO_SEND,
  'enroll-in-sequence': SEQUENCE_PROPERTIES_TO_SEND,
  'enroll-in-workflow': WORKFLOW_PROPERTIES_TO_SEND,
  'search-workflows': WORKFLOW_PROPERTIES_TO_SEND,
  'unenroll-from-workflow': WORKFLOW_PROPERTIES_TO_SEND,
};
const U = FIXTURES.users;
const C = FIXTURES.contacts;

// ------------------------------------------------------------------------------------------------
// 3. Bundles and cold start

const FUNCTIONS_DIR = path.join(REPO_ROOT, 'src', 'app', 'functions');
const CARDS_DIR = path.join(REPO_ROOT, 'src', 'app', 'cards');

export async function bundles(): Promise<void> {
  console.log(`\n## Bundles and cold start (new node process: require + first main against the portal with NO added latency; median of ${COLD_RUNS})\n`);
  console.log(
    'Functions on the contact record get the propertiesToSend their card sends (as HubSpot passes them); the last column is their fallback without them (a contacts read).\n',
  );
  const uids = [...FUNCTION_UIDS].sort();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-baseline-'));
  // Fresh contacts for the enrollments and unenrollments (3 writes × 3 runs each per cold run).
  const data = generatePortal({ sequences: 10, flows: 100, contacts: 9 * COLD_RUNS + 8, workflowsPerContact: 0, seed: 13 });
  const portal = await portalWith(data, 0);
  let fresh = 0;
  const nextContact = () => String(5_000_000 + fresh++);
  // A fresh contact put in generated flow 700000001's legacy workflow, so each cold unenroll has one to remove.
  const memberOfFirstFlow = () => {
    const contactId = nextContact();
    portal.state.enrollInWorkflow(portal.state.contactsById.get(contactId)!, portal.state.legacyByFlowId.get('700000001')!);
    return contactId;
  };
  const paramsFor = (uid: string): Record<string, string> => {
    switch (uid) {
      case 'contact-sequence-status':
        return { contactId: C.enrolled, userId: U.rep.userId };
      case 'search-sequences':
        return { userId: U.rep.userId, query: 'follow' };
      case 'get-sequence':
        return { userId: U.rep.userId, sequenceId: FIXTURES.sequences.simpleCall };
      case 'enroll-in-sequence':
        return { contactId: nextContact(), sequenceId: FIXTURES.sequences.inboundFollowUp, userId: U.rep.userId, senderEmail: U.rep.email };
      case 'contact-workflows':
        return { contactId: C.inWorkflows };
      case 'search-workflows':
        return { contactId: C.inWorkflows };
      case 'unenroll-from-workflow':
        return { contactId: memberOfFirstFlow(), flowId: '700000001' };
      case 'get-workflow':
        return { flowId: FIXTURES.flows.welcome };
      case 'enroll-in-workflow':
        return { contactId: nextContact(), flowId: '700000001' };
      default:
        return {};
    }
  };
  const propsFor = (uid: string, params: Record<string, string>) => (CARD_SENDS[uid] ? propertiesToSendOf(portal, params.contactId, CARD_SENDS[uid]) : undefined);
  const rows: (string | number)[][] = [];
  const out: unknown[] = [];
  try {
    for (const uid of uids) {
      const bundle = path.join(FUNCTIONS_DIR, `${uid}.js`);
      const size = fs.statSync(bundle).size;
      const baselineCode = await buildBaseline(uid);
      const baseline = path.join(tmp, `${uid}.js`);
      fs.writeFileSync(baseline, baselineCode);
      const samples = { ours: [] as number[], oursReq: [] as number[], base: [] as number[], baseReq: [] as number[], oursRead: [] as number[] };
      const notes = new Set<string>();
      // Interleaved ours/baseline, so machine noise hits both alike.
      for (let i = 0; i < COLD_RUNS; i++) {
        const po = paramsFor(uid),
          pb = paramsFor(uid);
        const o = await coldRun(bundle, portal, po, false, propsFor(uid, po));
        const b = await coldRun(baseline, portal, pb, false, propsFor(uid, pb));
        if (CARD_SENDS[uid]) {
          const f = await coldRun(bundle, portal, paramsFor(uid), false);
          if (f.error) notes.add(`without propertiesToSend threw: ${f.error}`);
          else if (!f.ok) notes.add(`without propertiesToSend answered ${f.code}`);
          samples.oursRead.push(f.totalMs ?? NaN);
        }
        const oR = await coldRun(bundle, portal, {}, true);
        const bR = await coldRun(baseline, portal, {}, true);
        for (const [r, who] of [
          [o, 'ours'],
          [b, 'baseline'],
        ] as const) {
          if (r.error) notes.add(`${who} threw: ${r.error}`);
          else if (!r.ok) notes.add(`${who} answered ${r.code}`);
        }
        samples.ours.push(o.totalMs ?? NaN);
        samples.base.push(b.totalMs ?? NaN);
        samples.oursReq.push(oR.requireMs);
        samples.baseReq.push(bR.requireMs);
      }
      const r = {
        uid,
        bundleBytes: size,
        gzipBytes: zlib.gzipSync(fs.readFileSync(bundle)).length,
        baselineBytes: Buffer.byteLength(baselineCode),
        coldStartMs: median(samples.ours),
        requireMs: median(samples.oursReq),
        baselineColdStartMs: median(samples.base),
        baselineRequireMs: median(samples.baseReq),
        coldStartWithoutPropertiesToSendMs: samples.oursRead.length ? median(samples.oursRead) : undefined,
        notes: [...notes],
      };
      out.push(r);
      rows.push([
        uid,
        fmtKB(r.bundleBytes),
        fmtKB(r.baselineBytes),
        fmtMs(r.requireMs),
        fmtMs(r.coldStartMs),
        r.coldStartMs <= 100 ? 'PASS' : 'MISS',
        fmtMs(r.baselineRequireMs),
        fmtMs(r.baselineColdStartMs),
        r.coldStartWithoutPropertiesToSendMs === undefined ? '' : fmtMs(r.coldStartWithoutPropertiesToSendMs),
        r.notes.join('; '),
      ]);
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
      const { stdout } = await execFileP(
        process.execPath,
        [
          '-e',
          `const t0 = process.hrtime.bigint(); fetch(process.env.U + '/automation/v4/flows?limit=1', { headers: { authorization: 'Bearer ${DEFAULT_TOKEN}' } }).then((r) => r.text()).then(() => process.stdout.write(String(Number(process.hrtime.bigint() - t0) / 1e6)));`,
        ],
        { env: { PATH: process.env.PATH, U: portal2.url } },
      );
      floor.push(Number(stdout));
    }
  } finally {
    await portal2.close();
  }
  rows.push(['(floor: bare node, one fetch)', '', '', '', fmtMs(median(floor)), '', '', '', '', 'what any function pays for its first HTTP call']);
  console.log(
    table(
      [
        'function',
        'bundle',
        'baseline bundle',
        'require',
        'cold start',
        'goal ≤ 100 ms',
        'baseline require',
        'baseline cold start',
        'cold start without propertiesToSend',
        'notes',
      ],
      rows,
    ),
  );
  json.functions = out;
  json.coldStartFloorMs = median(floor);

  const cards = fs
    .readdirSync(CARDS_DIR)
    .filter((f) => /Card\.tsx$/.test(f))
    .sort();
  const hubspot = await hubspotCardBundles();
  const cardRows: (string | number)[][] = [];
  const cardOut: unknown[] = [];
  for (const f of cards) {
    const theirs = hubspot.get(f) ?? new Error("HubSpot's build did not list this card");
    const hubspotCols = theirs instanceof Error ? ['build failed', String(theirs).split('\n')[0]] : [fmtKB(theirs.bytes), fmtKB(theirs.gzipBytes)];
    try {
      const code = await buildCard(path.join(CARDS_DIR, f));
      const gz = zlib.gzipSync(code).length;
      cardRows.push([f, ...hubspotCols, fmtKB(Buffer.byteLength(code)), fmtKB(gz)]);
      cardOut.push({ card: f, hubspot: theirs instanceof Error ? { error: String(theirs) } : theirs, minifiedBytes: Buffer.byteLength(code), gzipBytes: gz });
    } catch (err) {
      cardRows.push([f, ...hubspotCols, 'build failed', String(err).split('\n')[0]]);
      cardOut.push({ card: f, hubspot: theirs instanceof Error ? { error: String(theirs) } : theirs, error: String(err) });
    }
  }
  console.log(
    "\nCard bundles: HubSpot's own build (remoteBuild of @hubspot/ui-extensions-dev-server, what HubSpot ships; React comes from the host), and our esbuild estimate (react + @hubspot/ui-extensions included):\n",
  );
  console.log(table(['card', 'HubSpot build', 'HubSpot gzip', 'esbuild estimate', 'estimate gzip'], cardRows));
  json.cards = cardOut;
}

/** HubSpot's build of every card (tools/hubspot-card-build.mjs, a child process: the dev server is ESM-only), by entrypoint file. */
async function hubspotCardBundles(): Promise<Map<string, { bytes: number; gzipBytes: number } | Error>> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-hubspot-cards-'));
  try {
    const { stdout } = await execFileP(process.execPath, [path.join(REPO_ROOT, 'tools', 'hubspot-card-build.mjs'), '--out', out], { cwd: REPO_ROOT });
    const built = JSON.parse(stdout.trim().split('\n').pop()!) as { entrypoint: string; file: string; bytes: number }[];
    return new Map(built.map((b) => [b.entrypoint, { bytes: b.bytes, gzipBytes: zlib.gzipSync(fs.readFileSync(b.file)).length }]));
  } catch (err) {
    const failed = err instanceof Error ? err : new Error(String(err));
    return new Map(
      fs
        .readdirSync(CARDS_DIR)
        .filter((f) => /Card\.tsx$/.test(f))
        .map((f) => [f, failed]),
    );
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}
