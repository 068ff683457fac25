/** File helpers shared by the offline project checks (project-checks.mjs, card-checks.mjs). */
import fs from 'node:fs';
import path from 'node:path';

export const toPosix = (p) => p.split(path.sep).join('/');

export function walk(dir, { skip = ['node_modules'] } = {}) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (skip.includes(entry.name) || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, { skip }));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

export function readJson(file) {
  try {
    return { value: JSON.parse(fs.readFileSync(file, 'utf8')) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export function isTestFile(file) {
  return /\.(test|spec)\.tsx?$/.test(file) || file.split(path.sep).includes('__tests__');
}
