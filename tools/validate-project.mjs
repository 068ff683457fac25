#!/usr/bin/env node
/**
 * npm run validate — offline checks of the 2026.03 project (tools/project-checks.mjs).
 *
 *   node tools/validate-project.mjs [rootDir] [--json]
 *
 * rootDir defaults to the repository root. Prints one line per problem (what to fix) and exits 1,
 * or prints `Project valid: N components (…)`. --json prints `{ problems, components }` instead
 * (used by tools/validate-project.test.ts), with the same exit code.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeComponents, formatProblem, validateProject } from './project-checks.mjs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const rootArg = args.find((a) => !a.startsWith('--'));
const rootDir = rootArg ? path.resolve(rootArg) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  const { problems, components } = await validateProject(rootDir);
  if (json) {
    process.stdout.write(JSON.stringify({ problems, components }) + '\n');
  } else if (problems.length) {
    console.error(`Project invalid: ${problems.length} problem(s)`);
    for (const problem of problems) console.error(`- ${formatProblem(problem)}`);
  } else {
    console.log(`Project valid: ${describeComponents(components)}`);
  }
  process.exitCode = problems.length ? 1 : 0;
} catch (error) {
  console.error(`validate-project crashed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exitCode = 2;
}
