/** Helpers of the bundles benchmark: built sizes, and one cold run of a bundle in a new node process. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { DEFAULT_TOKEN, type Portal } from '../portal/server';
import { REPO_ROOT } from './lib';

const execFileP = promisify(execFile);

/** The baseline: our function source plus ALL of @hubspot/api-client and classic zod, inlined, loaded eagerly. */
export async function buildBaseline(uid: string): Promise<string> {
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
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    minify: false,
    legalComments: 'none',
    logLevel: 'silent',
    absWorkingDir: REPO_ROOT,
  });
  return result.outputFiles[0].text;
}

export async function buildCard(entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'silent',
    absWorkingDir: REPO_ROOT,
    nodePaths: [path.join(REPO_ROOT, 'node_modules')],
  });
  return result.outputFiles[0].text;
}

const CHILD = `
const t0 = process.hrtime.bigint();
const m = require(process.env.BENCH_BUNDLE);
const t1 = process.hrtime.bigint();
if (process.env.BENCH_REQUIRE_ONLY) { process.stdout.write(JSON.stringify({ requireMs: Number(t1 - t0) / 1e6 })); process.exit(0); }
const props = process.env.BENCH_PROPS ? { propertiesToSend: JSON.parse(process.env.BENCH_PROPS) } : {};
Promise.resolve(m.main({ parameters: JSON.parse(process.env.BENCH_PARAMS), ...props })).then((r) => {
  const t2 = process.hrtime.bigint();
  process.stdout.write(JSON.stringify({ requireMs: Number(t1 - t0) / 1e6, totalMs: Number(t2 - t0) / 1e6, ok: r && r.ok, code: r && !r.ok ? r.error.code : undefined }));
  process.exit(0);
}, (e) => { process.stdout.write(JSON.stringify({ error: String(e) })); process.exit(0); });
`;

export async function coldRun(
  bundle: string,
  portal: Portal,
  params: Record<string, string>,
  requireOnly: boolean,
  propertiesToSend?: Record<string, string | null>,
): Promise<{ requireMs: number; totalMs?: number; ok?: boolean; code?: string; error?: string }> {
  const { stdout } = await execFileP(process.execPath, ['-e', CHILD], {
    env: {
      PATH: process.env.PATH,
      NODE_PATH: path.join(REPO_ROOT, 'node_modules'),
      BENCH_BUNDLE: bundle,
      BENCH_PARAMS: JSON.stringify(params),
      HUBSPOT_API_BASE_URL: portal.url,
      PRIVATE_APP_ACCESS_TOKEN: DEFAULT_TOKEN,
      ...(requireOnly ? { BENCH_REQUIRE_ONLY: '1' } : {}),
      ...(propertiesToSend ? { BENCH_PROPS: JSON.stringify(propertiesToSend) } : {}),
    },
    timeout: 30_000,
  });
  return JSON.parse(stdout);
}
