/**
 * Reads the project the way HubSpot does on 2026.03: `*-hsmeta.json` files in `src/app/cards/` and
 * `src/app/functions/`, entrypoints relative to `srcDir`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const WORKBENCH_DIR = __dirname;

export interface CardMeta {
  uid: string;
  name: string;
  location: string;
  /** Absolute path of the card entrypoint (.tsx). */
  entry: string;
  /** True for the workbench's own demo card. */
  demo?: boolean;
}

export interface FunctionMeta {
  uid: string;
  /** Absolute path of the committed CommonJS bundle. */
  bundle: string;
  demo?: boolean;
}

interface HsMeta {
  uid?: string;
  type?: string;
  config?: { name?: string; location?: string; entrypoint?: string };
}

export function srcDir(root = REPO_ROOT): string {
  try {
    const hsproject = JSON.parse(readFileSync(path.join(root, 'hsproject.json'), 'utf8')) as { srcDir?: string };
    return path.join(root, hsproject.srcDir || 'src');
  } catch {
    return path.join(root, 'src');
  }
}

function readMetas(dir: string): HsMeta[] {
  if (!existsSync(dir)) return [];
  const out: HsMeta[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('-hsmeta.json')) continue;
    try {
      out.push(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as HsMeta);
    } catch {
      // A broken hsmeta file is the validator's business; the workbench just skips it.
    }
  }
  return out;
}

/** Cards of the project (`src/app/cards/*-hsmeta.json` with type "card"). */
export function findCards(root = REPO_ROOT): CardMeta[] {
  const src = srcDir(root);
  return readMetas(path.join(src, 'app', 'cards'))
    .filter((m) => m.type === 'card' && m.uid && m.config?.entrypoint)
    .map((m) => ({
      uid: m.uid!,
      name: m.config!.name || m.uid!,
      location: m.config!.location || 'crm.record.sidebar',
      entry: path.join(src, m.config!.entrypoint!),
    }))
    .filter((c) => existsSync(c.entry));
}

/** App functions of the project (`src/app/functions/*-hsmeta.json` with type "app-function"). */
export function findFunctions(root = REPO_ROOT): FunctionMeta[] {
  const src = srcDir(root);
  return readMetas(path.join(src, 'app', 'functions'))
    .filter((m) => m.type === 'app-function' && m.uid && m.config?.entrypoint)
    .map((m) => ({ uid: m.uid!, bundle: path.join(src, m.config!.entrypoint!) }));
}

/** The workbench's own demo card and function, used while the project has no cards. */
export const DEMO_CARD: CardMeta = {
  uid: 'workbench-demo-card',
  name: 'Workbench demo card',
  location: 'crm.record.sidebar',
  entry: path.join(WORKBENCH_DIR, 'demo', 'DemoCard.tsx'),
  demo: true,
};

export const DEMO_FUNCTIONS: FunctionMeta[] = [
  { uid: 'workbench-demo-echo', bundle: path.join(WORKBENCH_DIR, 'demo', 'functions', 'demo-echo.js'), demo: true },
  { uid: 'workbench-demo-slow', bundle: path.join(WORKBENCH_DIR, 'demo', 'functions', 'demo-slow.js'), demo: true },
  { uid: 'workbench-demo-crash', bundle: path.join(WORKBENCH_DIR, 'demo', 'functions', 'demo-crash.js'), demo: true },
];
