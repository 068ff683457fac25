/**
 * The committed function bundles (src/app/functions/<uid>.js) are exactly what `npm run build`
 * produces from server/functions/<uid>.ts today, are self-contained (no package left for HubSpot to
 * install: @hubspot/api-client is not used, see server/hubspot/client.ts) and stay small.
 */
import { FUNCTION_UIDS } from '../server/registry';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { banner, buildFunction, bundlePath, listFunctionSources } from './functions-build.mjs';

const REPO_ROOT = path.resolve(__dirname, '..');
/**
 * Catches a bundle that pulls in what it should not (the registry, api-client). get-workflow is the
 * largest (zod + the decoder + names + the seed catalog + the trigger check: ~140 KB fully minified with
 * `keepNames`, tools/functions-build.mjs); the bench's goal is 150 KB, so 160 KB leaves room to notice.
 */
const MAX_BUNDLE_BYTES = 160 * 1024;
/** Strings from @hubspot/api-client's own code (lib/src/client.js): present only if it got inlined. */
const API_CLIENT_MARKERS = ['@hubspot/api-client', 'ApiDecoratorService', 'LimiterDecorator'];

/** Self-contained: no require of a package (node: built-ins aside), and nothing of @hubspot/api-client inlined. */
function expectSelfContained(code: string, label: string) {
  const required = [...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]).filter((p) => !p.startsWith('node:') && !/^[a-z_]+$/.test(p));
  if (required.length) throw new Error(`${label} requires ${required.join(', ')}: HubSpot would have to install it from src/app/functions/package.json`);
  for (const marker of API_CLIENT_MARKERS) {
    if (code.includes(marker)) throw new Error(`${label} contains "${marker}": @hubspot/api-client is not used by the functions`);
  }
}

// The bundles checked are the registry's; a source it does not list is a failure here too.
const uids: string[] = [...FUNCTION_UIDS];

test('every function source is in the registry and every registry entry has a source', () => {
  expect(listFunctionSources({ rootDir: REPO_ROOT })).toEqual([...uids].sort());
});

describe('committed function bundles', () => {
  const built = new Map<string, string>();
  beforeAll(async () => {
    for (const uid of uids) built.set(uid, await buildFunction(uid, { write: false, rootDir: REPO_ROOT }));
  }, 120_000);

  describe.each(uids)('%s', (uid) => {
    const rel = `src/app/functions/${uid}.js`;

    test('is fresh (identical to an in-memory build of its source)', () => {
      const file = bundlePath(uid, { rootDir: REPO_ROOT });
      const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
      if (committed === undefined) throw new Error(`${rel} is missing: run npm run build and commit the result`);
      if (committed !== built.get(uid)) throw new Error(`${rel} is stale: run npm run build and commit the result`);
    });

    test('is self-contained (requires no package)', () => {
      expectSelfContained(built.get(uid)!, rel);
    });

    test(`is at most ${MAX_BUNDLE_BYTES / 1024} KB`, () => {
      const bytes = Buffer.byteLength(built.get(uid)!);
      if (bytes > MAX_BUNDLE_BYTES) throw new Error(`${rel} is ${(bytes / 1024).toFixed(1)} KB (limit ${MAX_BUNDLE_BYTES / 1024} KB): check what it pulls in`);
    });

    test('starts with the build banner and carries no absolute paths', () => {
      const code = built.get(uid)!;
      expect(code.split('\n')[0]).toBe(banner(uid));
      expect(code).not.toContain(REPO_ROOT);
    });

    test('exports main', () => {
      expect(built.get(uid)!).toMatch(/\bmain:\s*\(\)\s*=>\s*[\w$]+|exports\.main\s*=/); // esbuild's export map; identifiers minified (keepNames)
    });
  });
});

describe('the builder itself (temp project)', () => {
  let dir: string;
  const source = (extra: string) => `import * as z from 'zod/mini';
import { greet } from '../lib/greet';

export async function probe(name: string): Promise<string> {
  ${extra}
  return greet(z.parse(z.string(), name));
}

export const main = async (context: { parameters?: { name?: string } }) => ({ ok: true, data: await probe(context.parameters?.name ?? 'you') });
`;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'functions-build-'));
    fs.mkdirSync(path.join(dir, 'server', 'functions'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'server', 'lib'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'src', 'app', 'functions'), { recursive: true });
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    fs.writeFileSync(path.join(dir, 'server', 'lib', 'greet.ts'), 'export const greet = (name: string): string => `Hello ${name}`;\n');
    fs.writeFileSync(path.join(dir, 'server', 'functions', 'probe.ts'), source(''));
    fs.writeFileSync(path.join(dir, 'server', 'functions', 'probe.test.ts'), 'test("x", () => undefined);\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('lists sources without tests', () => {
    expect(listFunctionSources({ rootDir: dir })).toEqual(['probe']);
  });

  test('is deterministic, inlines its packages and writes a loadable CommonJS bundle', async () => {
    const first = await buildFunction('probe', { write: true, rootDir: dir });
    const second = await buildFunction('probe', { write: false, rootDir: dir });
    expect(second).toBe(first);
    expect(fs.readFileSync(path.join(dir, 'src', 'app', 'functions', 'probe.js'), 'utf8')).toBe(first);
    expectSelfContained(first, 'probe.js');
    expect(first).not.toContain(dir);
    // Whitespace-minified (issue 14): no path comments left, so nothing of the checkout's path either.
    expect(first).not.toMatch(/\/\/ (server|node_modules)\//);
    expect(first).toContain('Hello ');
    const mod = require(path.join(dir, 'src', 'app', 'functions', 'probe.js'));
    await expect(mod.main({ parameters: { name: 'Ada' } })).resolves.toEqual({ ok: true, data: 'Hello Ada' });
  });

  test('an edited source produces a different bundle (so the freshness check can fail)', async () => {
    const before = await buildFunction('probe', { write: false, rootDir: dir });
    fs.writeFileSync(path.join(dir, 'server', 'functions', 'probe.ts'), source("if (name === 'x') throw new Error('edited');"));
    const after = await buildFunction('probe', { write: false, rootDir: dir });
    expect(after).not.toBe(before);
    expect(after).toContain('edited');
  });
});
