/**
 * Honest skips for tests that need inputs a fresh clone may lack: HubSpot's OpenAPI files and seeds
 * (shared/, beside the repository root) and Debian's chromium.
 *
 *   const describeShared = needsShared('openapi', 'portal contract test');
 *   describeShared('portal contract', () => { ... });
 *
 * Input present → plain `describe`. Missing with CI=true → the suite FAILS (a CI run that checked
 * nothing must not pass). Missing otherwise → a warning on stderr plus one skipped test naming the reason;
 * the suite body is not run at all (it may read the missing files while collecting).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const inCI = process.env.CI === 'true' || process.env.CI === '1';

const REPO_ROOT = resolve(__dirname, '..');
/** shared/ beside the repository root; HUBSPOT_SHARED_DIR overrides (e.g. a git worktree elsewhere). */
export const SHARED_DIR = resolve(process.env.HUBSPOT_SHARED_DIR ?? join(REPO_ROOT, '..', 'shared'));
export const SHARED = {
  /** HubSpot's OpenAPI files */
  openapi: join(SHARED_DIR, 'hubspot-openapi'),
  /** seed documents (workflow JSON examples, action/event type tables) */
  seeds: join(SHARED_DIR, 'seeds'),
  /** HubSpot answers recorded from live portals (v4 flows, a legacy workflow, errors) */
  realdata: join(SHARED_DIR, 'realdata'),
} as const;
export type SharedInput = keyof typeof SHARED;

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const sharedAvailable = (input: SharedInput): boolean => existsSync(SHARED[input]);
export const chromiumAvailable = (): boolean => existsSync(CHROMIUM);

type SuiteFn = (name: string, fn: () => void) => void;

/** `describe` when `available`, else a failing (CI) or loudly skipped (local) stand-in. */
export function requirement(available: boolean, what: string, missing: string, fix: string): SuiteFn {
  if (available) return describe;
  const reason = `${what} needs ${missing}, which is missing (${fix})`;
  if (inCI) {
    return (name) =>
      describe(name, () => {
        test(`requires ${missing}`, () => {
          throw new Error(`CI=${process.env.CI}: ${reason}. A CI run must not skip it.`);
        });
      });
  }
  // Straight to stderr: jest drops the console output of a file whose tests were all skipped.
  process.stderr.write(`\n!!! SKIPPED: ${reason}. Nothing of it was checked. !!!\n`);
  return (name) => describe(name, () => test.skip(`SKIPPED: ${reason}`, () => {}));
}

/** For suites that read shared/hubspot-openapi or shared/seeds. */
export function needsShared(input: SharedInput, what: string): SuiteFn {
  return requirement(sharedAvailable(input), what, SHARED[input], 'put shared/ beside the repository root or set HUBSPOT_SHARED_DIR');
}

/** For suites that drive Debian's chromium (CHROMIUM_PATH overrides /usr/bin/chromium). */
export function needsChromium(what: string): SuiteFn {
  return requirement(chromiumAvailable(), what, CHROMIUM, 'apt-get update && apt-get install -y chromium');
}
