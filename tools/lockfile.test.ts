/**
 * `npm ci` (CI's install) refuses a lock that lacks optional platform binaries this registry does not
 * serve. tools/complete-lockfile.mjs adds them; this fails when a dependency change forgot to run it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error plain ESM tool without type declarations
import { LOCKFILES, missingOptionalEntries, platformOf } from './complete-lockfile.mjs';

describe('package-lock.json', () => {
  it('covers the root lock and the card package lock', () => {
    expect(LOCKFILES).toEqual(['package-lock.json', 'src/app/cards/package-lock.json']);
  });

  it.each(LOCKFILES as string[])('%s lists every optional platform binary, so npm ci accepts it', (file) => {
    const lock = JSON.parse(readFileSync(join(__dirname, '..', file), 'utf8'));
    const missing = [...missingOptionalEntries(lock).keys()];
    if (missing.length) throw new Error(`${file} lacks ${missing.join(', ')}: run node tools/complete-lockfile.mjs`);
  });

  it('finds a missing entry and reads its platform off the name', () => {
    const lock = { packages: { '': {}, 'node_modules/@swc/core': { version: '1.0.0', dev: true, optionalDependencies: { '@swc/core-darwin-arm64': '1.0.0' } } } };
    expect([...missingOptionalEntries(lock)]).toEqual([['node_modules/@swc/core-darwin-arm64', { version: '1.0.0', dev: true, optional: true, os: ['darwin'], cpu: ['arm64'] }]]);
    expect(platformOf('@rollup/rollup-linux-arm-musleabihf')).toEqual({ os: ['linux'], cpu: ['arm'], libc: ['musl'] });
    expect(platformOf('@unrs/resolver-binding-wasm32-wasi')).toEqual({ cpu: ['wasm32'] });
    expect(platformOf('left-pad')).toBeNull();
  });
});
