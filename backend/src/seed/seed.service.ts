import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { seedDatabase } from '../../../seed/seed-database.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/** Runs the seed on start when the database is empty (SEED=false turns it off). */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED) return;
    const result = await seedDatabase(this.dataSource);
    if (result.appendix) {
      const a = result.appendix;
      this.logger.log(`Empty database seeded: ${a.cycle.name}, ${a.measures.created} measures, ${a.statements.created} statements, ${a.warnings.length} import warnings`);
    }
  }
}
