import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { loadDemoAccounts } from '../../../seed/load-demo-accounts.js';
import { loadInitialAdmin } from '../../../seed/load-initial-admin.js';
import { seedDatabase } from '../../../seed/seed-database.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DatabaseEndpoint } from '../database/database-endpoint.js';
import { withStartupLock } from '../database/startup-lock.js';

/**
 * On start: the demo data when the database is empty and the demo accounts outside production, when
 * SEED is true (its default only on the embedded database); and the first admin of INITIAL_ADMIN_EMAIL,
 * when set, in any mode.
 */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DatabaseEndpoint) private readonly endpoint: DatabaseEndpoint,
  ) {}

  /** Under the start-up lock: two instances starting at once seed (and create the first admin) once. */
  async onApplicationBootstrap(): Promise<void> {
    await withStartupLock(this.dataSource, this.endpoint.embedded, () => this.seed());
  }

  private async seed(): Promise<void> {
    if (this.config.SEED) await this.seedDemo();
    const { INITIAL_ADMIN_EMAIL: email, INITIAL_ADMIN_PASSWORD: password } = this.config;
    if (email && password) {
      const role = await this.dataSource.transaction((manager) => loadInitialAdmin(manager, email, password));
      if (role) this.logger.log(`${role === 'admin' ? 'Admin' : 'System'} account ${email} created (INITIAL_ADMIN_EMAIL)`);
    }
  }

  private async seedDemo(): Promise<void> {
    const result = await seedDatabase(this.dataSource);
    if (result.appendix) {
      const a = result.appendix;
      this.logger.log(`Empty database seeded: ${a.cycle.name}, ${a.measures.created} measures, ${a.statements.created} statements, ${a.warnings.length} import warnings`);
    }
    if (result.remisser) {
      const r = result.remisser;
      this.logger.log(`Remisser seeded: ${r.imported.length} documents${r.skipped.length ? `; skipped (organisation not loaded): ${r.skipped.join(', ')}` : ''}`);
    }
    // Production mode gets no demo accounts (and refuses to start while one has a demo password).
    if (this.config.NODE_ENV !== 'production') {
      const accounts = await this.dataSource.transaction((manager) => loadDemoAccounts(manager, this.config.DEMO_PASSWORD));
      if (accounts.created > 0) this.logger.log(`${accounts.created} demo accounts created (see README)`);
    }
  }
}
