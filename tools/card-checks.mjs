/**
 * The card checks of the offline project validation (tools/project-checks.mjs): a card calls only app
 * functions that exist, and imports code from outside the cards folder only with `import type`
 * (HubSpot bundles the cards folder alone).
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { isTestFile, walk } from './project-files.mjs';

/** Card-side calls whose first argument is a function uid. */
const FUNCTION_CALLERS = new Set(['serverless', 'run', 'runFunction']);

/**
 * @param {{ cardsDir: string; functionsDir: string; functionUids: Set<string>; knownUids: Set<string>; rel: (abs: string) => string; add: (check: string, file: string | undefined, message: string) => void }} ctx
 *   functionUids: uids with an app-function hsmeta; knownUids: uids a string literal in a card may name.
 */
export function checkCards({ cardsDir, functionsDir, functionUids, knownUids, rel, add }) {
  const cardFiles = walk(cardsDir).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts') && !isTestFile(f));
  for (const abs of cardFiles) {
    const file = rel(abs);
    const source = ts.createSourceFile(abs, fs.readFileSync(abs, 'utf8'), ts.ScriptTarget.Latest, true, abs.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const calledUids = new Set();
    const imports = [];
    const visit = (node) => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        imports.push({ spec: node.moduleSpecifier.text, typeOnly: isTypeOnlyImport(node), node });
        return; // the specifier is not a uid reference
      }
      if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        imports.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly, node });
        return;
      }
      if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
        imports.push({ spec: node.moduleReference.expression.text, typeOnly: node.isTypeOnly, node });
        return;
      }
      if (ts.isImportTypeNode(node)) return; // typeof import('x') in a type position is erased
      if (ts.isCallExpression(node)) {
        const [first] = node.arguments;
        const firstLiteral = first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) ? first.text : undefined;
        if ((node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require')) && firstLiteral !== undefined) {
          imports.push({ spec: firstLiteral, typeOnly: false, node });
          return;
        }
        const callee = ts.isIdentifier(node.expression) ? node.expression.text : ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : undefined;
        if (callee && FUNCTION_CALLERS.has(callee) && firstLiteral !== undefined) calledUids.add(firstLiteral);
      }
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && knownUids.has(node.text)) {
        calledUids.add(node.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);

    for (const uid of [...calledUids].sort()) {
      if (!functionUids.has(uid)) {
        add(
          'card-function-uid',
          file,
          `calls app function "${uid}", which does not exist; add ${rel(functionsDir)}/${uid}-hsmeta.json and its bundle (npm run build) or fix the uid`,
        );
      }
    }
    for (const imp of imports) {
      if (!imp.spec.startsWith('.') && !imp.spec.startsWith('/')) continue; // bare package specifier
      const resolved = path.resolve(path.dirname(abs), imp.spec);
      const inside = resolved === cardsDir || resolved.startsWith(cardsDir + path.sep);
      if (inside || imp.typeOnly) continue;
      const { line } = source.getLineAndCharacterOfPosition(imp.node.getStart(source));
      add(
        'card-imports',
        file,
        `line ${line + 1} imports "${imp.spec}" from outside ${rel(cardsDir)}/ (HubSpot bundles the cards folder alone); use \`import type\` for types or move the code into ${rel(cardsDir)}/`,
      );
    }
  }
}

/** `import type {…}`, or `import { type A, type B }` with only type specifiers (no default, no namespace). */
function isTypeOnlyImport(node) {
  const clause = node.importClause;
  if (!clause) return false; // side-effect import
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  return !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}
