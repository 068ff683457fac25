/**
 * The committed server/hubspot/openapi/*.d.ts are exactly what `npm run openapi:types` writes from
 * shared/hubspot-openapi today: regenerated into a temp dir and compared file by file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { needsShared, SHARED, SHARED_DIR } from '../test/requirements';

const REPO = resolve(__dirname, '..');
const COMMITTED = join(REPO, 'server', 'hubspot', 'openapi');
const list = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.d.ts'))
    .sort();

needsShared('openapi', 'the generated HubSpot types staleness test')('generated HubSpot types (server/hubspot/openapi)', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'openapi-types-'));
    execFileSync(process.execPath, [join(REPO, 'tools', 'openapi-types.mjs'), '--out', out], {
      env: { ...process.env, HUBSPOT_SHARED_DIR: SHARED_DIR },
      stdio: 'pipe',
    });
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('one committed file per OpenAPI file, none extra', () => {
    const specs = readdirSync(SHARED.openapi)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, '.d.ts'))
      .sort();
    expect(list(COMMITTED)).toEqual(specs);
    expect(list(out)).toEqual(specs);
  });

  test('each committed file is what the generator writes now (else run `npm run openapi:types` and commit)', () => {
    const stale = list(out).filter((f) => {
      try {
        return readFileSync(join(COMMITTED, f), 'utf8') !== readFileSync(join(out, f), 'utf8');
      } catch {
        return true;
      }
    });
    expect(stale).toEqual([]);
  });
});
