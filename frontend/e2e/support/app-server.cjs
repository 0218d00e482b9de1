/**
 * Jest global setup/teardown of the browser tests: unless APP_URL points at a running app, start the
 * built app (backend/dist + frontend/dist) on a free loopback port with the 2016 demo data —
 * on an in-memory embedded database, or with DATABASE_URL on a throwaway database of that server —
 * and stop it afterwards. The root `npm test` builds first.
 */
const { spawn } = require('node:child_process');
const { existsSync, mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const os = require('node:os');
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

/**
 * A real SMTP server on loopback (smtp-server) for the app's reminders: each message it accepts is
 * written as an .eml file to a temporary folder, which the tests find in ATK_MAIL_DIR.
 */
async function startMailSink() {
  const { SMTPServer } = require('smtp-server');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atk-mail-'));
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => {
        count += 1;
        writeFileSync(path.join(dir, `${String(count).padStart(4, '0')}.eml`), Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    dir,
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        rmSync(dir, { recursive: true, force: true });
      }),
  };
}

module.exports.setup = async function setup() {
  if (process.env.APP_URL) return;
  for (const file of [MAIN, INDEX]) {
    if (!existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run \`npm run build\` first (the root \`npm test\` does).`);
  }
  const port = await freePort();
  const mail = await startMailSink();
  const env = {
    ...process.env,
    PORT: String(port),
    SEED: 'true',
    NODE_ENV: 'test',
    // Reminders go to the sink, with links to this app; the timer sends queued ones within seconds.
    SMTP_URL: mail.url,
    MAIL_FROM: 'Åtgärdskollen <noreply@atgardskollen.test>',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    REMINDER_INTERVAL_SECONDS: '2',
  };
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
  globalThis.__ATK_APP__ = { child, database, mail };
  await waitForHealth(url, child, output, 90_000);
  process.env.APP_URL = url;
  process.env.ATK_MAIL_DIR = mail.dir;
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
  await app.mail.stop();
};
