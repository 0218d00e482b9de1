import { Logger } from '@nestjs/common';
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
      return new DatabaseEndpoint(config.DATABASE_URL, false, async () => undefined);
    }
    const embedded = await startEmbeddedDatabase(config.DATA_DIR);
    new Logger('Database').log(`Embedded PostgreSQL (PGlite) on ${config.DATA_DIR}`);
    return new DatabaseEndpoint(embedded.url, true, () => embedded.stop());
  }

  async close(): Promise<void> {
    await this.stopEmbedded();
  }
}
