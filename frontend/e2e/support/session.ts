import { afterAll, afterEach, beforeAll, beforeEach, expect } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { APP_URL, launchBrowser, newPage } from './browser';

export interface BrowserSession {
  /** The current test's page (a fresh context per test). */
  readonly page: Page;
  /** Loads `path` of the app and checks that it answered and is the Swedish app. */
  open(path: string): Promise<void>;
}

/**
 * The one browser lifecycle of the browser-test files: one chromium per file, a fresh context and
 * page per test (so cookies never leak between tests), closed afterwards.
 */
export function browserSession(): BrowserSession {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    ({ context, page } = await newPage(browser!));
  });
  afterEach(async () => {
    await context?.close();
  });

  return {
    get page(): Page {
      if (!page) throw new Error('No page: use the session inside a test.');
      return page;
    },
    async open(path: string): Promise<void> {
      const response = await this.page.goto(`${APP_URL}${path}`, { waitUntil: 'networkidle' });
      expect(response?.ok()).toBe(true);
      expect(await this.page.getAttribute('html', 'lang')).toBe('sv');
    },
  };
}
