import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PostgreSQL server of the test's own — initdb in a temporary directory, its own port — for tests
 * that stop and start the database. The shared server on 5432 is never touched. Needs the PostgreSQL
 * binaries (Debian: /usr/lib/postgresql/<v>/bin); without them the test fails loudly, never skips.
 */
export class OwnPostgres {
  private constructor(
    private readonly bin: string,
    private readonly dir: string,
    readonly port: number,
  ) {}

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  static async create(): Promise<OwnPostgres> {
    const bin = findBinaries();
    const dir = mkdtempSync(join(tmpdir(), 'atk-own-pg-'));
    chmodSync(dir, 0o777);
    const port = await freePort();
    const pg = new OwnPostgres(bin, dir, port);
    pg.run('initdb', ['-D', pg.data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
    pg.start();
    return pg;
  }

  private get data(): string {
    return join(this.dir, 'data');
  }

  start(): void {
    this.run('pg_ctl', ['-D', this.data, '-w', '-t', '30', '-l', join(this.dir, 'log'), '-o', `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dir} -c fsync=off`, 'start']);
  }

  stop(): void {
    this.run('pg_ctl', ['-D', this.data, '-w', '-t', '30', '-m', 'fast', 'stop']);
  }

  destroy(): void {
    try {
      this.stop();
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** PostgreSQL refuses to run as root: as root, run its tools as the postgres user. */
  private run(tool: string, args: string[]): void {
    const cmd = join(this.bin, tool);
    const asRoot = process.getuid?.() === 0;
    execFileSync(asRoot ? 'runuser' : cmd, asRoot ? ['-u', 'postgres', '--', cmd, ...args] : args, { stdio: 'pipe', timeout: 60_000 });
  }
}

function findBinaries(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const found = versions.map((v) => join(root, v, 'bin')).find((b) => existsSync(join(b, 'initdb')));
  if (!found) throw new Error('These tests start a PostgreSQL server of their own and need its binaries (apt-get install postgresql)');
  return found;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
