/**
 * npm run bench [-- --latency 100 --runs 7 --cold-runs 5 --out bench.json --only render,scaling,names,portal-scale,bundles --time-scale 5]
 *
 * Benchmarks against the emulated portal with an added latency per HubSpot call (portal fault
 * `latencyMs`), one file per benchmark:
 *   1. card-first-render.ts: HubSpot calls, sequential round trips (from the portal's call log), median
 *      wall time, next to a NAIVE baseline (one call after another, one call per workflow) measured
 *      in the same run;
 *   2. scaling.ts: search-sequences, search-workflows, contact-workflows on portals of 10 / 1,000 /
 *      10,000 sequences and workflows, and a contact in 1 / 10 / 50 workflows;
 *   3. names.ts: get-workflow on a 30-action workflow with 20 distinct ids: naive (one call per id, in
 *      order) vs ours (one batched parallel wave), cold and warm cache;
 *   4. portal-scale.ts: simulated reps opening contact records (both cards) at rising rates against HubSpot's
 *      190-per-10-s limit: calls per record view, the highest rate with no 429, next to a naive baseline;
 *   5. bundles.ts: function bundle sizes, card bundle sizes (esbuild, react + ui-extensions included,
 *      minified), cold start of each function in a new node process, next to a BASELINE bundle that
 *      inlines all of @hubspot/api-client and classic zod.
 * Prints tables and PASS/MISS goals; writes the same figures as JSON to --out.
 */
import fs from 'node:fs';
import os from 'node:os';
import { bundles } from './bundles';
import { cardFirstRender } from './card-first-render';
import { namesBench } from './names';
import { portalScale } from './portal-scale';
import { ONLY, OUT, goals, json } from './context';
import { table } from './lib';
import { scaling } from './scaling';

async function mainBench(): Promise<void> {
  console.log(
    `bench: ${json.date}, ${os.cpus().length} cores (${os.cpus()[0]?.model}), node ${process.version}, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  // The functions log their faults; none are expected here, keep them visible but short.
  if (ONLY.has('render')) await cardFirstRender();
  if (ONLY.has('scaling')) await scaling();
  if (ONLY.has('names')) await namesBench();
  if (ONLY.has('portal-scale')) await portalScale();
  if (ONLY.has('bundles')) await bundles();
  console.log('\n## Goals\n');
  console.log(
    table(
      ['', 'goal', 'figure'],
      goals.map((g) => [g.pass ? 'PASS' : 'MISS', g.goal, g.figure]),
    ),
  );
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
