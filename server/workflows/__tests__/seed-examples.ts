/**
 * Pulls every workflow JSON example (whole flows, single actions, enrollment criteria, field-only
 * fragments) out of the seed documents, so the decoder is tested against exactly what the seeds show.
 * `shared` lives beside the repository root; callers guard with needsShared('seeds', …) (test/requirements.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../../../test/requirements';

export const SEEDS_DIR = SHARED.seeds;

export type ExampleKind = 'flow' | 'action' | 'criteria' | 'fields';

export interface SeedExample {
  /** e.g. "000#2": seed prefix and position among that seed's examples. */
  key: string;
  seed: string;
  kind: ExampleKind;
  json: Record<string, unknown>;
  /** A flow built around the example (single actions and criteria are wrapped). */
  flow: Record<string, unknown>;
  /** The line the example starts on, for messages. */
  line: number;
}

/** The index of the `}` matching the `{` at `start` (string-aware), or -1. */
function matchBrace(text: string, start: number, quotes = '"'): number {
  let depth = 0;
  let inString: string | null = null;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === inString) inString = null;
      continue;
    }
    if (quotes.includes(ch)) inString = ch;
    else if (ch === '{') depth++;
    else if (ch === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function classify(o: Record<string, unknown>): ExampleKind | null {
  if (Array.isArray(o.actions)) return 'flow';
  if (typeof o.actionId === 'string') return 'action';
  if (o.enrollmentCriteria && typeof o.enrollmentCriteria === 'object') return 'criteria';
  if (Array.isArray(o.eventFilterBranches) || o.listFilterBranch || o.type === 'EVENT_BASED' || o.type === 'LIST_BASED') return 'criteria';
  if (o.fields && typeof o.fields === 'object' && Object.keys(o).length === 1) return 'fields';
  return null;
}

export function extractExamples(seed: string, text: string): SeedExample[] {
  const out: SeedExample[] = [];
  let i = 0;
  while ((i = text.indexOf('{', i)) !== -1) {
    const end = matchBrace(text, i);
    if (end === -1) break;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.slice(i, end + 1));
    } catch {
      i++;
      continue;
    }
    const o = parsed as Record<string, unknown>;
    const kind = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? classify(o) : null;
    if (!kind) {
      i++;
      continue;
    }
    const line = text.slice(0, i).split('\n').length;
    let flow: Record<string, unknown>;
    if (kind === 'flow') flow = o;
    else if (kind === 'action') flow = { id: `${seed}-${line}`, name: `Seed ${seed} action`, objectTypeId: '0-1', isEnabled: true, startActionId: o.actionId, actions: [o] };
    else if (kind === 'criteria') {
      const criteria = (o.enrollmentCriteria as Record<string, unknown>) ?? o;
      flow = { id: `${seed}-${line}`, name: `Seed ${seed} criteria`, objectTypeId: '0-1', isEnabled: true, actions: [], enrollmentCriteria: criteria };
    } else
      flow = {
        id: `${seed}-${line}`,
        name: `Seed ${seed} fields`,
        objectTypeId: '0-1',
        isEnabled: true,
        startActionId: '1',
        actions: [{ actionId: '1', type: 'SINGLE_CONNECTION', fields: o.fields }],
      };
    out.push({ key: `${seed}#${out.length}`, seed, kind, json: o, flow, line });
    i = end + 1;
  }
  return out;
}

/** A value standing in for any identifier a JS example references (`createResult.data`, `flowId`…). */
function stub(): unknown {
  return new Proxy(() => undefined, {
    get: (_t, k) => (k === Symbol.toPrimitive ? () => '' : k === 'then' ? undefined : stub()),
    apply: () => stub(),
  });
}

/**
 * The JavaScript examples (003 §9.6 and §14: `const createPayload = { … }`) are object literals, not
 * JSON. They are evaluated with every free identifier bound to a stub, so the literal's own content is
 * what the decoder sees; a stubbed value reads as "not a string" and is reported, never invented.
 */
export function extractJsExamples(seed: string, text: string): SeedExample[] {
  const out: SeedExample[] = [];
  const re = /(?:const|let|var)\s+(\w+)\s*=\s*\{/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length - 1;
    const end = matchBrace(text, start, '"\'`');
    if (end === -1) continue;
    let value: unknown;
    try {
      const scope = new Proxy({}, { has: () => true, get: (_t, k) => (k === Symbol.unscopables ? undefined : stub()) });

      value = new Function('scope', `with (scope) { return (${text.slice(start, end + 1)}); }`)(scope);
    } catch {
      continue;
    }
    const o = value as Record<string, unknown>;
    const kind = o && typeof o === 'object' ? classify(o) : null;
    if (kind !== 'flow') continue;
    const line = text.slice(0, start).split('\n').length;
    out.push({ key: `${seed}#js:${m[1]}@${line}`, seed, kind, json: o, flow: o, line });
  }
  return out;
}

export function loadSeedExamples(): SeedExample[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => /^00[0-3]_.*\.txt$/.test(f))
    .sort()
    .flatMap((f) => {
      const text = readFileSync(join(SEEDS_DIR, f), 'utf8');
      return [...extractExamples(f.slice(0, 3), text), ...extractJsExamples(f.slice(0, 3), text)];
    });
}
