/** tools/registry.mjs: one registry entry ⇔ one source, one bundle, one hsmeta; nothing extra. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { registryProblems } from './registry.mjs';
import { FUNCTION_UIDS } from '../server/registry';

const REPO_ROOT = path.resolve(__dirname, '..');
let dir: string;

function project(uids: string[]) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-'));
  fs.mkdirSync(path.join(dir, 'server', 'functions'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'src', 'app', 'functions'), { recursive: true });
  for (const uid of uids) {
    fs.writeFileSync(path.join(dir, 'server', 'functions', `${uid}.ts`), '');
    fs.writeFileSync(path.join(dir, 'src', 'app', 'functions', `${uid}.js`), '');
    fs.writeFileSync(
      path.join(dir, 'src', 'app', 'functions', `${uid}-hsmeta.json`),
      JSON.stringify({ uid, type: 'app-function', config: { entrypoint: `/app/functions/${uid}.js` } }),
    );
  }
  return dir;
}
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const messages = (root: string, uids: string[]) => registryProblems(root, uids).map((p) => `${p.file}: ${p.message}`);

test('the real project: every registry entry has its source, bundle and hsmeta, and nothing else does', () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-')); // nothing to clean but keeps afterEach simple
  expect(messages(REPO_ROOT, [...FUNCTION_UIDS])).toEqual([]);
});

test('a consistent project has no problems', () => {
  expect(messages(project(['a-fn', 'b-fn']), ['a-fn', 'b-fn'])).toEqual([]);
});

test('an entry without source, bundle or hsmeta', () => {
  const root = project(['a-fn']);
  expect(messages(root, ['a-fn', 'b-fn'])).toEqual([
    'server/registry.ts: lists "b-fn" but server/functions/b-fn.ts does not exist; write the handler or remove the entry',
    'server/registry.ts: lists "b-fn" but src/app/functions/b-fn.js is missing; run npm run build and commit the result',
    'server/registry.ts: lists "b-fn" but src/app/functions/b-fn-hsmeta.json is missing; npm run build creates it',
  ]);
});

test('a source, bundle or hsmeta the registry does not list', () => {
  const root = project(['a-fn', 'extra']);
  expect(messages(root, ['a-fn'])).toEqual([
    'server/functions/extra.ts: is not in server/registry.ts; add an entry for "extra" (or move the file if it is not an app function)',
    'src/app/functions/extra.js: is a bundle of no registry entry; delete it or add its function to server/registry.ts',
    'src/app/functions/extra-hsmeta.json: declares app function "extra", which is not in server/registry.ts; add it there or delete the file',
  ]);
});

test('an hsmeta whose uid or entrypoint does not match its entry', () => {
  const root = project(['a-fn']);
  fs.writeFileSync(
    path.join(root, 'src', 'app', 'functions', 'a-fn-hsmeta.json'),
    JSON.stringify({ uid: 'a-fn', type: 'app-function', config: { entrypoint: '/app/functions/other.js' } }),
  );
  expect(messages(root, ['a-fn'])).toEqual([
    'src/app/functions/a-fn-hsmeta.json: must be {"uid": "a-fn", "type": "app-function", "config": {"entrypoint": "/app/functions/a-fn.js"}} to match the registry entry',
  ]);
});
