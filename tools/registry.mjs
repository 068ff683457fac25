/**
 * The build tools' view of the function registry (server/registry.ts, the one uid list).
 *
 * The registry is TypeScript, so it is loaded with tsx's `tsImport` (tsx is already the repo's
 * TypeScript runner): the tools read the same module the workbench, bench and tests import, and no
 * uid is copied into a .mjs file. `registryProblems` is plain fs and is unit-tested under jest.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const REGISTRY_FILE = 'server/registry.ts';

/**
 * The uids of `<rootDir>/server/registry.ts` (FUNCTION_UIDS), or null when the project has no registry
 * (e.g. a fixture project that only has hsmeta files and bundles).
 * @returns {Promise<string[] | null>}
 */
export async function loadFunctionUids(rootDir) {
  const file = path.join(rootDir, REGISTRY_FILE);
  if (!fs.existsSync(file)) return null;
  const { tsImport } = await import('tsx/esm/api');
  const url = pathToFileURL(file).href;
  const mod = await tsImport(url, url);
  const uids = mod.FUNCTION_UIDS ?? mod.default?.FUNCTION_UIDS;
  if (!Array.isArray(uids)) throw new Error(`${REGISTRY_FILE} does not export FUNCTION_UIDS`);
  return [...uids];
}

/**
 * Every registry entry has its source, its bundle and an app-function hsmeta with its uid and
 * entrypoint; nothing else has one. Returns problems in project-checks' shape.
 * @param {string} rootDir
 * @param {string[]} uids
 * @param {{ srcDir?: string }} [options]
 * @returns {{ check: string; file?: string; message: string }[]}
 */
export function registryProblems(rootDir, uids, { srcDir = 'src' } = {}) {
  const problems = [];
  const add = (file, message) => problems.push({ check: 'function-registry', file, message });
  const fnDir = `${srcDir}/app/functions`;
  const exists = (rel) => fs.existsSync(path.join(rootDir, rel));
  const listed = new Set(uids);

  for (const uid of uids) {
    if (!exists(`server/functions/${uid}.ts`)) add(REGISTRY_FILE, `lists "${uid}" but server/functions/${uid}.ts does not exist; write the handler or remove the entry`);
    if (!exists(`${fnDir}/${uid}.js`)) add(REGISTRY_FILE, `lists "${uid}" but ${fnDir}/${uid}.js is missing; run npm run build and commit the result`);
    const metaRel = `${fnDir}/${uid}-hsmeta.json`;
    if (!exists(metaRel)) {
      add(REGISTRY_FILE, `lists "${uid}" but ${metaRel} is missing; npm run build creates it`);
      continue;
    }
    let meta;
    try {
      meta = JSON.parse(fs.readFileSync(path.join(rootDir, metaRel), 'utf8'));
    } catch {
      continue; // unreadable JSON is reported by the hsmeta checks
    }
    if (meta?.type !== 'app-function' || meta.uid !== uid || meta.config?.entrypoint !== `/app/functions/${uid}.js`) {
      add(metaRel, `must be {"uid": "${uid}", "type": "app-function", "config": {"entrypoint": "/app/functions/${uid}.js"}} to match the registry entry`);
    }
  }

  const sourcesDir = path.join(rootDir, 'server', 'functions');
  const sources = fs.existsSync(sourcesDir) ? fs.readdirSync(sourcesDir).filter((f) => f.endsWith('.ts') && !/\.(test|spec|d)\.ts$/.test(f)) : [];
  for (const f of sources) {
    const uid = f.replace(/\.ts$/, '');
    if (!listed.has(uid)) add(`server/functions/${f}`, `is not in ${REGISTRY_FILE}; add an entry for "${uid}" (or move the file if it is not an app function)`);
  }
  const functionsDir = path.join(rootDir, fnDir);
  const files = fs.existsSync(functionsDir) ? fs.readdirSync(functionsDir) : [];
  for (const f of files.filter((n) => n.endsWith('.js'))) {
    if (!listed.has(f.replace(/\.js$/, ''))) add(`${fnDir}/${f}`, `is a bundle of no registry entry; delete it or add its function to ${REGISTRY_FILE}`);
  }
  for (const f of files.filter((n) => n.endsWith('-hsmeta.json'))) {
    let meta;
    try {
      meta = JSON.parse(fs.readFileSync(path.join(functionsDir, f), 'utf8'));
    } catch {
      continue;
    }
    if (meta?.type === 'app-function' && !listed.has(meta.uid))
      add(`${fnDir}/${f}`, `declares app function "${meta.uid}", which is not in ${REGISTRY_FILE}; add it there or delete the file`);
  }
  return problems;
}
