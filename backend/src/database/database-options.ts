import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../migrations/index.js';
import { ENTITIES } from './entities.js';

/** One set of DataSource options for the app, the tests and the migration CLI. */
export function buildDataSourceOptions(url: string, embedded: boolean): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'all',
    synchronize: false,
    // PGlite is one session: pglite-socket keeps a connection's messages together only inside a
    // transaction, so two connections' extended-protocol queries (Parse/Bind/Execute) interleave and
    // break or swap each other's results under concurrent requests. One connection serialises them.
    extra: embedded ? { max: 1, idleTimeoutMillis: 0 } : { max: 10 },
  };
}
