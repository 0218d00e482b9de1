/**
 * Jest global setup/teardown of the browser tests: unless APP_URL points at a running app, start the
 * built app (backend/dist + frontend/dist) on a free loopback port with the 2016 demo data —
 * on an in-memory embedded database, or with DATABASE_URL on a throwaway database of that server —
 * and stop it afterwards. The root `npm test` builds first.
 */
const { spawn } = require('node:child_process');
const { existsSync } = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const MAIN = path.join(ROOT, 'backend', 'dist', 'backend', 'src', 'main.js');
const INDEX = path.join(ROOT, 'frontend', 'dist', 'index.html');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function serverDatabase(serverUrl) {
  const pg = require('pg');
  const name = `atgardskollen_test_browser_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`DATABASE_URL is set but the PostgreSQL server does not answer: ${error.message}`);
  }
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

async function waitForHealth(url, child, output, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode} before it answered:\n${output.join('')}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not answer /api/health within ${timeoutMs / 1000} s:\n${output.join('')}`);
}

module.exports.setup = async function setup() {
  if (process.env.APP_URL) return;
  for (const file of [MAIN, INDEX]) {
    if (!existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run build\` first (the root \`npm test\` does).`);
  }
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), SEED: 'true', NODE_ENV: 'test' };
  let database = null;
  if (process.env.DATABASE_URL) {
    database = await serverDatabase(process.env.DATABASE_URL);
    env.DATABASE_URL = database.url;
  } else {
    env.DATA_DIR = 'memory://';
  }
  const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  child.stdout.on('data', (d) => output.push(String(d)));
  child.stderr.on('data', (d) => output.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  globalThis.__ATK_APP__ = { child, database };
  await waitForHealth(url, child, output, 90_000);
  process.env.APP_URL = url;
};

module.exports.teardown = async function teardown() {
  const app = globalThis.__ATK_APP__;
  if (!app) return;
  if (app.child.exitCode === null) {
    const exited = new Promise((resolve) => app.child.once('exit', resolve));
    app.child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (app.child.exitCode === null) app.child.kill('SIGKILL');
  }
  if (app.database) await app.database.drop();
};
