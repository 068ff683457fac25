/**
 * Import graph checks (dependency-cruiser), run by tools/import-graph.test.ts in npm test:
 * - no-circular: no two modules import each other, directly or around a circle, anywhere (tests and
 *   type-only imports included: a circle of types is still two modules that cannot be read one without the other);
 * - no-circular-folders (.dependency-cruiser-layers.cjs, on sources without tests): folders are layers (runtime, hubspot,
 *   names, workflows, sequences…), and a circle between two folders is a layer leak even when no two files form one.
 *   `npx depcruise -c .dependency-cruiser.cjs server portal workbench bench tools test src` shows the file circles.
 */
const options = {
  doNotFollow: { path: 'node_modules' },
  exclude: { path: '(^|/)(node_modules|dist|coverage)/|^src/app/functions/|\\.d\\.ts$' },
  tsPreCompilationDeps: true,
  tsConfig: { fileName: 'tsconfig.json' },
};

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import circles make load order matter and layers meaningless: move what both sides need to a module of its own.',
      from: {},
      to: { circular: true },
    },
  ],
  options,
};
