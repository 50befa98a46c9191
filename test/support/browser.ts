// Real-browser test support: the app listening on a free port (optionally with a job worker delivering its
// mails), Debian's chromium driven by playwright-core, an axe-core check and a watch for Content-Security-Policy
// violations.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import type { AxeResults } from "axe-core";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { createJobQueue, type JobQueue } from "../../src/platform/jobs/index.ts";
import { createMailTransport, mailWorker } from "../../src/platform/mail/index.ts";
import { createTestApp, type TestApp } from "./app.ts";

/** Debian's chromium; CHROMIUM_PATH may point elsewhere (and lets one try the "missing" path). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// playwright-core gives every launch a fresh temporary profile (--user-data-dir) and deletes it on close;
// it refuses --user-data-dir in args, so the profile flag is not listed here.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `${CHROMIUM} not found. Install it with "apt-get install -y chromium" (never "npx playwright install").`;
  // In CI a skipped browser suite would look green while testing nothing.
  if (process.env.CI === "true") throw new Error(`CI=true: the browser tests must run. ${message}`);
  console.warn(`\n  Browser tests SKIPPED: ${message}\n`);
  return false;
}

/** False when this machine has no chromium: use with describe.runIf(). In CI a missing chromium fails instead. */
export const hasChromium = chromiumAvailable();

export interface BrowserHarness {
  baseUrl: string;
  browser: Browser;
  testApp: TestApp;
  /** A page in a fresh context (own cookies), recording CSP violations; closed with the harness. */
  newPage(options?: BrowserContextOptions): Promise<WatchedPage>;
  close(): Promise<void>;
}

export interface WatchedPage {
  page: Page;
  /** Console messages about Content-Security-Policy violations seen so far on this page. */
  cspViolations: string[];
}

export interface BrowserHarnessOptions {
  /** Extra configuration for the app, e.g. `{ SMTP_URL: smtp.url }` (test/support/smtp.ts). */
  env?: Record<string, string>;
  /**
   * Also run a job worker, as the worker role does in production: it delivers the app's mails through the
   * configured SMTP_URL (without one, it marks them captured). The app itself only sends jobs.
   */
  deliverMail?: boolean;
}

const quiet = { info() {}, warn() {}, error() {} };

/** Seeds the demo data, starts the app on 127.0.0.1 (free port) and launches chromium. */
export async function startBrowserHarness(options: BrowserHarnessOptions = {}): Promise<BrowserHarness> {
  const testApp = await createTestApp({ seed: true, env: options.env });
  let worker: JobQueue | undefined;
  const transport = options.deliverMail ? createMailTransport(testApp.config) : null;
  if (options.deliverMail) {
    worker = createJobQueue(testApp.database, { work: true, pollSeconds: 0.5, stopGraceMs: 2_000 });
    await mailWorker({ db: testApp.database.db, jobs: worker, transport });
    await worker.start({ log: quiet });
  }
  await testApp.app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = testApp.app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  return {
    baseUrl,
    browser,
    testApp,
    async newPage(options = {}) {
      const context = await browser.newContext({ baseURL: baseUrl, locale: "de-DE", ...options });
      const page = await context.newPage();
      const cspViolations: string[] = [];
      page.on("console", (message) => {
        if (message.text().includes("Content Security Policy")) cspViolations.push(message.text());
      });
      return { page, cspViolations };
    },
    async close() {
      await browser.close();
      await worker?.stop();
      transport?.close();
      await testApp.close();
    },
  };
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the page as it is and returns its violations, one line each.
 *
 * axe is loaded with page.evaluate(source), which runs through the DevTools protocol: the page's own CSP does
 * not govern it, so the page keeps the exact policy it has in production. page.addScriptTag would insert an
 * inline <script> that our CSP (script-src 'self') rightly blocks, and a context with bypassCSP would switch the
 * policy off for the whole page — hiding the very CSP violations these tests also look for.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, { runOnly: { type: "tag", values: tags } }),
    WCAG_21_AA,
  );
  // Guard against a silent no-op (axe missing, wrong tags): a real page always passes some checks.
  if (results.passes.length === 0) throw new Error("axe-core checked nothing on this page");
  return results.violations.map((v) => `${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** What has keyboard focus: tag, id, href and visible text, enough to say where Tab went. */
export async function focused(page: Page): Promise<{ tag: string; id: string; href: string | null; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      id: el?.id ?? "",
      href: el?.getAttribute("href") ?? null,
      text: (el?.textContent ?? "").replace(/\s+/g, " ").trim(),
    };
  });
}

/** Presses Tab until `matches` holds for the focused element (at most `limit` times); returns the focus path. */
export async function tabUntil(page: Page, matches: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40): Promise<string[]> {
  const path: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    path.push(`${f.tag}${f.id ? "#" + f.id : ""}${f.href ? `[${f.href}]` : ""} ${f.text}`.trim());
    if (matches(f)) return path;
  }
  throw new Error(`Tab never reached the element within ${limit} presses:\n  ${path.join("\n  ")}`);
}
