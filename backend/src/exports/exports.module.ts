import { Module } from '@nestjs/common';
import { CoverageModule } from '../coverage/coverage.module.js';
import { CyclesModule } from '../cycles/cycles.module.js';
import { StatementsModule } from '../statements/statements.module.js';
import { ExportsController } from './exports.controller.js';
import { ExportsService } from './exports.service.js';

/** Files out of the app: workbooks and CSV, built from the coverage and statements services. */
@Module({
  imports: [CoverageModule, StatementsModule, CyclesModule],
  controllers: [ExportsController],
  providers: [ExportsService],
})
export class ExportsModule {}
