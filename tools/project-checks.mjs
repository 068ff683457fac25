/**
 * Offline checks of a HubSpot 2026.03 project (see /work/shared/docs/hubspot-platform.md §1–§3).
 *
 * validateProject(rootDir) runs @hubspot/project-parsing-lib's `translate` with `skipValidation: true`
 * (the full schema validation downloads schemas and needs an account) and then our own checks, which
 * cover what `translate` does not report. Every problem says which file and what to do about it.
 *
 * This module is native ESM: it dynamically imports the ESM-only @hubspot/project-parsing-lib. Jest
 * (CommonJS via swc) cannot load that package, so tests run `node tools/validate-project.mjs --json`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkCards } from './card-checks.mjs';
import { readJson, toPosix, walk } from './project-files.mjs';
import { loadFunctionUids, registryProblems } from './registry.mjs';

export const UID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
export const ALLOWED_TOP_LEVEL_KEYS = ['uid', 'type', 'config', 'dependencies'];
const METAFILE_SUFFIX = '-hsmeta.json';
/** Folder (under src/app) each component type must live in on 2026.03. */
const FOLDER_FOR_TYPE = { card: 'cards', 'app-function': 'functions', page: 'pages', settings: 'settings' };

/**
 * @param {string} rootDir project root (the folder holding hsproject.json)
 * @returns {Promise<{ problems: { check: string; file?: string; message: string }[]; components: Record<string, number> }>}
 */
export async function validateProject(rootDir) {
  rootDir = path.resolve(rootDir);
  /** @type {{ check: string; file?: string; message: string }[]} */
  const problems = [];
  const rel = (abs) => toPosix(path.relative(rootDir, abs)) || '.';
  const add = (check, file, message) => problems.push(file ? { check, file, message } : { check, message });
  const components = {};

  // --- hsproject.json -------------------------------------------------------------------------
  const projectFile = path.join(rootDir, 'hsproject.json');
  const project = readJson(projectFile);
  if (project.error) {
    add('hsproject', 'hsproject.json', `cannot be read (${project.error}); create it with {"name", "srcDir": "src", "platformVersion": "2026.03"}`);
    return { problems, components };
  }
  const { srcDir = 'src', platformVersion } = project.value ?? {};
  if (platformVersion !== '2026.03') {
    add('hsproject', 'hsproject.json', `platformVersion is ${JSON.stringify(platformVersion)}; set it to "2026.03" (the only version with app functions and the hsmeta layout)`);
  }
  const srcAbs = path.resolve(rootDir, srcDir);
  if (!fs.existsSync(srcAbs)) {
    add('hsproject', 'hsproject.json', `srcDir "${srcDir}" does not exist; create it or fix srcDir`);
    return { problems, components };
  }
  const appDir = path.join(srcAbs, 'app');
  const cardsDir = path.join(appDir, 'cards');
  const functionsDir = path.join(appDir, 'functions');
  const srcRel = rel(srcAbs);

  // --- (a) @hubspot/project-parsing-lib translate ------------------------------------------------
  const lib = await import('@hubspot/project-parsing-lib/translate');
  const constants = await import('@hubspot/project-parsing-lib/constants');
  /** IR nodes by uid, when translate succeeded. */
  let irNodes = null;
  let skippedByTranslate = [];
  try {
    const result = await lib.translate({ projectSourceDir: srcAbs, platformVersion: platformVersion ?? '2026.03' }, { skipValidation: true });
    irNodes = result.intermediateRepresentation.intermediateNodesIndexedByUid;
    skippedByTranslate = result.skippedHsMetaFiles.map((f) => toPosix(f));
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replaceAll(srcAbs + path.sep, `${srcRel}/`).replace(/\n- /g, ', ');
    add('translate', undefined, `@hubspot/project-parsing-lib translate failed: ${message}`);
  }

  // --- hsmeta files: placement, JSON, top-level keys, uids ----------------------------------------
  const allowedDirs = new Set([...constants.ALLOWED_COMPONENT_DIRECTORIES, ...constants.ALLOWED_SUB_COMPONENT_DIRECTORIES].map(toPosix));
  const metaFiles = walk(srcAbs).filter((f) => f.endsWith(METAFILE_SUFFIX));
  /** @type {{ file: string; abs: string; meta: any }[]} */
  const parsed = [];
  const reportedPlacement = new Set();
  for (const abs of metaFiles) {
    const file = rel(abs);
    const inSrc = toPosix(path.relative(srcAbs, abs));
    const json = readJson(abs);
    const meta = json.value;
    if (!allowedDirs.has(path.posix.dirname(inSrc))) {
      const folder = FOLDER_FOR_TYPE[meta?.type];
      const target = meta?.type === 'app' ? `${srcRel}/app/` : folder ? `${srcRel}/app/${folder}/` : `its component folder under ${srcRel}/app/`;
      add('placement', file, `hsmeta files are only read in their component folder on 2026.03 (${srcRel}/app/cards, ${srcRel}/app/functions…); move it to ${target}`);
      reportedPlacement.add(inSrc);
      continue;
    }
    if (json.error) {
      add('json', file, `is not valid JSON (${json.error}); fix the syntax`);
      continue;
    }
    if (!meta || typeof meta !== 'object' || Array.isArray(meta)) {
      add('json', file, 'must be a JSON object with uid, type and config');
      continue;
    }
    const unexpected = Object.keys(meta).filter((k) => !ALLOWED_TOP_LEVEL_KEYS.includes(k));
    if (unexpected.length) {
      add(
        'top-level-keys',
        file,
        `unexpected top-level key(s) ${unexpected.map((k) => `"${k}"`).join(', ')}; only ${ALLOWED_TOP_LEVEL_KEYS.join('/')} are allowed (move settings into "config")`,
      );
    }
    if (typeof meta.uid !== 'string' || !UID_PATTERN.test(meta.uid)) {
      add('uid', file, `uid ${JSON.stringify(meta.uid)} is invalid; use 1–64 letters, digits, ".", "-" or "_"`);
    }
    if (typeof meta.type !== 'string') add('hsmeta', file, 'missing "type"; set it (app, card, app-function…)');
    if (!meta.config || typeof meta.config !== 'object') add('hsmeta', file, 'missing "config" object; add it');
    parsed.push({ file, abs, inSrc, meta });
    components[meta.type] = (components[meta.type] ?? 0) + 1;
  }
  // Anything translate skipped that our placement check did not already name.
  for (const inSrc of skippedByTranslate) {
    if (reportedPlacement.has(inSrc)) continue;
    add('placement', `${srcRel}/${inSrc}`, `translate skipped this hsmeta file (not in a component folder); move it to its component folder under ${srcRel}/app/`);
  }
  // translate (skipValidation) silently drops files it cannot parse: cross-check its IR.
  if (irNodes) {
    const inIr = new Set(Object.values(irNodes).map((n) => toPosix(n.metaFilePath)));
    for (const p of parsed) {
      if (!inIr.has(p.inSrc)) add('translate', p.file, 'translate did not produce a component for this file; check its uid/type/config');
    }
  }

  // Duplicate uids across the project.
  const byUid = new Map();
  for (const p of parsed) {
    if (typeof p.meta.uid !== 'string') continue;
    byUid.set(p.meta.uid, [...(byUid.get(p.meta.uid) ?? []), p.file]);
  }
  for (const [uid, files] of byUid) {
    if (files.length > 1)
      add('duplicate-uid', files[1], `uid "${uid}" is also used by ${files.filter((f) => f !== files[1]).join(', ')}; uids must be unique across the project, rename one`);
  }

  // Entrypoints exist.
  for (const p of parsed) {
    const entry = p.meta.config?.entrypoint;
    if (entry === undefined) {
      if (p.meta.type === 'card' || p.meta.type === 'app-function') add('entrypoint', p.file, 'config.entrypoint is missing; set it (e.g. "/app/cards/Card.tsx")');
      continue;
    }
    if (typeof entry !== 'string' || !entry.startsWith('/')) {
      add('entrypoint', p.file, `config.entrypoint ${JSON.stringify(entry)} must be a path from ${srcRel}/ starting with "/" (e.g. "/app/cards/Card.tsx")`);
      continue;
    }
    const target = path.join(srcAbs, entry);
    if (!fs.existsSync(target) || !fs.statSync(target).isFile()) {
      const hint = p.meta.type === 'app-function' ? 'run npm run build, or fix the path' : 'create it or fix the path';
      add('entrypoint', p.file, `config.entrypoint ${entry} does not exist (${rel(target)}); ${hint}`);
    }
  }

  // App component: private distribution, static auth.
  const apps = parsed.filter((p) => p.meta.type === 'app');
  if (apps.length !== 1) {
    add(
      'app',
      `${srcRel}/app/app-hsmeta.json`,
      apps.length === 0
        ? 'no hsmeta with type "app" found; create src/app/app-hsmeta.json'
        : `found ${apps.length} app components (${apps.map((a) => a.file).join(', ')}); keep one`,
    );
  }
  for (const app of apps) {
    if (app.meta.config?.distribution !== 'private') {
      add('app', app.file, `config.distribution is ${JSON.stringify(app.meta.config?.distribution)}; app functions on 2026.03 need "private"`);
    }
    if (app.meta.config?.auth?.type !== 'static') {
      add('app', app.file, `config.auth.type is ${JSON.stringify(app.meta.config?.auth?.type)}; app functions on 2026.03 need "static"`);
    }
  }

  // --- legacy layout ------------------------------------------------------------------------------
  for (const legacy of ['extensions', 'app.functions']) {
    const dir = path.join(appDir, legacy);
    if (fs.existsSync(dir)) {
      const target = legacy === 'extensions' ? 'src/app/cards/' : 'src/app/functions/';
      add('legacy-layout', `${rel(dir)}/`, `is the retired 2025.1 layout and is ignored on 2026.03; move its contents to ${target} and delete it`);
    }
  }
  for (const abs of walk(srcAbs)) {
    const name = path.basename(abs);
    if (name === 'serverless.json') {
      add(
        'legacy-layout',
        rel(abs),
        'serverless.json is the retired 2025.1 layout and is ignored on 2026.03; declare each function with a <uid>-hsmeta.json in src/app/functions/ and delete it',
      );
    } else if (name === 'app.json') {
      add('legacy-layout', rel(abs), 'app.json is the retired 2025.1 layout and is ignored on 2026.03; put the app config in src/app/app-hsmeta.json and delete it');
    }
  }

  // --- functions folder ---------------------------------------------------------------------------
  const functions = parsed.filter((p) => p.meta.type === 'app-function');
  const functionUids = new Set(functions.map((f) => f.meta.uid));
  const functionsPkg = path.join(functionsDir, 'package.json');
  if (!fs.existsSync(functionsPkg)) {
    add(
      'functions-package-json',
      rel(functionsPkg),
      'is missing; HubSpot requires it for app functions even without dependencies: create it ({"name", "version", "dependencies": {}})',
    );
  }
  const bundles = fs.existsSync(functionsDir) ? fs.readdirSync(functionsDir).filter((f) => f.endsWith('.js')) : [];
  const entrypoints = new Set(functions.map((f) => f.meta.config?.entrypoint));
  for (const bundle of bundles) {
    if (!entrypoints.has(`/app/functions/${bundle}`)) {
      const uid = bundle.replace(/\.js$/, '');
      add(
        'function-bundles',
        `${rel(functionsDir)}/${bundle}`,
        `has no app-function hsmeta pointing at it; create ${rel(functionsDir)}/${uid}-hsmeta.json (npm run build does) or delete the bundle`,
      );
    }
  }
  for (const fn of functions) {
    const entry = fn.meta.config?.entrypoint;
    if (typeof entry === 'string' && !/^\/app\/functions\/[^/]+\.js$/.test(entry)) {
      add('function-bundles', fn.file, `config.entrypoint ${entry} must be a .js bundle directly in ${srcRel}/app/functions/ (no dist/, no TypeScript at run time)`);
    }
  }
  // Function sources without a bundle (only where the project keeps them in server/functions).
  const sourcesDir = path.join(rootDir, 'server', 'functions');
  if (fs.existsSync(sourcesDir)) {
    for (const src of fs.readdirSync(sourcesDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))) {
      const uid = src.replace(/\.ts$/, '');
      if (!functionUids.has(uid) || !fs.existsSync(path.join(functionsDir, `${uid}.js`))) {
        add('function-bundles', `server/functions/${src}`, `has no built app function ${rel(functionsDir)}/${uid}.js with an hsmeta; run npm run build and commit the result`);
      }
    }
  }

  // --- the function registry (server/registry.ts): one entry ⇔ one source, bundle and hsmeta ---------
  const registryUids = await loadFunctionUids(rootDir);
  if (registryUids) problems.push(...registryProblems(rootDir, registryUids, { srcDir: toPosix(srcDir) }));
  /** Uids a string literal in a card may name: the registry's, else (no registry) the hsmeta's. */
  const knownUids = new Set(registryUids ?? functionUids);

  // --- cards: function uids and imports (card-checks.mjs) -----------------------------------------
  checkCards({ cardsDir, functionsDir, functionUids, knownUids, rel, add });

  return { problems, components };
}

/** `Project valid: 11 components (1 app, 1 card, 9 app-function)` */
export function describeComponents(components) {
  const total = Object.values(components).reduce((a, b) => a + b, 0);
  const parts = Object.entries(components)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, n]) => `${n} ${type}`);
  return `${total} components (${parts.join(', ')})`;
}

export function formatProblem(problem) {
  return problem.file ? `${problem.file}: ${problem.message}` : problem.message;
}
