import { createThrowawayDatabase } from '../../src/database/throwaway-database.js';
import { OwnPostgres } from './own-postgres.js';

export interface FreshServerDatabase {
  url: string;
  destroy(): Promise<void>;
}

/**
 * An empty database on a real PostgreSQL server, for tests that start app processes of their own:
 * on the server run a throwaway `atgardskollen_test_*` database beside the run's, on the embedded
 * run a PostgreSQL the test starts itself (own-postgres.ts). Never the shared server's own databases.
 */
export async function freshServerDatabase(): Promise<FreshServerDatabase> {
  const serverUrl = process.env.ATK_TEST_SERVER_URL;
  if (process.env.ATK_TEST_DATABASE === 'server' && serverUrl) {
    const db = await createThrowawayDatabase(serverUrl, 'atgardskollen_test_fresh');
    return { url: db.url, destroy: () => db.drop() };
  }
  const pg = await OwnPostgres.create();
  return { url: pg.url, destroy: async () => pg.destroy() };
}
