import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/common/paths.js';

/**
 * The app as a real process (`node backend/dist/backend/src/main.js`, what `npm start` runs), for the
 * tests that start several instances or kill one with SIGKILL. Builds the backend first when its
 * sources are newer than the build (CI builds before testing, so there it never rebuilds).
 */
const ROOT = repoRoot();
const MAIN = join(ROOT, 'backend/dist/backend/src/main.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name === 'test') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') || entry.name.endsWith('.txt') || entry.name.endsWith('.json')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

let built = false;
export function ensureBackendBuilt(): void {
  if (built) return;
  const sources = Math.max(...['backend/src', 'backend/bench', 'migrations', 'seed'].map((d) => newestSource(join(ROOT, d))));
  if (!existsSync(MAIN) || statSync(MAIN).mtimeMs < sources) {
    execFileSync('npm', ['run', 'build', '-w', 'backend'], { cwd: ROOT, stdio: 'pipe', timeout: 180_000 });
  }
  built = true;
}

export interface AppProcess {
  child: ChildProcess;
  port: number;
  base: string;
  output(): string;
  /** Resolves once the app listens; rejects with its output when it exits first. */
  ready: Promise<void>;
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `node main.js` with `env` (on top of a clean NODE_ENV=test environment) on `port`. */
export function startAppProcess(port: number, env: Record<string, string | undefined>): AppProcess {
  ensureBackendBuilt();
  const childEnv: Record<string, string> = { PATH: process.env.PATH ?? '', NODE_ENV: 'test', PORT: String(port) };
  for (const [k, v] of Object.entries(env)) if (v !== undefined) childEnv[k] = v;
  const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
  const ready = new Promise<void>((resolve, reject) => {
    const onData = () => {
      if (out.includes('Listening on')) resolve();
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => reject(new Error(`the app exited (${code}) before listening:\n${out.slice(-3000)}`)));
  });
  return {
    child,
    port,
    base: `http://127.0.0.1:${port}/api`,
    output: () => out,
    ready,
    exited,
    async kill(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
