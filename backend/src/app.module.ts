import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { BoardsModule } from './boards/boards.module.js';
import { repoRoot } from './common/paths.js';
import { ConfigModule } from './config/config.module.js';
import { CoverageModule } from './coverage/coverage.module.js';
import { CyclesModule } from './cycles/cycles.module.js';
import { DatabaseModule } from './database/database.module.js';
import { ExportsModule } from './exports/exports.module.js';
import { HealthModule } from './health/health.module.js';
import { ImportsModule } from './imports/imports.module.js';
import { LinkSuggestionsModule } from './link-suggestions/link-suggestions.module.js';
import { MeasuresModule } from './measures/measures.module.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { RemindersModule } from './reminders/reminders.module.js';
import { RemisserModule } from './remisser/remisser.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { SeedModule } from './seed/seed.module.js';
import { StatementsModule } from './statements/statements.module.js';
import { UsersModule } from './users/users.module.js';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    // The built dashboard at /, with the SPA's own routes falling back to index.html; the API stays under /api.
    ServeStaticModule.forRoot({ rootPath: join(repoRoot(), 'frontend', 'dist'), exclude: ['/api/{*path}'] }),
    OrganisationsModule,
    AuditModule,
    AuthModule,
    UsersModule,
    HealthModule,
    BoardsModule,
    ReportsModule,
    MeasuresModule,
    CyclesModule,
    StatementsModule,
    CoverageModule,
    LinkSuggestionsModule,
    ExportsModule,
    RemindersModule,
    ImportsModule,
    RemisserModule,
    SeedModule,
  ],
})
export class AppModule {}
