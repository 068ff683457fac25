/**
 * HubSpot's own build of each card (remoteBuild, tools/hubspot-card-build.mjs) from src/app/cards
 * alone: the test fails when HubSpot could not build a card, not only when our bundler could not.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const CARDS = path.join(ROOT, 'src', 'app', 'cards');
const TOOL = path.join(ROOT, 'tools', 'hubspot-card-build.mjs');

interface Built {
  uid: string;
  entrypoint: string;
  file: string;
  bytes: number;
}

function build(args: string[]): Built[] {
  const out = execFileSync(process.execPath, [TOOL, ...args], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 110_000 });
  return JSON.parse(out.trim().split('\n').pop()!) as Built[];
}

let outDir: string;
beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hubspot-cards-test-'));
});
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

test('HubSpot builds every card declared in an hsmeta file, from the cards folder alone', () => {
  const declared = fs
    .readdirSync(CARDS)
    .filter((f) => f.endsWith('-hsmeta.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(CARDS, f), 'utf8')).uid)
    .sort();
  const built = build(['--out', outDir]);
  expect(built.map((b) => b.uid)).toEqual(declared);
  for (const card of built) {
    const code = fs.readFileSync(card.file, 'utf8');
    expect({ uid: card.uid, bytes: card.bytes > 1000 }).toEqual({ uid: card.uid, bytes: true });
    // HubSpot's iife: React comes from the host (external), the card registers itself with hubspot.extend.
    expect(code).toMatch(/\bextend\b/);
    expect(code).not.toContain(ROOT);
  }
}, 120_000);

test('the check can fail: a card importing a value from outside its folder does not build', () => {
  const cards = fs.mkdtempSync(path.join(os.tmpdir(), 'hubspot-cards-broken-'));
  try {
    fs.cpSync(CARDS, cards, { recursive: true, filter: (src) => path.basename(src) !== 'node_modules' });
    fs.symlinkSync(path.join(CARDS, 'node_modules'), path.join(cards, 'node_modules'), 'dir');
    const entry = path.join(cards, 'SequencesCard.tsx');
    fs.writeFileSync(entry, `import { FUNCTION_UIDS } from '../../../server/registry';\nconsole.log(FUNCTION_UIDS);\n${fs.readFileSync(entry, 'utf8')}`);
    expect(() => build(['--cards', cards, '--out', path.join(outDir, 'broken')])).toThrow(/server\/registry/);
  } finally {
    fs.rmSync(cards, { recursive: true, force: true });
  }
}, 120_000);
