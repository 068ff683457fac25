#!/usr/bin/env node
/**
 * Extracts the workflow action-type and event-type catalog from the seed documents
 * (../shared/seeds/000_*.txt … 003_*.txt) and writes server/workflows/catalog-data.ts.
 *
 *   node tools/extract-catalog.mjs            # (re)write server/workflows/catalog-data.ts
 *   node tools/extract-catalog.mjs --check    # exit 1 when the committed file differs
 *
 * App functions are bundled and cannot read ../shared at run time, so the data is committed.
 * server/workflows/__tests__/catalog-data.test.ts re-extracts and fails when the committed file differs.
 *
 * Three table formats appear in the seeds, all parsed here (nothing is hand-typed):
 *  - 002: HTML tables flattened to text, cells glued: "Create task0-3Automatically create a new HubSpot task…"
 *  - 001: pipe rows, 3-column rows split over two lines: "Create task | 0-3 |" then "Create a new task. |"
 *  - 003: markdown tables: "| Create task | `0-3` | Create a new task |" (plus object-type tables)
 * Which seed wins for an id: 002 (most complete, with descriptions) > 001 > 003. Names another seed
 * gives the same id become aliases (searchable, shown in the reference), not separate entries.
 *
 * `group` is not in the seeds' tables: it is derived from the name by the keyword rules in GROUP_RULES
 * below (one rule list, applied the same way to every row) and replaced by the beta endpoint's groupId
 * when a portal has that catalog.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ID = /\d-\d{1,12}/;

/** Seed files in priority order (first wins for an id's primary entry). */
export const SEED_PRIORITY = ['002', '001', '003', '000'];

const ACTION_GROUP_RULES = [
  [/^Delay/i, 'Delays'],
  [/sequence|workflow|prospecting agent/i, 'Enrollment'],
  [/Data Agent|LLM|Summarize|Infer company|intent signals/i, 'AI and data'],
  [/Salesforce|Asana|Trello|Slack/i, 'Integrations'],
  [/ads audience|static list|to list|from list/i, 'Lists and ads'],
  [/email|notification|SMS|WhatsApp|survey|communication subscriptions|marketing contact status/i, 'Communications'],
  [/record|propert|task|note|association|contact|owner|phone|Enrich/i, 'CRM records'],
];
const EVENT_GROUP_RULES = [
  [/sequence/i, 'Sequences'],
  [/workflow/i, 'Workflows'],
  [/SMS/i, 'SMS'],
  [/media play|page visited|ad interaction/i, 'Web and ads'],
  [/e-?mail/i, 'Email'],
  [/form/i, 'Forms'],
  [/CTA/i, 'CTAs'],
  [/call/i, 'Calls'],
  [/meeting/i, 'Meetings'],
  [/document/i, 'Documents'],
  [/marketing event/i, 'Marketing events'],
];

export function groupFor(kind, name) {
  const rules = kind === 'action' ? ACTION_GROUP_RULES : EVENT_GROUP_RULES;
  for (const [re, group] of rules) if (re.test(name)) return group;
  return kind === 'action' ? 'Other actions' : 'Other events';
}

const clean = (s) => s.replace(/\s+/g, ' ').trim();

/** 002: glued cells after a header line ("ActionAction type IDDescription", "EventIDDescription"). */
function parseGlued(text, seed) {
  const rows = [];
  const lines = text.split(/\r?\n/);
  const headers = { 'ActionAction type IDDescription': 'action', EventIDDescription: 'event' };
  for (let i = 0; i < lines.length; i++) {
    const kind = headers[lines[i].trim()];
    if (!kind) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const m = /^(.*?\D)(\d-\d{1,12})(\D.*)$/.exec(lines[j].trim());
      if (!m) break;
      rows.push({ kind, id: m[2], name: clean(m[1]), description: clean(m[3]), seed });
    }
  }
  return rows;
}

/** 001: "Action | Action type ID | Description |" / "Event | Event type ID |" then pipe rows. */
function parsePipe(text, seed) {
  const rows = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    const header = /^(Action|Event) \| (?:Action|Event) type ID \|( Description \|)?$/.exec(lines[i]);
    if (!header) continue;
    const kind = header[1] === 'Action' ? 'action' : 'event';
    const hasDescription = Boolean(header[2]);
    const rowRe = new RegExp(`^(.+?) \\| (${ID.source}) \\|$`);
    let j = i + 1;
    if (/^-+\|/.test(lines[j] ?? '')) j++;
    while (j < lines.length) {
      const m = rowRe.exec(lines[j]);
      if (!m) break;
      let description = '';
      if (hasDescription && / \|$/.test(lines[j + 1] ?? '') && !rowRe.test(lines[j + 1])) {
        description = clean(lines[j + 1].replace(/ \|$/, ''));
        j++;
      }
      rows.push({ kind, id: m[2], name: clean(m[1]), description, seed });
      j++;
    }
  }
  return rows;
}

/** 003: markdown tables whose first column is Action / Event / Object and second an id column. */
function parseMarkdown(text, seed) {
  const rows = [];
  const objectTypes = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const cells = (l) =>
    l
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('|') || !/^\|[-| ]+\|$/.test(lines[i + 1] ?? '')) continue;
    const head = cells(lines[i]);
    if (head.length < 2 || !/\bID\b/.test(head[1])) continue;
    const kind = { Action: 'action', Event: 'event', Object: 'object' }[head[0]];
    if (!kind) continue;
    for (let j = i + 2; j < lines.length && lines[j].startsWith('|'); j++) {
      const c = cells(lines[j]);
      const idMatch = new RegExp(`^\`?(${ID.source})\`?$`).exec(c[1] ?? '');
      if (!idMatch) continue; // e.g. "Custom Objects | Use custom object ID"
      if (kind === 'object') objectTypes.push({ id: idMatch[1], name: clean(c[0]), seed });
      else rows.push({ kind, id: idMatch[1], name: clean(c[0]), description: clean(c[2] ?? ''), seed });
    }
  }
  return { rows, objectTypes };
}

/** Parses every seed text. `seeds`: [{ file: '002_….txt', text }]. */
export function extractCatalog(seeds) {
  const bySeed = new Map();
  const objectTypes = [];
  for (const { file, text } of seeds) {
    const seed = file.slice(0, 3);
    const rows = [...parseGlued(text, seed), ...parsePipe(text, seed)];
    const md = parseMarkdown(text, seed);
    rows.push(...md.rows);
    objectTypes.push(...md.objectTypes);
    bySeed.set(seed, rows);
  }
  const order = [...SEED_PRIORITY, ...[...bySeed.keys()].filter((s) => !SEED_PRIORITY.includes(s)).sort()];
  const entries = []; // { kind, id, name, description, group, seed, aliases }
  const primarySeedFor = new Map(); // kind:id -> seed that owns the id
  for (const seed of order) {
    for (const row of bySeed.get(seed) ?? []) {
      const key = `${row.kind}:${row.id}`;
      const owner = primarySeedFor.get(key);
      if (owner === undefined || owner === seed) {
        primarySeedFor.set(key, seed);
        if (entries.some((e) => e.kind === row.kind && e.id === row.id && e.name === row.name)) continue;
        entries.push({ ...row, group: groupFor(row.kind, row.name), aliases: [] });
        continue;
      }
      // Another seed owns this id: keep this seed's wording as an alias of the id's first entry.
      const first = entries.find((e) => e.kind === row.kind && e.id === row.id);
      if (first.name !== row.name && !first.aliases.includes(row.name)) first.aliases.push(row.name);
      if (!first.description && row.description) first.description = row.description;
    }
  }
  const objects = [];
  for (const o of objectTypes) {
    if (!objects.some((x) => x.id === o.id)) objects.push({ id: o.id, name: o.name });
  }
  return { entries, objectTypes: objects };
}

const q = (s) => JSON.stringify(s);

/** The generated TypeScript module (compact tuples: it is bundled into every function that needs it). */
export function renderCatalogModule({ entries, objectTypes }, seedFiles) {
  const lines = [
    '// GENERATED by tools/extract-catalog.mjs from ../shared/seeds — do not edit by hand.',
    `// Sources: ${seedFiles.join(', ')}. Re-run: node tools/extract-catalog.mjs`,
    '/* eslint-disable */',
    "import type { CatalogRow } from './types';",
    '',
    '/** [kind, id, name, description, group, seed, aliases] */',
    'export const CATALOG_ROWS: readonly CatalogRow[] = [',
    ...entries.map((e) => `  [${q(e.kind)}, ${q(e.id)}, ${q(e.name)}, ${q(e.description)}, ${q(e.group)}, ${q(e.seed)}, [${e.aliases.map(q).join(', ')}]],`),
    '];',
    '',
    "/** [objectTypeId, name] from the seeds' object-type tables. */",
    'export const OBJECT_TYPE_ROWS: readonly (readonly [string, string])[] = [',
    ...objectTypes.map((o) => `  [${q(o.id)}, ${q(o.name)}],`),
    '];',
    '',
  ];
  return lines.join('\n');
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** `shared` lives beside the repository root (../shared from /work/main); HUBSPOT_SHARED_DIR overrides. */
export const DEFAULT_SEEDS_DIR = join(resolve(process.env.HUBSPOT_SHARED_DIR ?? join(REPO_ROOT, '..', 'shared')), 'seeds');
export const OUTPUT_PATH = join(REPO_ROOT, 'server', 'workflows', 'catalog-data.ts');

/** Seeds 000–003 are the workflow documents (004 is about sequences). */
export function readSeeds(dir = DEFAULT_SEEDS_DIR) {
  return readdirSync(dir)
    .filter((f) => /^00[0-3]_.*\.txt$/.test(f))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

export function generate(dir = DEFAULT_SEEDS_DIR) {
  const seeds = readSeeds(dir);
  return renderCatalogModule(
    extractCatalog(seeds),
    seeds.map((s) => s.file),
  );
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  if (!existsSync(DEFAULT_SEEDS_DIR)) {
    console.error(`Seeds not found at ${DEFAULT_SEEDS_DIR}`);
    process.exit(2);
  }
  const text = generate();
  if (process.argv.includes('--check')) {
    const current = existsSync(OUTPUT_PATH) ? readFileSync(OUTPUT_PATH, 'utf8') : '';
    if (current !== text) {
      console.error('server/workflows/catalog-data.ts is out of date: run node tools/extract-catalog.mjs');
      process.exit(1);
    }
    console.log('catalog-data.ts is up to date');
  } else {
    writeFileSync(OUTPUT_PATH, text);
    console.log(`wrote ${OUTPUT_PATH}`);
  }
}
