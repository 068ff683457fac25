/**
 * No import circles (issue 18 item 4), checked by dependency-cruiser (.dependency-cruiser.cjs: between
 * files, everywhere; .dependency-cruiser-layers.cjs: between folders, sources only). The server's layers,
 * lowest first: server/hubspot, server/time, server/input (know nothing of the app) < server/names < the
 * domain folders server/sequences, server/workflows (apart from each other) — all three domain folders
 * take plain values and the HubSpot client and return values or HubSpot's errors, never FunctionDeps,
 * FunctionFailure or result codes — < server/runtime (deps, result codes, refusal mappings) < server/functions.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const DEPCRUISE = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const SOURCES = ['server', 'portal', 'workbench', 'bench', 'tools', 'test', 'src'];

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: { name: string }[];
}

function cruise(config: string, dirs: string[], cwd = ROOT): Violation[] {
  const out = execFileSync(process.execPath, [DEPCRUISE, '--config', config, '--output-type', 'json', ...dirs], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 110_000,
  });
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

const describeCycle = (v: Violation) => [v.from, ...(v.cycle ?? []).map((c) => c.name)].join(' → ');

test('no import circle between any two modules (tests and type-only imports included)', () => {
  expect(cruise(path.join(ROOT, '.dependency-cruiser.cjs'), SOURCES).map(describeCycle)).toEqual([]);
}, 120_000);

test('no import circle between folders, and the server layers in order (domain below the runtime; hubspot, time, input below all)', () => {
  const found = cruise(
    path.join(ROOT, '.dependency-cruiser-layers.cjs'),
    SOURCES.filter((d) => d !== 'test'),
  ).map((v) => `${v.from} → ${v.to}`);
  expect(found).toEqual([]);
}, 120_000);

test('the check can fail: a two-file circle is reported', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-graph-'));
  try {
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), '{"compilerOptions":{"module":"commonjs","strict":true}}');
    fs.mkdirSync(path.join(dir, 'lib'));
    fs.writeFileSync(path.join(dir, 'lib', 'a.ts'), "import type { B } from './b';\nexport type A = { b?: B };\n");
    fs.writeFileSync(path.join(dir, 'lib', 'b.ts'), "import type { A } from './a';\nexport type B = { a?: A };\n");
    const found = cruise(path.join(ROOT, '.dependency-cruiser.cjs'), ['lib'], dir);
    expect(found.map((v) => v.rule.name)).toEqual(['no-circular']);
    expect(describeCycle(found[0])).toMatch(/lib\/[ab]\.ts → lib\/[ab]\.ts → lib\/[ab]\.ts/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

test('the layer checks can fail: a folder circle without a file circle, a domain file importing the runtime, one domain importing another', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-graph-'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  try {
    write('tsconfig.json', '{"compilerOptions":{"module":"commonjs","strict":true}}');
    write('server/workflows/words.ts', "export const word = 'w';\n");
    write('server/runtime/deps.ts', "import { word } from '../workflows/words';\nexport const deps = word;\n");
    write('server/workflows/uses-deps.ts', "import { deps } from '../runtime/deps';\nimport { word } from './words';\nexport const x = deps + word;\n");
    write('server/sequences/uses-words.ts', "import { word } from '../workflows/words';\nexport const y = word;\n");
    const found = cruise(path.join(ROOT, '.dependency-cruiser-layers.cjs'), ['server'], dir);
    expect([...new Set(found.map((v) => v.rule.name))].sort()).toEqual(['domain-below-runtime', 'names-below-domains', 'no-circular-folders']);
    expect(found.filter((v) => v.rule.name === 'domain-below-runtime').map((v) => `${v.from} → ${v.to}`)).toEqual(['server/workflows/uses-deps.ts → server/runtime/deps.ts']);
    expect(found.filter((v) => v.rule.name === 'names-below-domains').map((v) => `${v.from} → ${v.to}`)).toEqual(['server/sequences/uses-words.ts → server/workflows/words.ts']);
    expect(cruise(path.join(ROOT, '.dependency-cruiser.cjs'), ['server'], dir)).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
