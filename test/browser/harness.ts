/**
 * Browser test harness: a fresh workbench on a random port, Debian's /usr/bin/chromium driven by
 * playwright-core with a fresh user-data dir, screenshots in artifacts/screenshots/.
 *
 * No chromium: the suites are skipped LOUDLY locally, and FAIL when CI=true (test/requirements.ts).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startWorkbench, type Workbench, type WorkbenchOptions } from '../../workbench/server';
import { CHROMIUM, chromiumAvailable, needsChromium } from '../requirements';

export { CHROMIUM };

export const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'artifacts', 'screenshots');
const DOCS = path.resolve(__dirname, '..', '..', 'docs');

/** Copies a screenshot to docs/ (the README's pictures) with UPDATE_DOCS_SCREENSHOT=1 only, so a test run never dirties the tree. */
export function toDocs(shot: string, name: string): void {
  if (process.env.UPDATE_DOCS_SCREENSHOT !== '1') return;
  mkdirSync(DOCS, { recursive: true });
  copyFileSync(shot, path.join(DOCS, name));
}
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const browserAvailable = chromiumAvailable();

/** describe() when chromium is there; without it the suite fails under CI=true and skips loudly otherwise. */
export const describeBrowser = needsChromium('the browser tests (cards and workbench in chromium)');

export interface Session {
  wb: Workbench;
  context: BrowserContext;
  page: Page;
  /** Browser console errors and page errors seen so far. */
  errors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openSession(options: WorkbenchOptions = {}): Promise<Session> {
  if (!browserAvailable) throw new Error(`${CHROMIUM} not found (CI=${process.env.CI}): install Debian's chromium package.`);
  const wb = await startWorkbench({ port: 0, quiet: true, ...options });
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'wb-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1440, height: 960 },
    });
  } catch (err) {
    await wb.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon|Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    wb,
    context,
    page,
    errors,
    async screenshot(name) {
      const file = path.join(SCREENSHOTS, `${name}.png`);
      // Finished animations: a panel caught mid-slide shows the card through it.
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
      return file;
    },
    async close() {
      await context.close().catch(() => undefined);
      await wb.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One session for a describe block: opened before its tests, closed after them, and the emulated portal put
 * back (data and faults) before each test. The returned object reads the session opened in `beforeAll`.
 */
export function suiteSession(options: WorkbenchOptions = {}): Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await openSession(options);
  });
  afterAll(async () => {
    await session?.close();
  });
  beforeEach(() => {
    session!.wb.portal.reset();
    session!.wb.portal.resetFaults();
  });
  return new Proxy({} as Session, { get: (_target, key) => session![key as keyof Session] });
}

/** Opens the record page of a contact as a user, waits for the page shell. */
export async function openRecord(s: Session, contactId: string, userId: string): Promise<void> {
  await s.page.goto(`${s.wb.url}/?contact=${encodeURIComponent(contactId)}&user=${encodeURIComponent(userId)}`);
  await s.page.locator('[data-testid="record-name"]').waitFor();
}

/** Locator of one card in the sidebar. */
export const card = (s: Session, uid: string) => s.page.locator(`[data-card-uid="${uid}"]`);

/** Locator of an element a card rendered with `testId`. */
export const byTestId = (scope: { locator: Page['locator'] }, testId: string) => scope.locator(`[data-testid="${testId}"]`);
