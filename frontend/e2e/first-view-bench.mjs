/**
 * npm run bench:ui — how fast a newcomer sees the 2016 cycle: starts the built app with the demo
 * data (like the browser tests), opens each page in headless chromium with a fresh context (cold
 * cache) and times navigation start → the page's main content visible. 10 runs per page after one
 * warm-up; prints a Markdown table. Numbers are recorded in docs/benchmark.md.
 */
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const server = require('./support/app-server.cjs');
const RUNS = 10;

const PAGES = [
  ['Kommunerna', '/', 'table tbody td'],
  ['Översikt', '/stockholms-stad', '.key-figure dd'],
  ['Matris', '/stockholms-stad/matris', 'table'],
  ['Luckor', '/stockholms-stad/luckor', 'table'],
  ['Trend', '/stockholms-stad/trend', 'table, figure'],
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

await server.setup();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  console.log(`| page | median ms | max ms |\n|---|---:|---:|`);
  for (const [name, path, selector] of PAGES) {
    const samples = [];
    for (let i = 0; i <= RUNS; i++) {
      const context = await browser.newContext({ locale: 'sv-SE' });
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(`${process.env.APP_URL}${path}`);
      await page.locator(selector).first().waitFor({ state: 'visible' });
      if (i > 0) samples.push(performance.now() - start);
      await context.close();
    }
    console.log(`| ${name} (${path}) | ${median(samples).toFixed(0)} | ${Math.max(...samples).toFixed(0)} |`);
  }
} finally {
  await browser.close();
  await server.teardown();
}
