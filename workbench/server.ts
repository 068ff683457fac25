/**
 * The local workbench: the emulated portal in-process, the app functions executed like HubSpot
 * executes them, and a page that renders the UNMODIFIED cards in web workers through @remote-ui.
 */
import { readFile } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { startPortal } from '../portal/server';
import { cardWorkerBundle, pageBundle, type Bundle } from './bundle';
import { FunctionRunner } from './functions';
import { DEMO_CARD, DEMO_FUNCTIONS, WORKBENCH_DIR, findCards, findFunctions, type CardMeta } from './project';

export interface WorkbenchOptions {
  /** Port of the page (default 3000; 0 = any free port). */
  port?: number;
  /** Port of the emulated portal (default 0 = any free port). */
  portalPort?: number;
  quiet?: boolean;
  /** Show the workbench demo card too (default: only when the project has no cards; WORKBENCH_DEMO=1 forces it). */
  demo?: boolean;
  /** Kill an app function after this many ms (default 15 000, as HubSpot). */
  functionTimeoutMs?: number;
}

export interface Workbench {
  url: string;
  portal: PortalHandle;
  cards: CardMeta[];
  close(): Promise<void>;
}

const MAX_BODY = 1_000_000;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
const sendJson = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

type PortalHandle = Awaited<ReturnType<typeof startPortal>>;

/** The contact's properties as HubSpot's host gives them to a card: read in-process, no faults, no rate limit. */
function contactProperties(portal: PortalHandle, contactId: string): Record<string, string | null> | null {
  const contact = portal.state.data.contacts.find((c) => String(c.id) === String(contactId));
  return contact ? { hs_object_id: String(contact.id), ...contact.properties } : null;
}

const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Contact record · HubSpot app workbench</title>
<link rel="stylesheet" href="/styles.css">
</head>
<body>
<div id="root"></div>
<script src="/page.js"></script>
</body>
</html>`;

export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const log = options.quiet ? () => undefined : (line: string) => console.log(line);
  // WORKBENCH_WITHHOLD_SCOPES=sales-templates-public-read: an install without the optional templates scope
  // (also switchable at run time: POST /api/portal/scopes { "withheld": [...] }).
  const withheldScopes = (process.env.WORKBENCH_WITHHOLD_SCOPES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const portal = await startPortal({ port: options.portalPort ?? 0, withheldScopes });
  const portalUrl = portal.url.replace(/\/$/, '');

  const projectCards = findCards();
  const withDemo = options.demo ?? (process.env.WORKBENCH_DEMO === '1' || projectCards.length === 0);
  const cards = withDemo ? [...projectCards, DEMO_CARD] : projectCards;

  const [page, ...cardBundles] = await Promise.all([pageBundle(), ...cards.map((c) => cardWorkerBundle(c))]);
  const bundles = new Map<string, Bundle>(cards.map((c, i) => [c.uid, cardBundles[i]]));
  // Build once now, so a broken card is reported at startup.
  const first = await Promise.all([page.get(), ...cardBundles.map((b) => b.get())]);
  first.forEach((r, i) => {
    if ('error' in r) log(`Build error in ${i === 0 ? 'the workbench page' : cards[i - 1].entry}:\n${r.error}`);
  });

  const runner = new FunctionRunner({ apiBaseUrl: portalUrl, timeoutMs: options.functionTimeoutMs, log });
  const functionsByUid = () => {
    const all = [...findFunctions(), ...(withDemo ? DEMO_FUNCTIONS : [])];
    return new Map(all.map((f) => [f.uid, f]));
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://workbench');
    const p = url.pathname;

    if (req.method === 'GET' && (p === '/' || p === '/index.html')) return send(res, 200, PAGE_HTML, 'text/html; charset=utf-8');
    if (req.method === 'GET' && p === '/styles.css') {
      return send(res, 200, await readFile(path.join(WORKBENCH_DIR, 'page', 'styles.css')), 'text/css; charset=utf-8');
    }
    if (req.method === 'GET' && p === '/page.js') {
      const r = await page.get();
      return 'js' in r ? send(res, 200, r.js, 'text/javascript; charset=utf-8') : send(res, 500, `document.body.textContent = ${JSON.stringify(r.error)};`, 'text/javascript');
    }
    const cardMatch = /^\/cards\/([^/]+)\.js$/.exec(p);
    if (req.method === 'GET' && cardMatch) {
      const bundle = bundles.get(decodeURIComponent(cardMatch[1]));
      if (!bundle) return send(res, 404, 'unknown card', 'text/plain');
      const r = await bundle.get();
      // A build error becomes a worker that throws it: the page shows it in the card's slot.
      return send(res, 200, 'js' in r ? r.js : `throw new Error(${JSON.stringify(`Card build failed:\n${r.error}`)});`, 'text/javascript; charset=utf-8');
    }
    if (req.method === 'GET' && p === '/api/cards') {
      return sendJson(
        res,
        200,
        cards.map(({ uid, name, location, demo }) => ({ uid, name, location, demo: !!demo })),
      );
    }
    if (req.method === 'GET' && p === '/api/record-state') {
      // What the toolbar and the record page need: users, and contacts with all their properties.
      const { portalId, users, contacts } = portal.state.data;
      return sendJson(res, 200, { portalId, users, contacts: contacts.slice(0, 200).map((c) => ({ id: c.id, properties: c.properties })) });
    }
    if (req.method === 'POST' && p === '/api/reset') {
      // "Reset portal" in the toolbar: seed data back, calls cleared, faults off.
      portal.reset();
      portal.resetFaults();
      return sendJson(res, 200, { ok: true });
    }
    const contactMatch = /^\/api\/contacts\/([^/]+)\/properties$/.exec(p);
    if (req.method === 'GET' && contactMatch) {
      const props = contactProperties(portal, decodeURIComponent(contactMatch[1]));
      return props ? sendJson(res, 200, props) : sendJson(res, 404, { message: 'contact not found' });
    }
    const fnMatch = /^\/api\/functions\/([^/]+)$/.exec(p);
    if (req.method === 'POST' && fnMatch) {
      const uid = decodeURIComponent(fnMatch[1]);
      const fn = functionsByUid().get(uid);
      if (!fn) return sendJson(res, 404, { message: `No app function with uid "${uid}" (src/app/functions/*-hsmeta.json).` });
      let body: { parameters?: unknown; propertiesToSend?: string[]; objectId?: string | number } = {};
      try {
        body = JSON.parse((await readBody(req)) || '{}');
      } catch {
        return sendJson(res, 400, { message: 'body must be JSON: { parameters }' });
      }
      let propertiesToSend: Record<string, unknown> | undefined;
      if (Array.isArray(body.propertiesToSend) && body.propertiesToSend.length && body.objectId != null) {
        const all = contactProperties(portal, String(body.objectId)) ?? {};
        propertiesToSend = Object.fromEntries(body.propertiesToSend.map((k) => [k, all[k] ?? null]));
      }
      const outcome = await runner.run(uid, fn.bundle, { parameters: body.parameters ?? {}, propertiesToSend });
      log(`fn ${uid} ${outcome.ok ? 'ok' : outcome.kind} ${outcome.durationMs} ms`);
      return outcome.ok ? sendJson(res, 200, outcome.result) : sendJson(res, 500, { message: outcome.message, kind: outcome.kind });
    }
    // The portal's admin API (state, faults, reset), same origin for the page.
    if (p.startsWith('/api/portal/')) {
      const target = `${portalUrl}/__admin/${p.slice('/api/portal/'.length)}${url.search}`;
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
      const upstream = await fetch(target, { method: req.method, headers: body ? { 'content-type': 'application/json' } : undefined, body });
      return send(res, upstream.status, Buffer.from(await upstream.arrayBuffer()), upstream.headers.get('content-type') ?? 'application/json');
    }
    return send(res, 404, 'not found', 'text/plain');
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { message: err instanceof Error ? err.message : String(err) });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    portal,
    cards,
    async close() {
      runner.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await Promise.all([page.dispose(), ...cardBundles.map((b) => b.dispose())]);
      await portal.close();
    },
  };
}
