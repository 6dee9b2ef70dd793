import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** Debian's Chromium (CI installs it with apt-get); CLDSCAN_CHROMIUM points elsewhere. */
export const CHROMIUM = process.env.CLDSCAN_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Flags for a closed network: without the background-networking ones Chromium keeps trying to
 * reach Google's hosts at every start.
 */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

type Chromium = (typeof import('playwright-core'))['chromium'];

/** Why the browser tests cannot run here (undefined when they can): no Chromium, or no playwright-core. */
export async function browserUnavailable(): Promise<string | undefined> {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install chromium)`;
  try {
    await import('playwright-core');
  } catch {
    return 'playwright-core is not installed (npm install)';
  }
  return undefined;
}

export interface BrowserSession {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh, empty profile that is deleted on close; `javaScriptEnabled: false` reads pages as a browser with scripts off. */
export async function startBrowser(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserSession> {
  const { chromium } = (await import('playwright-core')) as { chromium: Chromium };
  const profile = mkdtempSync(path.join(os.tmpdir(), 'cldscan-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1400, height: 900 }, ...options });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What went wrong on a page: console errors, uncaught exceptions, failed requests, and any request other than the allowed ones. */
export interface PageProblems {
  console: string[];
  errors: string[];
  failed: string[];
  requests: string[];
}

export function watchPage(page: Page, allowed: (url: string) => boolean): PageProblems {
  const problems: PageProblems = { console: [], errors: [], failed: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.errors.push(String(e)));
  page.on('requestfailed', (r) => problems.failed.push(`${r.url()}: ${r.failure()?.errorText ?? 'failed'}`));
  page.on('request', (r) => {
    if (!allowed(r.url())) problems.requests.push(r.url());
  });
  return problems;
}
