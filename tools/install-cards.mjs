#!/usr/bin/env node
/**
 * The root's `postinstall`: installs the card package (src/app/cards) from its own lock, so one
 * `npm ci` installs everything. The card package keeps its own node_modules because HubSpot's CLI looks
 * for its lint packages there (README, Lint and format); HubSpot also builds the cards from that folder.
 *
 * Guarded: it skips (with a note) when the card package is not there (an install of the root alone,
 * e.g. a Docker layer with only package*.json) and when HUBSPOT_SKIP_CARDS_INSTALL=1. Anything else
 * that fails fails the root install, so CI never runs on half an install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cards = join(root, 'src', 'app', 'cards');

if (process.env.HUBSPOT_SKIP_CARDS_INSTALL === '1') {
  console.log('install-cards: skipped (HUBSPOT_SKIP_CARDS_INSTALL=1)');
  process.exit(0);
}
if (!existsSync(join(cards, 'package.json')) || !existsSync(join(cards, 'package-lock.json'))) {
  console.log(`install-cards: skipped (no ${relative(root, cards)}/package.json and package-lock.json here)`);
  process.exit(0);
}

// The npm running this script (npm sets npm_execpath), else the one on PATH.
const [cmd, ...pre] = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : [process.platform === 'win32' ? 'npm.cmd' : 'npm'];
const args = [...pre, 'ci', '--prefix', cards, '--no-audit', '--no-fund'];
console.log(`install-cards: npm ci --prefix ${relative(root, cards)}`);
const run = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
if (run.error) throw run.error;
process.exit(run.status ?? 1);
