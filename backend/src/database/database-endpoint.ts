import { Logger } from '@nestjs/common';
import pg from 'pg';
import type { AppConfig } from '../config/app-config.js';
import { startEmbeddedDatabase } from './embedded-database.js';

/** Where the database is: a PostgreSQL server (DATABASE_URL) or the embedded PGlite this process serves. */
export class DatabaseEndpoint {
  private constructor(
    readonly url: string,
    readonly embedded: boolean,
    private readonly stopEmbedded: () => Promise<void>,
  ) {}

  static async open(config: AppConfig): Promise<DatabaseEndpoint> {
    if (config.DATABASE_URL) {
      // A PGlite served over the wire elsewhere (the tests' database) needs the embedded pool too.
      return new DatabaseEndpoint(config.DATABASE_URL, await servesPGlite(config.DATABASE_URL), async () => undefined);
    }
    const embedded = await startEmbeddedDatabase(config.DATA_DIR);
    new Logger('Database').log(`Embedded PostgreSQL (PGlite) on ${config.DATA_DIR}`);
    return new DatabaseEndpoint(embedded.url, true, () => embedded.stop());
  }

  async close(): Promise<void> {
    await this.stopEmbedded();
  }
}

/** Whether the server behind the URL is a PGlite; false when it does not answer (TypeORM then reports that). */
async function servesPGlite(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ version: string }>('SELECT version() AS version');
    return rows[0].version.includes('PGlite');
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
