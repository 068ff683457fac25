/**
 * esbuild bundles, built in memory at startup and rebuilt incrementally on each page load:
 * - one web-worker bundle per card: worker globals → remote-ui runtime → the UNMODIFIED card entrypoint;
 * - the host page (React 18 + react-dom + @remote-ui/react/host).
 */
import * as esbuild from 'esbuild';
import path from 'node:path';
import { REPO_ROOT, WORKBENCH_DIR, type CardMeta } from './project';

export interface Bundle {
  /** Latest JS, or the build error as a message. */
  get(): Promise<{ js: string } | { error: string }>;
  dispose(): Promise<void>;
}

/**
 * Package imports made by card files resolve from the root node_modules. src/app/cards/node_modules
 * exists for HubSpot's lint tooling (`npm ci --prefix src/app/cards`) and holds its own React: bundling
 * that next to the host's would give the worker two Reacts ("Invalid hook call").
 */
function cardPackagesFromRoot(): esbuild.Plugin {
  const cardsDir = path.join(REPO_ROOT, 'src', 'app', 'cards') + path.sep;
  return {
    name: 'card-packages-from-root',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.pluginData?.fromRoot || !args.importer.startsWith(cardsDir)) return undefined;
        return build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: REPO_ROOT, pluginData: { fromRoot: true } });
      });
    },
  };
}

const common: esbuild.BuildOptions = {
  bundle: true,
  write: false,
  platform: 'browser',
  format: 'iife',
  target: 'es2020',
  jsx: 'automatic',
  sourcemap: 'inline',
  logLevel: 'silent',
  absWorkingDir: REPO_ROOT,
  define: { 'process.env.NODE_ENV': '"development"' },
  // Cards and host share the root node_modules (one React per bundle).
  nodePaths: [path.join(REPO_ROOT, 'node_modules')],
  plugins: [cardPackagesFromRoot()],
};

function fmt(errors: esbuild.Message[]): string {
  return errors.map((e) => `${e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ` : ''}${e.text}`).join('\n');
}

async function makeBundle(options: esbuild.BuildOptions): Promise<Bundle> {
  const ctx = await esbuild.context(options);
  let current: Promise<{ js: string } | { error: string }> | null = null;
  let building = false;
  const build = () =>
    ctx.rebuild().then(
      (r) => ({ js: r.outputFiles![0].text }),
      (err: { errors?: esbuild.Message[]; message?: string }) => ({ error: err.errors ? fmt(err.errors) : String(err.message ?? err) }),
    );
  return {
    async get() {
      // Coalesce concurrent requests onto one rebuild.
      if (!building) {
        building = true;
        current = build().finally(() => (building = false));
      }
      return current!;
    },
    dispose: () => ctx.dispose(),
  };
}

export function cardWorkerBundle(card: CardMeta): Promise<Bundle> {
  const rel = (p: string) => './' + path.relative(REPO_ROOT, p).split(path.sep).join('/');
  return makeBundle({
    ...common,
    stdin: {
      contents: [
        `import ${JSON.stringify(rel(path.join(WORKBENCH_DIR, 'worker', 'globals.ts')))};`,
        `import ${JSON.stringify(rel(path.join(WORKBENCH_DIR, 'worker', 'runtime.ts')))};`,
        `import ${JSON.stringify(rel(card.entry))};`,
      ].join('\n'),
      resolveDir: REPO_ROOT,
      sourcefile: `worker-${card.uid}.ts`,
      loader: 'ts',
    },
    outfile: `cards/${card.uid}.js`,
  });
}

export function pageBundle(): Promise<Bundle> {
  return makeBundle({
    ...common,
    entryPoints: [path.join(WORKBENCH_DIR, 'page', 'index.tsx')],
    outfile: 'page.js',
  });
}
