import pg from 'pg';

export interface ThrowawayDatabase {
  /** The new database's URL on the same server. */
  url: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty database `<prefix>_<pid>_<time>` on the PostgreSQL server of `serverUrl`, for a
 * run that must not touch anything else there (the bench, the browser tests); `drop` removes it.
 */
export async function createThrowawayDatabase(serverUrl: string, prefix: string): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`DATABASE_URL is set but the PostgreSQL server does not answer: ${(error as Error).message}`, { cause: error });
  }
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
