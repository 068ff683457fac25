/** One jest config for functions, cards, portal, tools and workbench host components. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const fs = require('node:fs');
const path = require('node:path');
const roots = ['test', 'server', 'src/app/cards', 'portal', 'tools', 'workbench', 'bench'].filter((d) => fs.existsSync(path.join(__dirname, d)));

module.exports = {
  testEnvironment: 'node',
  roots: roots.map((d) => `<rootDir>/${d}`),
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/fixtures/'],
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  // @hubspot/ui-extensions, @remote-ui and tinyspy ship ESM: let swc transform them.
  transformIgnorePatterns: ['/node_modules/(?!(@hubspot/ui-extensions|@remote-ui|tinyspy)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testTimeout: 20000,
};
