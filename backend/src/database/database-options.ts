import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../migrations/index.js';

/** How long a query may run and how long a request may wait for a pooled connection (0 = no limit). */
export interface DatabaseLimits {
  statementTimeoutMs: number;
  poolWaitMs: number;
}

/**
 * Planner settings of every session the app opens (docs/benchmark.md, "Planner settings"). No parallel
 * workers: a request's query reads a few thousand rows of one cycle, where starting workers cost more
 * than they save (10–30 ms measured at national size), and the cores serve concurrent requests
 * instead. random_page_cost 1.1 (PostgreSQL's default 4 models spinning disks): for data in memory
 * or on SSD, so the planner looks a cycle's measures and boards up by key instead of scanning every
 * municipality's catalogue. Sent as startup options to a server; PGlite, one session that ignores
 * them, gets them set once at start (embedded-database.ts). The bench's SQL client uses the same.
 */
export const SESSION_SETTINGS: Readonly<Record<string, string>> = { max_parallel_workers_per_gather: '0', random_page_cost: '1.1' };

/** SESSION_SETTINGS as the `options` startup parameter (`-c name=value …`). */
export const sessionOptions = (): string =>
  Object.entries(SESSION_SETTINGS)
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(' ');

/** The CLI tools (migrations, import) run long statements on purpose and wait as long as it takes. */
const NO_LIMITS: DatabaseLimits = { statementTimeoutMs: 0, poolWaitMs: 0 };

/**
 * One set of DataSource options for the app, the tests and the migration CLI. Migrations are not run
 * by TypeORM on initialize (`migrationsRun: false`) but by `initializeAndMigrate` (startup-lock.ts),
 * under an advisory lock, so that instances started together migrate once.
 */
export function buildDataSourceOptions(url: string, embedded: boolean, limits: DatabaseLimits = NO_LIMITS): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [],
    migrations: MIGRATIONS,
    migrationsRun: false,
    migrationsTransactionMode: 'all',
    synchronize: false,
    // PGlite is one session: pglite-socket keeps a connection's messages together only inside a
    // transaction, so two connections' extended-protocol queries (Parse/Bind/Execute) interleave and
    // break or swap each other's results under concurrent requests. One connection serialises them.
    // A request that cannot get a connection in time, or a query that runs too long, fails with a
    // 503 (common/errors/database-errors.ts) instead of queueing without end. PGlite runs in WebAssembly
    // without timer signals, so statement_timeout is set but not enforced there; the pool wait is.
    extra: {
      ...(embedded ? { max: 1, idleTimeoutMillis: 0 } : { max: 10 }),
      options: sessionOptions(),
      connectionTimeoutMillis: limits.poolWaitMs,
      ...(limits.statementTimeoutMs > 0 ? { statement_timeout: limits.statementTimeoutMs } : {}),
    },
  };
}

/** Whether the options give a pool of one connection (the embedded database): nothing can be held on a second one. */
export function isEmbedded(options: DataSourceOptions): boolean {
  return (options.extra as { max?: number } | undefined)?.max === 1;
}
