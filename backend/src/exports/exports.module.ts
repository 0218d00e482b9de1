import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module.js';
import { CoverageModule } from '../coverage/coverage.module.js';
import { CyclesModule } from '../cycles/cycles.module.js';
import { MeasuresModule } from '../measures/measures.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { StatementsModule } from '../statements/statements.module.js';
import { AppendixService } from './appendix.service.js';
import { ExportsController } from './exports.controller.js';
import { ExportsService } from './exports.service.js';

/** Files out of the app: workbooks, CSV and the compiled appendix, built from the coverage and statements services. */
@Module({
  imports: [CoverageModule, StatementsModule, CyclesModule, BoardsModule, ReportsModule, MeasuresModule],
  controllers: [ExportsController],
  providers: [ExportsService, AppendixService],
})
export class ExportsModule {}
