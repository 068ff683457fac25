/**
 * Bundles each app function source `server/functions/<uid>.ts` into ONE CommonJS file
 * `src/app/functions/<uid>.js` (HubSpot require()s it and calls exports.main; no TypeScript at run
 * time, and a function cannot import another one, so each bundle carries all it needs).
 *
 * Deterministic: no timestamps, paths in comments are relative to the repo root (absWorkingDir), so
 * tools/bundle-freshness.test.ts can rebuild in memory and compare byte for byte.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

/** Repository root (this file lives in <root>/tools). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Installed by HubSpot from src/app/functions/package.json: never bundled. None today: every HubSpot call
 * goes through the client's own fetch transport (server/hubspot/client.ts says why not @hubspot/api-client).
 */
export const EXTERNAL_PACKAGES = [];

export function banner(uid) {
  return `// Built from server/functions/${uid}.ts by tools/build-functions.mjs. Do not edit: run npm run build.`;
}

/** Function uids that have a source: `server/functions/*.ts`, minus tests and declarations, sorted. */
export function listFunctionSources({ rootDir = REPO_ROOT } = {}) {
  const dir = path.join(rootDir, 'server', 'functions');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !/\.(test|spec|d)\.ts$/.test(e.name))
    .map((e) => e.name.replace(/\.ts$/, ''))
    .sort();
}

export function bundlePath(uid, { rootDir = REPO_ROOT } = {}) {
  return path.join(rootDir, 'src', 'app', 'functions', `${uid}.js`);
}

/** esbuild options for one function; exported so tests can assert on them. */
export function buildOptions(uid, { rootDir = REPO_ROOT, write = false } = {}) {
  return {
    absWorkingDir: rootDir,
    // A worktree whose node_modules is a symlink must bundle the same text (esbuild's path comments).
    preserveSymlinks: true,
    entryPoints: [`server/functions/${uid}.ts`],
    outfile: `src/app/functions/${uid}.js`,
    write,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: EXTERNAL_PACKAGES,
    // ESM builds first so zod (imported as `zod/mini`) is tree-shaken.
    mainFields: ['module', 'main'],
    conditions: ['module', 'import'],
    // Fully minified, with `keepNames`: esbuild sets each function's and class's `name`, and V8 names stack
    // frames by that property, so HubSpot's function logs still name the functions (lines do not). Keeping
    // identifiers made get-workflow (decoder, names, trigger check) 176 KB and its require 25 ms.
    minifySyntax: true,
    minifyWhitespace: true,
    minifyIdentifiers: true,
    keepNames: true,
    treeShaking: true,
    sourcemap: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    banner: { js: banner(uid) },
  };
}

/**
 * Builds one function. With `write: true` writes `src/app/functions/<uid>.js` (only when it changed).
 * @returns {Promise<string>} the bundle's code
 */
export async function buildFunction(uid, { write = false, rootDir = REPO_ROOT } = {}) {
  const result = await esbuild.build(buildOptions(uid, { rootDir, write: false }));
  if (result.errors.length) {
    throw new Error(`esbuild failed for ${uid}:\n${result.errors.map((e) => e.text).join('\n')}`);
  }
  const [output] = result.outputFiles;
  const code = output.text;
  if (write) {
    const out = bundlePath(uid, { rootDir });
    const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : undefined;
    if (current !== code) fs.writeFileSync(out, code);
  }
  return code;
}

/** The hsmeta HubSpot needs for a function bundle (uid = file name). */
export function functionMeta(uid) {
  return { uid, type: 'app-function', config: { entrypoint: `/app/functions/${uid}.js`, secretKeys: [] } };
}

/**
 * Creates `src/app/functions/<uid>-hsmeta.json` when missing; never overwrites an existing one
 * (someone may have added secretKeys).
 * @returns {boolean} whether it was created
 */
export function ensureFunctionMeta(uid, { rootDir = REPO_ROOT } = {}) {
  const file = path.join(rootDir, 'src', 'app', 'functions', `${uid}-hsmeta.json`);
  if (fs.existsSync(file)) return false;
  fs.writeFileSync(file, JSON.stringify(functionMeta(uid), null, 2) + '\n');
  return true;
}
