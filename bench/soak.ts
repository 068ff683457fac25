/**
 * npm run soak [-- --attempts N --concurrency N --seed N --kinds sequence,workflow --shared-limiter --containers separate|same --out report.json]
 * Drives many enrollments through the real handlers against a faulty emulated portal and exits 1
 * when an invariant breaks (see bench/soak-core.ts, bench/soak-invariants.ts).
 */
import { argValue } from './lib';
import { runSoak } from './soak-core';
import { formatReport } from './soak-report';
import type { Kind } from './soak-workload';

async function cli(): Promise<void> {
  const argv = process.argv.slice(2);
  const num = (name: string) => (argValue(argv, name) === undefined ? undefined : Number(argValue(argv, name)));
  const kinds = argValue(argv, 'kinds')
    ?.split(',')
    .map((k) => k.trim()) as Kind[] | undefined;
  const seed = num('seed') ?? Math.floor(Math.random() * 2 ** 31);
  console.log(`soak: seed ${seed} (rerun with --seed ${seed})`);
  const report = await runSoak({
    attempts: num('attempts') ?? 500,
    concurrency: num('concurrency') ?? 8,
    seed,
    kinds,
    sharedLimiter: argv.includes('--shared-limiter'),
    // Default: a double submit's two halves reach one warm container (what the app can guarantee).
    // `--containers separate` shows the known limit: v2 workflow enrollment has no idempotency, so two
    // containers racing past the membership check both enroll (README, Performance).
    containers: argValue(argv, 'containers') === 'separate' ? 'separate' : 'same',
    log: (l) => console.log(l),
  });
  console.log(formatReport(report));
  const out = argValue(argv, 'out');
  if (out) {
    const fs = await import('node:fs');
    fs.writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  }
  process.exit(report.ok ? 0 : 1);
}

cli().catch((err) => {
  console.error(err);
  process.exit(1);
});
