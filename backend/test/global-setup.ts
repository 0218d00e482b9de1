import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';

/**
 * One database for the whole run. Without DATABASE_URL: an in-memory PGlite served over the wire
 * protocol (creating one takes ~3 s, so once). With DATABASE_URL: a throwaway database on that
 * server, dropped in teardown. Either way the tests reach it through DATABASE_URL and the pg driver.
 */
export default async function globalSetup(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    // Jest loads this file without the moduleNameMapper, so it cannot import the app's embedded-database.ts;
    // these few lines mirror startEmbeddedDatabase('memory://').
    const db = await PGlite.create('memory://');
    // The planner settings the app's embedded database sets (SESSION_SETTINGS in database-options.ts).
    await db.exec(`SET max_parallel_workers_per_gather = '0'`);
    await db.exec(`SET random_page_cost = '1.1'`);
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 16 });
    await server.start();
    (globalThis as Record<string, unknown>).__ATK_EMBEDDED__ = {
      stop: async () => {
        await server.stop();
        await db.close();
      },
    };
    process.env.DATABASE_URL = `postgres://postgres@${server.getServerConn()}/postgres`;
    process.env.ATK_TEST_DATABASE = 'embedded';
    return;
  }
  const name = `atgardskollen_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`DATABASE_URL is set but the PostgreSQL server does not answer (${(error as Error).message}). Start it or unset DATABASE_URL to test on the embedded database.`, { cause: error });
  }
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.ATK_TEST_SERVER_URL = serverUrl;
  process.env.ATK_TEST_DATABASE_NAME = name;
  process.env.DATABASE_URL = url.toString();
  process.env.ATK_TEST_DATABASE = 'server';
}
