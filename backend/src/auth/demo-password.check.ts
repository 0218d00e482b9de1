import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, ConfigError, type AppConfig } from '../config/app-config.js';

export class DemoPasswordInProductionError extends ConfigError {}

/** NODE_ENV=production refuses to start while any account still has the seed's demo password. */
@Injectable()
export class DemoPasswordCheck implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.NODE_ENV !== 'production') return;
    const rows = await this.dataSource.query<{ email: string; total: number }[]>(
      `SELECT email, count(*) OVER ()::int AS total FROM app_user WHERE demo_password ORDER BY email LIMIT 3`,
    );
    if (rows.length === 0) return;
    const names = rows.map((r) => r.email).join(', ') + (rows[0].total > rows.length ? ` and ${rows[0].total - rows.length} more` : '');
    throw new DemoPasswordInProductionError(
      `Refusing to start in production mode: ${rows[0].total} account(s) still have the demo password (${names}). ` +
        'Give each a new password first (PUT /api/users/:id with a password, outside production mode), then start again.',
    );
  }
}
