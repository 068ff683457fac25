/**
 * The folder-level import circle check (see .dependency-cruiser.cjs), over sources only: tests import
 * every layer, so their folders would always circle. Plus the server's layer order (tools/import-graph.test.ts):
 * domain folders never import the runtime or the functions, names imports no other domain folder and sequences
 * and workflows import each other not at all; the leaves (hubspot, time, input) import no other layer.
 */
const base = require('./.dependency-cruiser.cjs');

const TESTS = '\\.test\\.tsx?$|/__tests__/|/__fixtures__/|^test/|\\.spec-check\\.ts$|\\.typecheck\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular-folders',
      scope: 'folder',
      severity: 'error',
      comment: 'A circle between folders: a lower layer imports a higher one back.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-below-runtime',
      severity: 'error',
      comment: 'Domain code takes plain values (or the HubSpot client) and returns values: only the runtime knows deps and result codes.',
      from: { path: '^server/(names|sequences|workflows)/' },
      to: { path: '^server/(runtime|functions)/' },
    },
    {
      name: 'names-below-domains',
      severity: 'error',
      comment: 'Names (server/names) serve the sequences and workflows folders and import neither; sequences and workflows import each other not at all.',
      from: { path: '^server/(names|sequences|workflows)/' },
      to: { path: '^server/(sequences|workflows)/', pathNot: '^server/$1/' },
    },
    {
      name: 'leaves-know-no-app',
      severity: 'error',
      comment: 'The HubSpot client, time zones and input blocks are below every other server layer.',
      from: { path: '^server/(hubspot|time|input)/' },
      to: { path: '^server/(names|sequences|workflows|runtime|functions)/|^server/[^/]+\\.ts$' },
    },
  ],
  options: { ...base.options, exclude: { path: `${base.options.exclude.path}|${TESTS}` } },
};
