import { Module } from '@nestjs/common';
import { CyclesModule } from '../cycles/cycles.module.js';
import { MeasuresModule } from '../measures/measures.module.js';
import { StatementsModule } from '../statements/statements.module.js';
import { ImportsController } from './imports.controller.js';
import { ImportsService } from './imports.service.js';

/** Spreadsheets in: a preview batch per upload, applied once through the statements' write path. */
@Module({
  imports: [CyclesModule, StatementsModule, MeasuresModule],
  controllers: [ImportsController],
  providers: [ImportsService],
})
export class ImportsModule {}
