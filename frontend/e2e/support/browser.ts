/**
 * Shared set-up for the browser tests: Debian's chromium through playwright-core, the app's
 * address, the API (to compare what a page shows with what the API says), screenshots and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { orgPath } from '../../src/features/organisations/org-path';

export const APP_URL = (process.env.APP_URL || 'http://127.0.0.1:3000').replace(/\/$/, '');
/** The organisation whose pages most tests look at: the 2016 demo data is Stockholm's. */
export const ORG = 'stockholms-stad';
/** `path` among Stockholm's pages: `/stockholms-stad/matris`. */
export const stockholm = (path: string) => orgPath(ORG, path);
/** `?organisation=stockholms-stad` for a list of the API (a list without it spans every municipality). */
export const ofStockholm = (pathAndQuery: string) => `${pathAndQuery}${pathAndQuery.includes('?') ? '&' : '?'}organisation=${ORG}`;

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve(__dirname, '..', '..', 'test-results', 'screenshots');

/** Never skips: a missing browser is a failure, with a message that says how to fix it. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    const hint = `Chromium not found at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`;
    throw new Error(process.env.CI === 'true' ? `[CI] ${hint}` : hint);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  return { context, page };
}

/** GET from the running app's API, failing loudly with the envelope's message. */
export async function api<T>(pathAndQuery: string): Promise<T> {
  const response = await fetch(`${APP_URL}/api${pathAndQuery}`, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => undefined);
  if (!response.ok) {
    throw new Error(`GET /api${pathAndQuery} answered ${response.status}: ${JSON.stringify(body)}`);
  }
  return body as T;
}

/** Fails with a readable list when axe finds any WCAG 2.1 A/AA violation. */
export async function expectNoAxeViolations(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n    ')}`,
  );
  if (summary.length > 0) {
    throw new Error(`axe found ${summary.length} violation(s) on ${name}:\n  ${summary.join('\n  ')}`);
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** The focused element, described by role-ish tag and accessible label, for keyboard tests. */
export async function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const label =
      el.getAttribute('aria-label') ||
      (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null) ||
      el.textContent ||
      '';
    return `${el.tagName.toLowerCase()}:${label.trim().replace(/\s+/g, ' ')}`;
  });
}

/** Signs in through the API (as a script would) and returns the Bearer token. */
export async function apiToken(email: string, password: string): Promise<string> {
  const response = await fetch(`${APP_URL}/api/auth/login`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json().catch(() => undefined)) as { token?: string } | undefined;
  if (!response.ok || !body?.token) throw new Error(`Signing in as ${email} answered ${response.status}: ${JSON.stringify(body)}`);
  return body.token;
}

/** A write through the API with a Bearer token, failing loudly with the envelope's message. */
export async function apiWrite<T>(method: 'POST' | 'PUT' | 'DELETE', pathAndQuery: string, token: string, body?: unknown): Promise<T> {
  const response = await fetch(`${APP_URL}/api${pathAndQuery}`, {
    method,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = response.status === 204 ? null : await response.json().catch(() => undefined);
  if (!response.ok) throw new Error(`${method} /api${pathAndQuery} answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer as T;
}
