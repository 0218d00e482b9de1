import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { SESSION_SETTINGS } from './database-options.js';

/** PGlite served over the PostgreSQL wire protocol on loopback, so the app uses the ordinary pg driver. */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export class DataDirLockedError extends Error {}

const LOCK_FILE = 'atgardskollen.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid of a live process other than this one that holds the directory's lock, if any. */
function lockHolder(path: string): number | null {
  if (!existsSync(path)) return null;
  const pid = Number(readFileSync(path, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : null;
}

function lockedError(dir: string, pid: number): DataDirLockedError {
  return new DataDirLockedError(
    `DATA_DIR ${dir} is in use by another Åtgärdskollen process (pid ${pid}). Stop it first, or set DATA_DIR to another directory.`,
  );
}

/** Fails early, with the same message as the lock itself, when another live process holds DATA_DIR. */
export function assertDataDirFree(dataDir: string): void {
  if (dataDir.startsWith('memory://')) return;
  const dir = resolve(dataDir);
  const pid = lockHolder(join(dir, LOCK_FILE));
  if (pid !== null) throw lockedError(dir, pid);
}

/**
 * PGlite has no lock of its own: two processes on one directory silently lose rows.
 * Take a lock file holding our pid; a stale lock (dead pid) is taken over.
 */
function lockDataDir(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = lockHolder(path);
      if (pid !== null) throw lockedError(dir, pid);
      rmSync(path, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock DATA_DIR ${dir}`);
}

/** Opens PGlite on `dataDir` (or `memory://`) and serves it on 127.0.0.1 with a free port. */
export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const inMemory = dataDir.startsWith('memory://');
  let unlock = (): void => undefined;
  let target = dataDir;
  if (!inMemory) {
    target = resolve(dataDir);
    mkdirSync(target, { recursive: true });
    unlock = lockDataDir(target);
  }
  try {
    const db = await PGlite.create(inMemory ? 'memory://' : join(target, 'pgdata'));
    // PGlite is one session that every socket connection shares and it ignores startup options, so
    // the app's planner settings are set on that session once.
    for (const [name, value] of Object.entries(SESSION_SETTINGS)) await db.exec(`SET ${name} = '${value}'`);
    // maxConnections must exceed the pg pool size, or pooled connections get refused.
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 8 });
    await server.start();
    return {
      url: `postgres://postgres@${server.getServerConn()}/postgres`,
      async stop() {
        await server.stop();
        await db.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
