/**
 * test/requirements.ts: with the inputs missing, a suite FAILS under CI=true and is skipped (loudly,
 * without running its body) otherwise. Runs a fixture suite in a child jest with the inputs pointed away.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const REPO = resolve(__dirname, '..');

function runFixture(ci: boolean) {
  const env: NodeJS.ProcessEnv = { ...process.env, HUBSPOT_SHARED_DIR: join(REPO, 'no-such-shared-dir'), CHROMIUM_PATH: join(REPO, 'no-such-chromium') };
  delete env.CI;
  if (ci) env.CI = 'true';
  const r = spawnSync(
    process.execPath,
    [
      join(REPO, 'node_modules', 'jest', 'bin', 'jest.js'),
      '-c',
      join(REPO, 'jest.config.js'),
      '--roots',
      join(REPO, 'test', 'fixtures', 'requirements'),
      '--testPathIgnorePatterns',
      '/node_modules/',
      '--ci',
    ],
    { cwd: REPO, env, encoding: 'utf8' },
  );
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

test('missing inputs outside CI: skipped loudly, the suite body never runs', () => {
  const { status, out } = runFixture(false);
  expect(out).toContain('!!! SKIPPED: fixture suite A needs');
  expect(out).toContain('!!! SKIPPED: fixture suite B needs');
  expect(out).not.toContain('suite body ran');
  expect(out).toMatch(/Tests:\s+2 skipped, 2 total/);
  expect(status).toBe(0);
}, 60_000);

test('missing inputs with CI=true: the suites fail', () => {
  const { status, out } = runFixture(true);
  expect(out).toContain('CI=true: fixture suite A needs');
  expect(out).toContain('CI=true: fixture suite B needs');
  expect(out).not.toContain('suite body ran');
  expect(out).toMatch(/Tests:\s+2 failed, 2 total/);
  expect(status).toBe(1);
}, 60_000);
