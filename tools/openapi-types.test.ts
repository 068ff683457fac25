/**
 * The committed server/hubspot/openapi/*.d.ts are exactly what `npm run openapi:types` writes from
 * shared/hubspot-openapi today (regenerated into a temp dir and compared file by file), one per spec of
 * OPENAPI_SPECS, and each is imported by the code: no generated types nothing reads.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { needsShared, SHARED_DIR } from '../test/requirements';
// @ts-expect-error plain ESM tool without type declarations
import { OPENAPI_SPECS } from './openapi-specs.mjs';

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

  test('one committed file per listed spec, none extra', () => {
    const specs = (OPENAPI_SPECS as string[]).map((f) => f.replace(/\.json$/, '.d.ts')).sort();
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

test('every generated types file is imported by the code (else drop it from OPENAPI_SPECS)', () => {
  const sources = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'server', 'portal', 'bench', 'workbench', 'test', 'tools'], { cwd: REPO, encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.tsx?$/.test(f) && !f.startsWith('server/hubspot/openapi/'))
    .map((f) => {
      try {
        return readFileSync(join(REPO, f), 'utf8');
      } catch {
        return '';
      }
    })
    .join('\n');
  const unused = list(COMMITTED)
    .map((f) => f.replace(/\.d\.ts$/, ''))
    .filter((name) => !sources.includes(`/openapi/${name}'`));
  expect(unused).toEqual([]);
});
