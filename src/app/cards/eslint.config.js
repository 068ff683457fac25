// Lint for the card package, as HubSpot expects it (CLI 8.14 `hs project lint`, and the check
// `hs project upload` runs): HubSpot's UI-extension rules on top of the recommended JS, TypeScript,
// React and hooks rules, unused-import removal, and Prettier last (formatting is Prettier's job).
// The packages are this folder's devDependencies: the CLI looks for them in ./node_modules.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import unusedImports from 'eslint-plugin-unused-imports';
import prettier from 'eslint-config-prettier';
import { config as uiExtensionsConfig } from '@hubspot/eslint-config-ui-extensions';

// HubSpot bundles this folder alone, so its no-parent-imports rule is right for values; but it also flags
// `import type` from ../server, which the bundler erases (the platform supports it, and the card ⇄
// function contract depends on it). Same rule, same message, type-only imports skipped.
const hubspotRules = uiExtensionsConfig.find((c) => c.plugins?.['@hubspot/ui-extensions']).plugins['@hubspot/ui-extensions'].rules;
const noParentValueImports = {
  meta: hubspotRules['no-parent-imports'].meta,
  create(context) {
    const { ImportDeclaration } = hubspotRules['no-parent-imports'].create(context);
    return { ImportDeclaration: (node) => node.importKind === 'type' || ImportDeclaration(node) };
  },
};

export default defineConfig([
  { ignores: ['node_modules/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  react.configs.flat.recommended,
  react.configs.flat['jsx-runtime'],
  { settings: { react: { version: 'detect' } } },
  ...uiExtensionsConfig,
  reactHooks.configs.flat['recommended-latest'],
  {
    plugins: { 'unused-imports': unusedImports },
    rules: {
      'react/prop-types': 'off', // TypeScript types the props
      // Card text is passed to HubSpot's components as strings, never parsed as HTML: quotes are fine.
      'react/no-unescaped-entities': ['error', { forbid: ['>', '}'] }],
      'no-unused-vars': 'off',
      '@typescript-eslint/no-unused-vars': 'off',
      'unused-imports/no-unused-imports': 'error',
      'unused-imports/no-unused-vars': ['error', { vars: 'all', varsIgnorePattern: '^_', args: 'after-used', argsIgnorePattern: '^_' }],
    },
  },
  {
    plugins: { cards: { rules: { 'no-parent-value-imports': noParentValueImports } } },
    rules: { '@hubspot/ui-extensions/no-parent-imports': 'off', 'cards/no-parent-value-imports': 'error' },
  },
  {
    // Tests run in jest on Node, never in HubSpot's worker: they may reach outside the card folder.
    files: ['**/*.test.{ts,tsx}'],
    rules: { 'cards/no-parent-value-imports': 'off' },
  },
  prettier,
]);
