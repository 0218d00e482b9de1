import type { DataSource } from 'typeorm';

/**
 * The key of the PostgreSQL session advisory lock that start-up work holds: migrations, then the
 * seed and the first admin. Several app instances started at the same moment against one database
 * take turns: the first migrates (and seeds), the others wait, then find nothing left to do.
 */
export const STARTUP_LOCK_KEY = 0x41544b31; // 'ATK1'

/**
 * Runs `work` while holding the start-up lock on a connection of its own. The embedded database
 * needs no lock (its DATA_DIR lock admits one process) and could not give one: PGlite is a single
 * session, in which an advisory lock is re-entrant.
 */
export async function withStartupLock<T>(dataSource: DataSource, embedded: boolean, work: () => Promise<T>): Promise<T> {
  if (embedded) return work();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}

/**
 * Opens the DataSource and runs the pending migrations (all in one transaction) under the start-up
 * lock. TypeORM's own `migrationsRun` reads the executed migrations before taking any lock, so two
 * processes starting together would both apply every migration and the second would fail on
 * "relation already exists". A DataSource that fails to migrate is closed again.
 */
export async function initializeAndMigrate(dataSource: DataSource, embedded: boolean): Promise<DataSource> {
  if (dataSource.options.migrationsRun) throw new Error('initializeAndMigrate runs the migrations itself: build the DataSource with migrationsRun: false');
  await dataSource.initialize();
  try {
    await withStartupLock(dataSource, embedded, () => dataSource.runMigrations({ transaction: 'all' }));
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw error;
  }
  return dataSource;
}
