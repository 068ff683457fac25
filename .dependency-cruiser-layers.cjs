/**
 * The folder-level import circle check (see .dependency-cruiser.cjs), over sources only: tests import
 * every layer, so their folders would always circle.
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
  ],
  options: { ...base.options, exclude: { path: `${base.options.exclude.path}|${TESTS}` } },
};
