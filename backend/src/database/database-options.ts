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
    // PGlite runs one query at a time; a small pool avoids refused connections (see docs/architecture.md).
    extra: embedded ? { max: 2, idleTimeoutMillis: 0 } : { max: 10 },
  };
}
