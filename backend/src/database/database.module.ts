import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DatabaseEndpoint } from './database-endpoint.js';
import { buildDataSourceOptions, isEmbedded } from './database-options.js';
import { initializeAndMigrate } from './startup-lock.js';

@Global()
@Module({
  providers: [{ provide: DatabaseEndpoint, inject: [APP_CONFIG], useFactory: (config: AppConfig) => DatabaseEndpoint.open(config) }],
  exports: [DatabaseEndpoint],
})
class DatabaseEndpointModule {}

/** Closes the connection pool before the embedded server it talks to. */
@Injectable()
class DatabaseShutdown implements OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DatabaseEndpoint) private readonly endpoint: DatabaseEndpoint,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.endpoint.close();
  }
}

@Module({
  imports: [
    DatabaseEndpointModule,
    TypeOrmModule.forRootAsync({
      inject: [DatabaseEndpoint, APP_CONFIG],
      useFactory: (endpoint: DatabaseEndpoint, config: AppConfig) =>
        buildDataSourceOptions(endpoint.url, endpoint.embedded, {
          statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
          poolWaitMs: config.DB_POOL_WAIT_MS,
        }),
      // Initialized here, migrations under the start-up lock (several instances may start at once).
      dataSourceFactory: async (options) => initializeAndMigrate(new DataSource(options!), isEmbedded(options!)),
    }),
  ],
  providers: [DatabaseShutdown],
})
export class DatabaseModule {}
