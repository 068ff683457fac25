#!/usr/bin/env node
/**
 * npm run build — bundles server/functions/<uid>.ts into src/app/functions/<uid>.js for every uid of
 * the function registry (server/registry.ts; see tools/functions-build.mjs) and creates a missing
 * src/app/functions/<uid>-hsmeta.json. A source the registry does not list is an error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, buildFunction, bundlePath, ensureFunctionMeta, listFunctionSources } from './functions-build.mjs';
import { REGISTRY_FILE, loadFunctionUids } from './registry.mjs';

const uids = (await loadFunctionUids(REPO_ROOT)) ?? [];
const unlisted = listFunctionSources().filter((uid) => !uids.includes(uid));
if (unlisted.length) {
  console.error(`server/functions/ has sources that ${REGISTRY_FILE} does not list: ${unlisted.join(', ')}. Add an entry for each.`);
  process.exit(1);
}
if (uids.length === 0) {
  console.log(`${REGISTRY_FILE} lists no functions: nothing to build.`);
  process.exit(0);
}

let failed = 0;
for (const uid of uids) {
  const out = bundlePath(uid);
  const before = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : undefined;
  try {
    const code = await buildFunction(uid, { write: true });
    const kb = (Buffer.byteLength(code) / 1024).toFixed(1);
    const status = before === undefined ? 'created' : before === code ? 'unchanged' : 'updated';
    console.log(`${path.relative(REPO_ROOT, out)}  ${kb} KB  (${status})`);
    if (ensureFunctionMeta(uid)) console.log(`  created src/app/functions/${uid}-hsmeta.json (uid "${uid}", entrypoint /app/functions/${uid}.js)`);
  } catch (error) {
    failed++;
    console.error(`${uid}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
if (failed) {
  console.error(`${failed} function(s) failed to build.`);
  process.exit(1);
}
