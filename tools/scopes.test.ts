/**
 * Scopes, derived from the code:
 *  (a) every HubSpot path literal (`/automation…`, `/crm…`) in server/**\/*.ts (not tests) is a path of
 *      the endpoint registry server/hubspot/endpoints.ts, so no call bypasses it;
 *  (b) each registry entry's scope is one HubSpot's OpenAPI files (../shared/hubspot-openapi) list
 *      for that operation (entries not in those files are listed, not failed);
 *  (c) the registry's scopes are exactly app-hsmeta.json config.auth.requiredScopes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { ENDPOINTS } from '../server/hubspot/endpoints';
import { needsShared, SHARED } from '../test/requirements';

const REPO_ROOT = path.resolve(__dirname, '..');
const OPENAPI_DIR = SHARED.openapi;
// crm-object-schemas: the schemas API (custom object names) has its own root.
const HUBSPOT_PATH = /^\/(automation|crm|crm-object-schemas|marketing)(\/|$)/;

type Endpoint = { method: string; path: string; scope: string; optionalScope?: true };
const endpoints = ENDPOINTS as Record<string, Endpoint>;

/** `/automation/v4/flows/{flowId}?limit=` → `/automation/v4/flows/{}` */
const normalize = (p: string) =>
  p
    .replace(/[?#].*$/, '')
    .replace(/\{[^}]*\}/g, '{}')
    .replace(/\/+$/, '') || '/';

function serverSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === '__tests__' ? [] : serverSources(full);
    return /\.tsx?$/.test(e.name) && !/\.(test|spec)\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

interface PathLiteral {
  where: string;
  text: string;
}

/** HubSpot path literals in server code; `${CONST}/…` templates are expanded when CONST is a path constant. */
function findPathLiterals(root = REPO_ROOT): PathLiteral[] {
  const files = serverSources(path.join(root, 'server')).map((file) => ({
    file,
    source: ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS),
  }));
  // Pass 1: `const X = '/automation/…'` (any file) so templates built on it can be expanded.
  const constants = new Map<string, string>();
  for (const { source } of files) {
    const visit = (node: ts.Node): void => {
      if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.initializer &&
        (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer))
      ) {
        if (HUBSPOT_PATH.test(node.initializer.text)) constants.set(node.name.text, node.initializer.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  // Pass 2: the literals.
  const found: PathLiteral[] = [];
  for (const { file, source } of files) {
    const where = (node: ts.Node) => `${path.relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        // A family's base path in server/hubspot/api-versions.ts is no call: the templates built on it are checked.
        const familyBase = file.endsWith(path.join('hubspot', 'api-versions.ts')) && ts.isVariableDeclaration(node.parent);
        if (HUBSPOT_PATH.test(node.text) && !familyBase) found.push({ where: where(node), text: node.text });
      } else if (ts.isTemplateExpression(node)) {
        let text = node.head.text;
        node.templateSpans.forEach((span, i) => {
          const expanded = i === 0 && text === '' && ts.isIdentifier(span.expression) ? constants.get(span.expression.text) : undefined;
          text += (expanded ?? '{}') + span.literal.text;
        });
        if (HUBSPOT_PATH.test(text)) found.push({ where: where(node), text });
        return; // spans were handled
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function scopeDiff(registry: Record<string, Endpoint>, declared: Set<string>): string[] {
  const used = new Set(Object.values(registry).map((e) => e.scope));
  const missing = [...used]
    .filter((s) => !declared.has(s))
    .map(
      (s) =>
        `missing scope "${s}": used by ${Object.entries(registry)
          .filter(([, e]) => e.scope === s)
          .map(([n]) => n)
          .join(', ')}; add it to src/app/app-hsmeta.json config.auth.requiredScopes`,
    );
  const unused = [...declared]
    .filter((s) => !used.has(s))
    .map((s) => `unused scope "${s}": no endpoint in server/hubspot/endpoints.ts needs it; remove it from config.auth.requiredScopes`);
  return [...missing, ...unused];
}

describe('the checks can fail', () => {
  test('(a) finds a hand-built URL that bypasses the registry', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'scopes-'));
    try {
      fs.mkdirSync(path.join(root, 'server', 'x'), { recursive: true });
      fs.writeFileSync(
        path.join(root, 'server', 'x', 'bypass.ts'),
        "const BASE = '/automation/v4';\nexport const a = (id: string) => `${BASE}/flows/${id}/secret`;\nexport const b = '/crm/v3/objects/deals?limit=1';\nexport const c = `/automation/v4/flows/${1}`;\n",
      );
      fs.writeFileSync(path.join(root, 'server', 'x', 'bypass.test.ts'), "export const t = '/crm/ignored';\n");
      const texts = findPathLiterals(root).map((l) => `${l.where} ${l.text}`);
      expect(texts).toEqual([
        'server/x/bypass.ts:1 /automation/v4',
        'server/x/bypass.ts:2 /automation/v4/flows/{}/secret',
        'server/x/bypass.ts:3 /crm/v3/objects/deals?limit=1',
        'server/x/bypass.ts:4 /automation/v4/flows/{}',
      ]);
      const registered = new Set(Object.values(endpoints).map((e) => normalize(e.path)));
      expect(
        findPathLiterals(root)
          .filter((l) => !registered.has(normalize(l.text)))
          .map((l) => l.text),
      ).toEqual(['/automation/v4', '/automation/v4/flows/{}/secret', '/crm/v3/objects/deals?limit=1']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  test('(c) names missing and unused scopes', () => {
    const registry = { a: { method: 'GET', path: '/crm/v3/x', scope: 'crm.objects.contacts.read' }, b: { method: 'GET', path: '/automation/v4/flows', scope: 'automation' } };
    expect(scopeDiff(registry, new Set(['automation', 'tickets']))).toEqual([
      'missing scope "crm.objects.contacts.read": used by a; add it to src/app/app-hsmeta.json config.auth.requiredScopes',
      'unused scope "tickets": no endpoint in server/hubspot/endpoints.ts needs it; remove it from config.auth.requiredScopes',
    ]);
  });
});

describe('HubSpot endpoints and scopes', () => {
  const registered = new Set(Object.values(endpoints).map((e) => normalize(e.path)));

  test('the endpoint registry is not empty and well formed', () => {
    expect(Object.keys(endpoints).length).toBeGreaterThan(0);
    for (const [name, e] of Object.entries(endpoints)) {
      expect({ name, ok: /^(GET|POST|PUT|PATCH|DELETE)$/.test(e.method) && HUBSPOT_PATH.test(e.path) && /^[a-z][\w.-]*$/.test(e.scope) }).toEqual({ name, ok: true });
    }
  });

  test('(a) every /automation or /crm path in server code is in ENDPOINTS (no call bypasses the registry)', () => {
    const literals = findPathLiterals();
    expect(literals.length).toBeGreaterThan(0);
    const bypasses = literals
      .filter((l) => !registered.has(normalize(l.text)))
      .map((l) => `${l.where}: "${l.text}" is not a path in server/hubspot/endpoints.ts ENDPOINTS; add it there (with its scope) and build the URL with endpointPath()`);
    expect(bypasses).toEqual([]);
  });

  needsShared('openapi', 'scopes check (b), endpoint scopes vs HubSpot OpenAPI')('(b) scopes vs OpenAPI', () => {
    const openApiFiles = fs.readdirSync(OPENAPI_DIR).filter((f) => f.endsWith('.json'));
    test("(b) each endpoint's scope is one HubSpot's OpenAPI lists for that operation", () => {
      /** `GET /automation/v4/flows/{}` → scopes of every security alternative */
      const operations = new Map<string, { scopes: Set<string>; file: string }>();
      for (const f of openApiFiles) {
        const spec = JSON.parse(fs.readFileSync(path.join(OPENAPI_DIR, f), 'utf8'));
        for (const [p, item] of Object.entries<Record<string, any>>(spec.paths ?? {})) {
          for (const [method, op] of Object.entries<any>(item)) {
            if (!op || typeof op !== 'object' || !['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
            const security: Record<string, string[]>[] = op.security ?? spec.security ?? [];
            const scopes = new Set(security.flatMap((alt) => Object.values(alt).flat()));
            operations.set(`${method.toUpperCase()} ${normalize(p)}`, { scopes, file: f });
          }
        }
      }
      const wrong: string[] = [];
      const notInSpec: string[] = [];
      for (const [name, e] of Object.entries(endpoints)) {
        const op = operations.get(`${e.method} ${normalize(e.path)}`);
        if (!op) notInSpec.push(`${name} (${e.method} ${e.path})`);
        else if (!op.scopes.has(e.scope))
          wrong.push(`${name}: ${e.method} ${e.path} has scope "${e.scope}" but ${op.file} requires one of ${[...op.scopes].join(', ') || '(none)'}`);
      }
      if (notInSpec.length) {
        console.warn(`Scopes not checked against OpenAPI (operation not in ${OPENAPI_DIR}):\n  ${notInSpec.join('\n  ')}`);
      }
      expect(wrong).toEqual([]);
      expect(notInSpec.length).toBeLessThan(Object.keys(endpoints).length);
    });
  });

  test('(c) ENDPOINTS scopes are exactly app-hsmeta.json config.auth.requiredScopes + optionalScopes', () => {
    const app = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'src', 'app', 'app-hsmeta.json'), 'utf8'));
    const required = new Set<string>(app.config?.auth?.requiredScopes ?? []);
    const optional = new Set<string>(app.config?.auth?.optionalScopes ?? []);
    expect(scopeDiff(endpoints, new Set([...required, ...optional]))).toEqual([]);
    // An endpoint marked optionalScope works without its scope, so the scope is optional (and only then).
    const misfiled = Object.entries(endpoints)
      .filter(([, e]) => (e.optionalScope ? !optional.has(e.scope) || required.has(e.scope) : !required.has(e.scope)))
      .map(([n, e]) => `${n}: scope "${e.scope}" belongs in ${e.optionalScope ? 'optionalScopes' : 'requiredScopes'}`);
    expect(misfiled).toEqual([]);
  });
});
