/**
 * tools/project-checks.mjs on a good fixture project and on one broken copy per check.
 *
 * The validator imports @hubspot/project-parsing-lib, which is ESM-only and cannot be loaded by
 * Jest's CommonJS runtime, so each case runs the real CLI (`node tools/validate-project.mjs <dir> --json`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '..');
const GOOD = path.join(REPO_ROOT, 'test', 'fixtures', 'good-project');
const CLI = path.join(REPO_ROOT, 'tools', 'validate-project.mjs');

interface Problem {
  check: string;
  file?: string;
  message: string;
}
interface Outcome {
  status: number | null;
  problems: Problem[];
  components: Record<string, number>;
}

let tmpRoot: string;
beforeAll(() => {
  tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-project-'));
});
afterAll(() => {
  fs.rmSync(tmpRoot, { recursive: true, force: true });
});

function runCli(dir: string, json = true) {
  const result = spawnSync(process.execPath, [CLI, dir, ...(json ? ['--json'] : [])], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  if (result.status === 2 || result.error) throw new Error(`validator crashed: ${result.error ?? result.stderr}`);
  return result;
}

function validate(dir: string): Outcome {
  const result = runCli(dir);
  const parsed = JSON.parse(result.stdout) as { problems: Problem[]; components: Record<string, number> };
  return { status: result.status, ...parsed };
}

/** A fresh copy of the good fixture, changed by `breakIt`. */
function brokenCopy(name: string, breakIt: (dir: string) => void): string {
  const dir = path.join(tmpRoot, name);
  fs.cpSync(GOOD, dir, { recursive: true });
  breakIt(dir);
  return dir;
}

const file = (dir: string, rel: string) => path.join(dir, rel);
const read = (dir: string, rel: string) => fs.readFileSync(file(dir, rel), 'utf8');
const write = (dir: string, rel: string, text: string) => fs.writeFileSync(file(dir, rel), text);
const editJson = (dir: string, rel: string, edit: (j: any) => void) => {
  const json = JSON.parse(read(dir, rel));
  edit(json);
  write(dir, rel, JSON.stringify(json, null, 2));
};
const CARD = 'src/app/cards/SequenceCard.tsx';
const CARD_META = 'src/app/cards/sequence-card-hsmeta.json';
const FN_META = 'src/app/functions/get-sequence-hsmeta.json';

function expectProblem(outcome: Outcome, expected: { check?: string; file?: string; message: RegExp | string }) {
  expect(outcome.status).toBe(1);
  const { message, ...rest } = expected;
  expect(outcome.problems).toEqual(
    expect.arrayContaining([expect.objectContaining({ ...rest, message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message) })]),
  );
}

describe('validate-project on the good fixture', () => {
  test('has no problems and counts its components', () => {
    const outcome = validate(GOOD);
    expect(outcome.problems).toEqual([]);
    expect(outcome.status).toBe(0);
    expect(outcome.components).toEqual({ app: 1, card: 1, 'app-function': 1 });
  });

  test('prints "Project valid: N components (…)" and exits 0', () => {
    const result = runCli(GOOD, false);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('Project valid: 3 components (1 app, 1 app-function, 1 card)');
  });
});

describe('validate-project: one broken fixture per check', () => {
  test('hsmeta moved into src/app/extensions/ (skipped by translate on 2026.03)', () => {
    const dir = brokenCopy('moved-to-extensions', (d) => {
      fs.mkdirSync(file(d, 'src/app/extensions'));
      fs.renameSync(file(d, CARD_META), file(d, 'src/app/extensions/sequence-card-hsmeta.json'));
    });
    const outcome = validate(dir);
    expectProblem(outcome, {
      check: 'placement',
      file: 'src/app/extensions/sequence-card-hsmeta.json',
      message: 'hsmeta files are only read in their component folder on 2026.03 (src/app/cards, src/app/functions…); move it to src/app/cards/',
    });
    expectProblem(outcome, { check: 'legacy-layout', file: 'src/app/extensions/', message: 'move its contents to src/app/cards/' });
  });

  test('card entrypoint deleted', () => {
    const dir = brokenCopy('deleted-entrypoint', (d) => fs.rmSync(file(d, CARD)));
    expectProblem(validate(dir), {
      check: 'entrypoint',
      file: CARD_META,
      message: 'config.entrypoint /app/cards/SequenceCard.tsx does not exist (src/app/cards/SequenceCard.tsx)',
    });
  });

  test('function bundle deleted: entrypoint missing, tells to build', () => {
    const dir = brokenCopy('deleted-bundle', (d) => fs.rmSync(file(d, 'src/app/functions/get-sequence.js')));
    expectProblem(validate(dir), { check: 'entrypoint', file: FN_META, message: /does not exist .*run npm run build/ });
  });

  test('bad JSON in an hsmeta file', () => {
    const dir = brokenCopy('bad-json', (d) => write(d, CARD_META, '{ "uid": "sequence_card", "type": "card", '));
    expectProblem(validate(dir), { check: 'json', file: CARD_META, message: /^is not valid JSON/ });
  });

  test('unexpected top-level key', () => {
    const dir = brokenCopy('unexpected-key', (d) => editJson(d, FN_META, (j) => (j.secretKeys = [])));
    expectProblem(validate(dir), {
      check: 'top-level-keys',
      file: FN_META,
      message: 'unexpected top-level key(s) "secretKeys"; only uid/type/config/dependencies are allowed',
    });
  });

  test('"permissions" is rejected too (translate allows it, 2026.03 does not support it)', () => {
    const dir = brokenCopy('permissions-key', (d) => editJson(d, FN_META, (j) => (j.permissions = { requiredScopes: [] })));
    expectProblem(validate(dir), { check: 'top-level-keys', file: FN_META, message: '"permissions"' });
  });

  test('duplicate uid (ours, and translate refuses the project)', () => {
    const dir = brokenCopy('duplicate-uid', (d) => editJson(d, CARD_META, (j) => (j.uid = 'get-sequence')));
    const outcome = validate(dir);
    expectProblem(outcome, { check: 'duplicate-uid', message: /uid "get-sequence" is also used by .*; uids must be unique across the project/ });
    expectProblem(outcome, { check: 'translate', message: "Duplicate uid 'get-sequence'" });
  });

  test('invalid uid', () => {
    const dir = brokenCopy('invalid-uid', (d) => editJson(d, CARD_META, (j) => (j.uid = 'sequence card!')));
    expectProblem(validate(dir), { check: 'uid', file: CARD_META, message: 'uid "sequence card!" is invalid; use 1–64 letters, digits' });
  });

  test('uid longer than 64 characters', () => {
    const dir = brokenCopy('long-uid', (d) => editJson(d, CARD_META, (j) => (j.uid = 'x'.repeat(65))));
    expectProblem(validate(dir), { check: 'uid', file: CARD_META, message: 'is invalid' });
  });

  test('card calling a function uid that does not exist (known name)', () => {
    const dir = brokenCopy('unknown-uid', (d) => write(d, CARD, read(d, CARD).replace("'get-sequence'", "'get-workflow'")));
    expectProblem(validate(dir), { check: 'card-function-uid', file: CARD, message: 'calls app function "get-workflow", which does not exist' });
  });

  test('card calling serverless() with a misspelt uid', () => {
    const dir = brokenCopy('typo-uid', (d) => write(d, CARD, read(d, CARD).replace("'get-sequence'", "'get-sequense'")));
    expectProblem(validate(dir), { check: 'card-function-uid', file: CARD, message: '"get-sequense"' });
  });

  test('card importing a value from ../../../server/x', () => {
    const dir = brokenCopy('value-import', (d) => write(d, CARD, `import { helper } from '../../../server/x';\nvoid helper;\n${read(d, CARD)}`));
    expectProblem(validate(dir), {
      check: 'card-imports',
      file: CARD,
      message: 'line 1 imports "../../../server/x" from outside src/app/cards/ (HubSpot bundles the cards folder alone)',
    });
  });

  test('side-effect and dynamic imports from outside the cards folder are flagged too', () => {
    const dir = brokenCopy('side-effect-import', (d) =>
      write(d, CARD, `import '../../../server/polyfill';\nconst lazy = () => import('../../../server/lazy');\nvoid lazy;\n${read(d, CARD)}`),
    );
    const outcome = validate(dir);
    expectProblem(outcome, { check: 'card-imports', message: '"../../../server/polyfill"' });
    expectProblem(outcome, { check: 'card-imports', message: '"../../../server/lazy"' });
  });

  test.each([
    ['import type', "import type { FunctionUid } from '../../../server/x';"],
    ['import { type X }', "import { type FunctionUid, type RunFunction } from '../../../server/x';"],
    ['export type from', "export type { FunctionUid } from '../../../server/x';"],
  ])('the same path as %s passes', (_label, line) => {
    const dir = brokenCopy(`type-import-${_label.replace(/\W+/g, '-')}`, (d) => write(d, CARD, `${line}\n${read(d, CARD)}`));
    const outcome = validate(dir);
    expect(outcome.problems).toEqual([]);
    expect(outcome.status).toBe(0);
  });

  test('import { type X, Y } (one value specifier) is still a value import', () => {
    const dir = brokenCopy('mixed-import', (d) => write(d, CARD, `import { type A, b } from '../../../server/x';\nvoid b;\n${read(d, CARD)}`));
    expectProblem(validate(dir), { check: 'card-imports', file: CARD, message: '"../../../server/x"' });
  });

  test('missing src/app/functions/package.json', () => {
    const dir = brokenCopy('no-functions-package', (d) => fs.rmSync(file(d, 'src/app/functions/package.json')));
    const outcome = validate(dir);
    expectProblem(outcome, {
      check: 'functions-package-json',
      file: 'src/app/functions/package.json',
      message: 'is missing; HubSpot requires it for app functions even without dependencies',
    });
    expectProblem(outcome, { check: 'translate', message: 'requires a package.json' });
  });

  test('serverless.json present (retired layout)', () => {
    const dir = brokenCopy('serverless-json', (d) => write(d, 'src/app/functions/serverless.json', '{ "appFunctions": {} }'));
    expectProblem(validate(dir), {
      check: 'legacy-layout',
      file: 'src/app/functions/serverless.json',
      message: 'serverless.json is the retired 2025.1 layout and is ignored on 2026.03',
    });
  });

  test('app.json under src/ (retired layout)', () => {
    const dir = brokenCopy('app-json', (d) => write(d, 'src/app/app.json', '{}'));
    expectProblem(validate(dir), { check: 'legacy-layout', file: 'src/app/app.json', message: 'app.json is the retired 2025.1 layout' });
  });

  test('function bundle without hsmeta', () => {
    const dir = brokenCopy('orphan-bundle', (d) => write(d, 'src/app/functions/search-sequences.js', 'exports.main = async () => ({});\n'));
    expectProblem(validate(dir), {
      check: 'function-bundles',
      file: 'src/app/functions/search-sequences.js',
      message: 'has no app-function hsmeta pointing at it',
    });
  });

  test('function entrypoint in dist/ or TypeScript', () => {
    const dir = brokenCopy('dist-entrypoint', (d) => {
      fs.mkdirSync(file(d, 'src/app/functions/dist'));
      fs.renameSync(file(d, 'src/app/functions/get-sequence.js'), file(d, 'src/app/functions/dist/get-sequence.js'));
      editJson(d, FN_META, (j) => (j.config.entrypoint = '/app/functions/dist/get-sequence.js'));
    });
    expectProblem(validate(dir), { check: 'function-bundles', file: FN_META, message: 'must be a .js bundle directly in src/app/functions/' });
  });

  test('app must be private with static auth', () => {
    const dir = brokenCopy('public-app', (d) =>
      editJson(d, 'src/app/app-hsmeta.json', (j) => {
        j.config.distribution = 'marketplace';
        j.config.auth.type = 'oauth';
      }),
    );
    const outcome = validate(dir);
    expectProblem(outcome, { check: 'app', file: 'src/app/app-hsmeta.json', message: 'config.distribution is "marketplace"; app functions on 2026.03 need "private"' });
    expectProblem(outcome, { check: 'app', file: 'src/app/app-hsmeta.json', message: 'config.auth.type is "oauth"; app functions on 2026.03 need "static"' });
  });

  test('human output: one line per problem naming the file, exit 1', () => {
    const dir = brokenCopy('human-output', (d) => write(d, 'src/app/functions/serverless.json', '{}'));
    const result = runCli(dir, false);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('- src/app/functions/serverless.json: serverless.json is the retired 2025.1 layout');
  });
});

/**
 * The real project. Expected to fail while other engineers are still adding functions (a source in
 * server/functions without its committed bundle and hsmeta is reported): rerun once `npm run build`
 * output is committed.
 */
describe('validate-project on the real repository', () => {
  test('has no problems', () => {
    const outcome = validate(REPO_ROOT);
    expect(outcome.problems.map((p) => (p.file ? `${p.file}: ${p.message}` : p.message))).toEqual([]);
    expect(outcome.status).toBe(0);
  });
});
