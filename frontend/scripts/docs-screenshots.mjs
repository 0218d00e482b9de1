/**
 * npm run docs:screenshots — the pictures in README and docs/screenshots/, taken from the real app:
 * starts the built app with the demo data (like the browser tests, or uses APP_URL), opens each
 * page in headless chromium at 1280 px, signs in where a page needs it, and writes
 * docs/screenshots/<name>.png. Run it after a change that alters what a page shows.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const server = require('../e2e/support/app-server.cjs');
const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'screenshots');
const ORG = '/stockholms-stad';
const PASSWORD = process.env.DEMO_PASSWORD || 'demo';

/** [file name, path, what must be visible first, account to sign in as (null: anonymous)] */
const PAGES = [
  ['startsida', '/', 'main h1', null],
  ['oversikt', `${ORG}/`, '.key-figure dd', null],
  ['matris', `${ORG}/matris`, 'table', null],
  ['luckor', `${ORG}/luckor`, 'table', null],
  ['trend', `${ORG}/trend`, 'table', null],
  ['namnd', `${ORG}/namnder/{board}`, 'main h1', null],
  ['atgard', `${ORG}/atgarder/{measure}`, 'main h1', null],
  ['remisser', '/malmo-stad/remisser', 'main table', null],
  ['logga-in', '/logga-in', 'form', null],
  ['att-redovisa', `${ORG}/att-redovisa`, 'main h1', 'redaktor.trafiknamnden@example.se'],
  ['admin-omgangar', `${ORG}/admin`, 'main h1', 'admin@example.se'],
  ['admin-kopplingar', `${ORG}/admin/kopplingar`, 'main h1', 'admin@example.se'],
  ['admin-logg', `${ORG}/admin/logg`, 'main table', 'admin@example.se'],
  ['admin-paminnelser', `${ORG}/admin/paminnelser`, 'main h1', 'admin@example.se'],
];

async function firstId(pathAndQuery, pick) {
  const res = await fetch(`${process.env.APP_URL}/api${pathAndQuery}`, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET /api${pathAndQuery} answered ${res.status}`);
  return pick(await res.json());
}

await server.setup();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  mkdirSync(OUT, { recursive: true });
  const ids = {
    board: await firstId('/boards?organisation=stockholms-stad', (rows) => rows.find((b) => b.name === 'Skarpnäck stadsdelsnämnd').id),
    measure: await firstId('/measures?organisation=stockholms-stad', (rows) => rows.find((m) => m.number === '6.2.1' && m.report === 'delad').id),
  };
  const contexts = new Map();
  for (const [name, template, selector, account] of PAGES) {
    let context = contexts.get(account);
    if (!context) {
      context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
      if (account) {
        const page = await context.newPage();
        await page.goto(`${process.env.APP_URL}/logga-in`);
        await page.getByLabel(/e-post/i).fill(account);
        await page.getByLabel(/lösenord/i).fill(PASSWORD);
        await page.getByRole('button', { name: /logga in/i }).click();
        await page.waitForURL((url) => !url.pathname.endsWith('/logga-in'));
        await page.close();
      }
      contexts.set(account, context);
    }
    const page = await context.newPage();
    const url = template.replace('{board}', ids.board).replace('{measure}', ids.measure);
    await page.goto(`${process.env.APP_URL}${url}`);
    await page.locator(selector).first().waitFor({ state: 'visible', timeout: 15000 });
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage: true });
    console.log(`docs/screenshots/${name}.png  ${url}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.teardown();
}
