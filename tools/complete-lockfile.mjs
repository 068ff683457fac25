#!/usr/bin/env node
/**
 * Completes package-lock.json with the optional, platform-specific binaries that this workplace's
 * npm registry does not serve (e.g. @swc/core-darwin-arm64, @rollup/rollup-win32-x64-msvc).
 *
 * Why: `npm install` leaves an optional package it cannot fetch out of the lock, and `npm ci` then
 * refuses the lock as "out of sync" ("Missing: @swc/core-darwin-arm64@ from lock file"). A lock made
 * on a machine that can fetch them lists them with their os/cpu, and `npm ci` skips them on other
 * platforms. This writes the same entries (version from the parent's optionalDependencies; os, cpu
 * and libc read off the package name, as these packages are named) so `npm ci` works here and CI.
 *
 * Run after every `npm install` that changes a lock: `node tools/complete-lockfile.mjs`. It completes
 * both locks: the root's and the card package's (src/app/cards has its own, see LOCKFILES).
 * `--check` exits 1 when entries are missing (used by the tests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Every lock `npm ci` installs from: the root's, and the cards' (their lint packages live in their own node_modules). */
export const LOCKFILES = ['package-lock.json', 'src/app/cards/package-lock.json'];

/** Reads `<os>-<cpu>[-<abi>]` off names like `@rollup/rollup-linux-arm-musleabihf`. */
export function platformOf(name) {
  const m = /-(darwin|linux|win32|android|freebsd|openbsd|netbsd|sunos|aix|openharmony|wasm32)-?([a-z0-9]+)?(?:-([a-z]+))?$/.exec(name);
  if (!m) return null;
  const [, os, cpu, abi] = m;
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  const out = { os: [os] };
  if (cpu) out.cpu = [cpu === 'ia32' ? 'ia32' : cpu];
  if (os === 'linux' && abi) out.libc = [abi.startsWith('musl') ? 'musl' : 'glibc'];
  return out;
}

/** Where Node would resolve `dep` from the package installed at `fromPath`. */
function resolvedPath(packages, fromPath, dep) {
  let base = fromPath;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${dep}` : `node_modules/${dep}`;
    if (packages[candidate]) return candidate;
    if (!base) return null;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

export function missingOptionalEntries(lock) {
  const packages = lock.packages ?? {};
  const missing = new Map();
  for (const [path, entry] of Object.entries(packages)) {
    for (const [dep, spec] of Object.entries(entry.optionalDependencies ?? {})) {
      if (resolvedPath(packages, path, dep)) continue;
      const platform = platformOf(dep);
      if (!platform) continue; // not a platform binary: leave it to npm
      const hoisted = `node_modules/${dep}`;
      const at = packages[hoisted] || missing.has(hoisted) ? `${path}/node_modules/${dep}` : hoisted;
      missing.set(at, { version: spec, dev: entry.dev, optional: true, ...platform });
    }
  }
  return missing;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let incomplete = false;
  for (const file of LOCKFILES) {
    const lockPath = join(root, file);
    const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
    const missing = missingOptionalEntries(lock);
    if (process.argv.includes('--check')) {
      if (missing.size) {
        console.error(`${file} lacks ${missing.size} optional platform entries (npm ci would refuse it): run node tools/complete-lockfile.mjs`);
        incomplete = true;
      } else console.log(`${file}: complete`);
    } else {
      for (const [at, entry] of missing) {
        if (!entry.dev) delete entry.dev;
        lock.packages[at] = entry;
      }
      lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
      writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
      console.log(`${file}: added ${missing.size} optional platform entries`);
    }
  }
  if (incomplete) process.exit(1);
}
