/**
 * Re-extracts the catalog from ../shared/seeds and fails when the committed
 * server/workflows/catalog-data.ts differs. Needs shared/seeds (test/requirements.ts: fails under CI, skips loudly otherwise).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { needsShared, SHARED } from '../test/requirements';

const REPO = resolve(__dirname, '..');
const SEEDS = SHARED.seeds;
const d = needsShared('seeds', 'the catalog extraction test (catalog-data.ts vs the seeds)');

/** Runs the extractor in plain Node (it is an ES module using import.meta) and returns its output. */
function extract(): {
  module: string;
  catalog: {
    entries: { kind: string; id: string; name: string; description: string; group: string; seed: string; aliases: string[] }[];
    objectTypes: { id: string; name: string }[];
  };
} {
  const script = `
    import { generate, extractCatalog, readSeeds } from ${JSON.stringify(join(REPO, 'tools', 'extract-catalog.mjs'))};
    process.stdout.write(JSON.stringify({ module: generate(), catalog: extractCatalog(readSeeds()) }));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

d('tools/extract-catalog.mjs', () => {
  const { module, catalog } = extract();

  it('the committed server/workflows/catalog-data.ts is exactly what the seeds give', () => {
    const committed = readFileSync(join(REPO, 'server', 'workflows', 'catalog-data.ts'), 'utf8');
    expect(committed).toBe(module);
  });

  it('has every action row of seed 002 (the glued table) with its description', () => {
    const text = readFileSync(
      join(
        SEEDS,
        require('node:fs')
          .readdirSync(SEEDS)
          .find((f: string) => f.startsWith('002_')),
      ),
      'utf8',
    );
    const start = text.indexOf('ActionAction type IDDescription');
    const end = text.indexOf('Action fields', start);
    const rowCount = text
      .slice(start, end)
      .split('\n')
      .filter((l) => /\d-\d+[A-Z]/.test(l)).length;
    const fromSeed = catalog.entries.filter((e) => e.kind === 'action' && e.seed === '002');
    expect(fromSeed).toHaveLength(rowCount);
    expect(rowCount).toBeGreaterThan(45);
    expect(fromSeed.every((e) => e.description.length > 10)).toBe(true);
  });

  it('parses the three table formats', () => {
    const find = (kind: string, id: string) => catalog.entries.filter((e) => e.kind === kind && e.id === id);
    expect(find('action', '0-1').map((e) => e.name)).toEqual(['Delay for a set amount of time', 'Delay until a day of week', 'Delay until a specific time of day']);
    expect(find('action', '0-1')[0].aliases).toEqual(['Delay a set amount of time, until a specific day of the week, or time of day.', 'Delay (time-based)', 'Delay (time)']);
    expect(find('action', '0-46510720')[0]).toMatchObject({ name: 'Enroll in a sequence', description: 'Automatically enroll contacts in a sequence.', seed: '002' });
    expect(find('action', '1-179507819')[0].name).toBe('Send Slack notification');
    // Only in 001's pipe table:
    expect(find('action', '0-13')[0]).toMatchObject({
      name: 'Add enrolled object to list or remove from list',
      description: 'Add or remove an enrolled contact to/from a static list.',
      seed: '001',
    });
    expect(find('event', '4-68559')[0]).toMatchObject({ name: 'Marketing event registration', seed: '001' });
    // Events: 002's names win; 001/003 names are aliases.
    expect(find('event', '4-1639801')[0]).toMatchObject({ name: 'Form submission', description: 'Triggers when a form is submitted.' });
    expect(find('event', '4-666440')[0]).toMatchObject({ name: 'Opened email', aliases: ['Email open'] });
    expect(find('event', '6-2117363')[0].name).toBe('Custom event occurs');
    // 003's object-type tables are object types, never action types.
    expect(catalog.objectTypes).toEqual(
      expect.arrayContaining([
        { id: '0-1', name: 'Contacts' },
        { id: '0-3', name: 'Deals' },
        { id: '0-5', name: 'Tickets' },
      ]),
    );
    expect(catalog.entries.some((e) => e.name === 'Contacts' || e.name === 'Quotes')).toBe(false);
    // Ids unique per (kind, id, name); every entry has a group.
    const keys = catalog.entries.map((e) => `${e.kind}|${e.id}|${e.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(catalog.entries.every((e) => e.group)).toBe(true);
  });

  it('every event id in the seeds is present', () => {
    const ids = new Set(catalog.entries.filter((e) => e.kind === 'event').map((e) => e.id));
    const { readdirSync } = require('node:fs');
    const inSeeds = new Set<string>();
    for (const f of readdirSync(SEEDS).filter((f: string) => /^00[0-3]_/.test(f))) {
      for (const m of readFileSync(join(SEEDS, f), 'utf8').matchAll(/(?<![\d-])[46]-\d{3,}(?![\d-])/g)) inSeeds.add(m[0]);
    }
    expect([...inSeeds].filter((id) => !ids.has(id))).toEqual([]);
    expect(ids.size).toBe(45);
    for (const id of ['4-1553675', '4-665538', '4-69072', '4-1741072', '4-675783', '4-1466014']) expect(ids.has(id)).toBe(true);
  });
});
