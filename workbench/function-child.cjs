// One app-function execution, like HubSpot's runtime: require the committed bundle, await main(context).
// Started ahead of time by the workbench (warm pool), it runs exactly ONE call and exits,
// so module state never leaks from one call to the next.
'use strict';
const path = require('node:path');

// Warm-up: load @hubspot/api-client (external to the bundles) before the call arrives.
try {
  const functionsDir = process.env.WORKBENCH_FUNCTIONS_DIR || process.cwd();
  require(require.resolve('@hubspot/api-client', { paths: [functionsDir] }));
} catch {
  /* not installed, or a bundle that does not need it: the bundle's own require will say so */
}

function serializeError(err) {
  if (err instanceof Error) return { message: err.message, name: err.name, stack: err.stack };
  return { message: String(err) };
}

process.once('message', async (job) => {
  try {
    const mod = require(path.resolve(job.bundle));
    const main = mod && (mod.main || (mod.default && mod.default.main));
    if (typeof main !== 'function') throw new Error(`${job.bundle} does not export main(context)`);
    const result = await main(job.context);
    process.send({ type: 'result', result: result === undefined ? null : result }, () => process.exit(0));
  } catch (err) {
    process.send({ type: 'error', error: serializeError(err) }, () => process.exit(0));
  }
});
process.send({ type: 'ready' });
