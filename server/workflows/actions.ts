/**
 * The structure of an action: its type (single connection, branches, custom code, webhook), its
 * outgoing edges, its branch paths, and its words (SINGLE_CONNECTION ones from the describer map).
 */
import type { DecodeContext } from './context';
import { describeSingle, type Described } from './describers';
import { genericFields, propertyWords } from './describers/shared';
import { describeFilterBranch, eventLabel } from './filters';
import { valueReference } from './names';
import { arr, isObj, str, type Json } from './read';
import { brief, humanizeProperty, humanizeValue, listOf } from './words';

type Structure = 'SINGLE_CONNECTION' | 'STATIC_BRANCH' | 'LIST_BRANCH' | 'AB_TEST_BRANCH' | 'CUSTOM_CODE' | 'WEBHOOK' | 'UNKNOWN';

/** The action's structural type: its `type`, or inferred from its shape (the seeds' branch examples omit `type`). */
export function structureOf(a: Json): Structure {
  const t = str(a.type)?.toUpperCase();
  const known: Structure[] = ['SINGLE_CONNECTION', 'STATIC_BRANCH', 'LIST_BRANCH', 'AB_TEST_BRANCH', 'CUSTOM_CODE', 'WEBHOOK'];
  if (t && (known as string[]).includes(t)) return t as Structure;
  if (Array.isArray(a.staticBranches)) return 'STATIC_BRANCH';
  if (Array.isArray(a.listBranches)) return 'LIST_BRANCH';
  if (Array.isArray(a.testBranches)) return 'AB_TEST_BRANCH';
  if (typeof a.sourceCode === 'string' || typeof a.runtime === 'string') return 'CUSTOM_CODE';
  if (typeof a.webhookUrl === 'string') return 'WEBHOOK';
  if (str(a.actionTypeId)) return 'SINGLE_CONNECTION';
  return 'UNKNOWN';
}

interface Edge {
  /** "branch" edges come from branch paths; "next" from a single connection. */
  source: 'next' | 'branch';
  branchIndex?: number;
  isDefault?: boolean;
  edgeType: 'STANDARD' | 'GOTO';
  target: string;
}

export function readConnection(c: unknown): { edgeType: 'STANDARD' | 'GOTO'; target: string } | null {
  if (!isObj(c)) return null;
  const target = str(c.nextActionId);
  if (!target) return null;
  const et = str(c.edgeType)?.toUpperCase().replace(/[-_]/g, '');
  return { edgeType: et === 'GOTO' ? 'GOTO' : 'STANDARD', target };
}

export interface BranchSpec {
  label: string;
  isDefault: boolean;
  connection: { edgeType: 'STANDARD' | 'GOTO'; target: string } | null;
}

/** An action's branches as HubSpot sent them (paths in order, the default last), before any words. */
function rawBranches(a: Json): { branch: Json; index: number; isDefault: boolean; connection: BranchSpec['connection'] }[] {
  const s = structureOf(a);
  const key = s === 'STATIC_BRANCH' ? 'staticBranches' : s === 'LIST_BRANCH' ? 'listBranches' : s === 'AB_TEST_BRANCH' ? 'testBranches' : undefined;
  if (!key) return [];
  const out = arr(a[key]).flatMap((b, index) => (isObj(b) ? [{ branch: b, index, isDefault: false, connection: readConnection(b.connection) }] : []));
  // A/B splits have no default path; the others have one when HubSpot sends it.
  if (s !== 'AB_TEST_BRANCH' && (a.defaultBranch !== undefined || a.defaultBranchName !== undefined)) {
    out.push({ branch: {}, index: out.length, isDefault: true, connection: readConnection(a.defaultBranch) });
  }
  return out;
}

/** All outgoing edges of an action, in display order (branches in order, default last). Reads no words. */
export function edgesOf(a: Json): Edge[] {
  const branches = rawBranches(a);
  if (branches.length || structureOf(a).endsWith('_BRANCH')) {
    return branches.flatMap((b, i) => (b.connection ? [{ source: 'branch' as const, branchIndex: i, isDefault: b.isDefault, ...b.connection }] : []));
  }
  const c = readConnection(a.connection);
  return c ? [{ source: 'next', ...c }] : [];
}

function inputValueLabel(v: unknown, ctx: DecodeContext): string {
  if (!isObj(v)) return 'a value';
  if (v.propertyName !== undefined && v.eventTypeId === undefined && str(v.type)?.toUpperCase() !== 'ENROLLMENT_EVENT_PROPERTY') {
    const property = str(v.propertyName);
    return property ? propertyWords(ctx, property, ctx.objectTypeId, humanizeProperty(brief(v.propertyName))) : humanizeProperty(brief(v.propertyName));
  }
  if (v.propertyName !== undefined) return humanizeProperty(brief(v.propertyName));
  if (v.actionId !== undefined && v.dataKey !== undefined) return `output "${brief(v.dataKey)}" of action ${brief(v.actionId)}`;
  if (v.staticValue !== undefined) return `the value ${brief(v.staticValue)}`;
  if (v.eventTypeId !== undefined || str(v.type)?.toUpperCase() === 'ENROLLMENT_EVENT_PROPERTY') {
    return `${brief(v.propertyName ?? v.enrollmentEventPropertyName ?? 'a property')} of the enrollment event${v.eventTypeId ? ` ${eventLabel(str(v.eventTypeId), ctx.catalog)}` : ''}`;
  }
  return brief(v);
}

/** A/B paths are lettered as HubSpot's editor letters them: Path A, Path B… */
const pathLetter = (i: number) => `Path ${String.fromCharCode(65 + (i % 26))}`;

/** A path's share of an A/B split, when HubSpot sends one (live portals often do not). */
function shareOf(b: Json): string | undefined {
  const n = Number(b.percentage ?? b.percentOfTraffic);
  return b.percentage !== undefined && Number.isFinite(n) ? `${n}%` : undefined;
}

export function branchSpecs(a: Json, ctx: DecodeContext): BranchSpec[] {
  const s = structureOf(a);
  const label = s === 'STATIC_BRANCH' ? inputValueLabel(a.inputValue, ctx) : '';
  // The branch values are values of the property branched on (an option, an owner, a stage…).
  const onProperty = s === 'STATIC_BRANCH' && isObj(a.inputValue) && a.inputValue.eventTypeId === undefined ? str(a.inputValue.propertyName) : undefined;
  const valueWords = (value: unknown) => {
    const shown = humanizeValue(brief(value));
    const id = str(value);
    return onProperty && id ? ctx.names.name(valueReference(ctx.objectTypeId, onProperty, id), shown) : shown;
  };
  return rawBranches(a).map(({ branch: b, index, isDefault, connection }): BranchSpec => {
    if (isDefault) {
      const name = str(a.defaultBranchName);
      return { label: `Otherwise${name ? ` (${name})` : ''}`, isDefault, connection };
    }
    if (s === 'STATIC_BRANCH') return { label: `${label} is ${valueWords(b.branchValue)}`, isDefault, connection };
    if (s === 'LIST_BRANCH') {
      const cond = describeFilterBranch(b.filterBranch, ctx.catalog, 0, [], ctx);
      const name = str(b.branchName) ?? `Branch ${index + 1}`;
      return { label: `${name} (${cond && cond !== 'no criteria' ? cond : 'no filters set'})`, isDefault, connection };
    }
    const share = shareOf(b);
    return { label: `${str(b.branchName) ?? pathLetter(index)}${share ? ` (${share})` : ''}`, isDefault, connection };
  });
}

/** `NODE20X` → "Node.js 20", `PYTHON39` → "Python 3.9"; anything else as sent. */
function humanizeRuntime(runtime: string): string {
  const node = /^NODE(?:JS)?_?(\d+)X?$/i.exec(runtime);
  if (node) return `Node.js ${node[1]}`;
  const py = /^PYTHON_?(\d)(\d+)$/i.exec(runtime);
  return py ? `Python ${py[1]}.${py[2]}` : runtime;
}

export function describeAction(a: Json, ctx: DecodeContext): Described {
  const s = structureOf(a);
  switch (s) {
    case 'SINGLE_CONNECTION':
      return describeSingle(a, ctx);
    case 'STATIC_BRANCH':
      return { name: 'Branch on a value', summary: `Branch on ${inputValueLabel(a.inputValue, ctx)}`, details: [], kind: 'branch' };
    case 'LIST_BRANCH':
      return {
        name: 'Branch on filters',
        summary: `Branch on filters (${arr(a.listBranches).length} ${arr(a.listBranches).length === 1 ? 'branch' : 'branches'}${a.defaultBranch !== undefined || a.defaultBranchName !== undefined ? ' and a default' : ''})`,
        details: [],
        kind: 'branch',
      };
    case 'AB_TEST_BRANCH': {
      const paths = arr(a.testBranches).filter(isObj);
      const shares = paths.map(shareOf);
      const split = `Split at random into ${paths.length} ${paths.length === 1 ? 'path' : 'paths'}`;
      return { name: 'A/B test split', summary: shares.every(Boolean) && shares.length ? `${split}: ${shares.join(' / ')}` : split, details: [], kind: 'branch' };
    }
    case 'CUSTOM_CODE': {
      const runtime = str(a.runtime);
      const outputs = arr(a.outputFields).map((o) => (isObj(o) ? brief(o.name) : brief(o)));
      const secrets = arr(a.secretNames).length;
      const details = [];
      if (outputs.length) details.push(`Outputs: ${listOf(outputs)}`);
      if (secrets) details.push(`Uses ${secrets} secret${secrets === 1 ? '' : 's'}`);
      return { name: 'Custom code', summary: runtime ? `Custom code (${humanizeRuntime(runtime)})` : 'Run custom code', details, kind: 'custom-code' };
    }
    case 'WEBHOOK': {
      const method = str(a.method)?.toUpperCase() ?? 'POST';
      return { name: 'Send a webhook', summary: `${method} ${str(a.webhookUrl) ?? '(no URL)'}`, details: [], kind: 'webhook' };
    }
    default:
      return {
        name: `Unknown action${str(a.type) ? ` type ${str(a.type)}` : ''}`,
        summary: `Unknown action${str(a.type) ? ` type ${str(a.type)}` : ''} (not described by this app)`,
        details: genericFields(a).slice(0, 3),
        kind: 'unknown',
      };
  }
}
