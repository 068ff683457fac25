#!/usr/bin/env node
/**
 * HubSpot's own build of the cards (issue 18 item 7): `remoteBuild` from
 * @hubspot/ui-extensions-dev-server/build, the vite build HubSpot runs for a card on upload (it ships
 * with @hubspot/cli; runs offline; platform notes §6). Each card's entrypoint (its *-hsmeta.json) is
 * built from a copy of src/app/cards ALONE, as HubSpot builds it: a card that reaches outside its folder
 * with a value import, or that HubSpot's bundler rejects, fails here.
 *
 *   node tools/hubspot-card-build.mjs [--out DIR] [--cards DIR]   prints [{ uid, entrypoint, file, bytes }] as JSON
 *
 * A child process on purpose: the dev server is ESM-only (vite), the tests and the bench are not.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CARDS_DIR = path.join(ROOT, 'src', 'app', 'cards');

/** Cards as their hsmeta files declare them: uid and entrypoint relative to the cards folder. */
export function listCards(cardsDir = CARDS_DIR) {
  return fs
    .readdirSync(cardsDir)
    .filter((f) => f.endsWith('-hsmeta.json'))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(cardsDir, f), 'utf8')))
    .filter((meta) => meta.type === 'card')
    .map((meta) => ({ uid: meta.uid, entrypoint: path.basename(meta.config.entrypoint) }));
}

/** A copy of the cards folder with nothing beside it: sources, package files, and its node_modules linked. */
function isolatedCopy(cardsDir) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hubspot-card-build-'));
  const root = path.join(dir, 'cards');
  fs.cpSync(cardsDir, root, { recursive: true, filter: (src) => path.basename(src) !== 'node_modules' });
  const modules = path.join(cardsDir, 'node_modules');
  if (!fs.existsSync(modules)) throw new Error(`${modules} is missing: run npm ci (it installs the cards' package too)`);
  fs.symlinkSync(modules, path.join(root, 'node_modules'), 'dir');
  return { dir, root };
}

export async function buildCards({ outDir, cardsDir = CARDS_DIR } = {}) {
  let remoteBuild;
  try {
    ({ remoteBuild } = await import('@hubspot/ui-extensions-dev-server/build'));
  } catch (cause) {
    throw new Error('@hubspot/ui-extensions-dev-server (installed with @hubspot/cli) is missing from node_modules: run npm ci', { cause });
  }
  const { dir, root } = isolatedCopy(cardsDir);
  const out = outDir ?? path.join(dir, 'dist');
  try {
    const built = [];
    for (const card of listCards(cardsDir)) {
      const cardOut = path.join(out, card.uid);
      await remoteBuild({ root, entryPoint: path.join(root, card.entrypoint), outputDir: cardOut, logLevel: 'silent' });
      const files = fs.readdirSync(cardOut).filter((f) => f.endsWith('.js'));
      if (files.length !== 1) throw new Error(`${card.uid}: HubSpot's build wrote ${files.length} bundles (${files.join(', ')})`);
      built.push({ ...card, file: path.join(cardOut, files[0]), bytes: fs.statSync(path.join(cardOut, files[0])).size });
    }
    return built;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
    if (!outDir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? path.resolve(process.argv[i + 1]) : undefined;
  };
  const outDir = arg('--out') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hubspot-cards-'));
  const built = await buildCards({ outDir, cardsDir: arg('--cards') });
  process.stdout.write(`${JSON.stringify(built)}\n`);
}
