import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module.js';
import { CyclesModule } from '../cycles/cycles.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { CoverageController } from './coverage.controller.js';
import { CoverageService } from './coverage.service.js';

@Module({
  imports: [CyclesModule, ReportsModule, BoardsModule],
  controllers: [CoverageController],
  providers: [CoverageService],
  exports: [CoverageService],
})
export class CoverageModule {}
