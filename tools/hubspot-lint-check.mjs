#!/usr/bin/env node
/**
 * Runs the HubSpot CLI's own lint checks (lib/projects/uieLinting.js, CLI 8.14) on every UI-extension
 * package of the project, offline: the ones `hs project lint` and `hs project upload` apply.
 * Per package: every required lint package listed in its package.json AND present in its own
 * node_modules, an eslint.config.* beside it, and HubSpot's `@hubspot/ui-extensions/*` rules active
 * in `eslint --print-config`. Prints one line per package; exits 1 when one fails.
 *
 * Why our own script: the CLI warns on upload but exits 0, so nothing else would catch a regression.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const lint = await import(path.join(root, 'node_modules/@hubspot/cli/lib/projects/uieLinting.js'));
const { getProjectConfig } = await import(path.join(root, 'node_modules/@hubspot/cli/lib/projects/config.js'));

const locations = await lint.getUieLintablePackageJsonLocations(await getProjectConfig(root));
if (locations.length === 0) {
  console.error('No UI-extension package found (expected src/app/cards/package.json)');
  process.exit(1);
}
let failed = false;
for (const dir of locations) {
  const rel = path.relative(root, dir);
  const { missingPackages } = lint.getMissingLintPackages(dir);
  const problems = [];
  if (missingPackages.length) problems.push(`lint packages missing or too old (in ${rel}/package.json and ${rel}/node_modules): ${missingPackages.join(', ')}`);
  if (!lint.hasEslintConfig(dir)) problems.push('no eslint.config.* file');
  else if (!(await lint.isHubSpotEslintConfigActive(dir))) problems.push(`HubSpot's ${lint.HUBSPOT_UI_EXTENSIONS_RULE_PREFIX}* rules not active`);
  const scripts = lint.getMissingLintScripts(dir);
  if (scripts.length) problems.push(`package.json lacks the scripts hs project lint would add: ${scripts.join(', ')}`);
  if (problems.length) {
    failed = true;
    console.error(`✗ ${rel}: ${problems.join('; ')}`);
  } else console.log(`✓ ${rel}: HubSpot's lint packages, config and rules in place`);
}
process.exit(failed ? 1 : 0);
