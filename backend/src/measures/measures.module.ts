import { Module } from '@nestjs/common';
import { ReportsModule } from '../reports/reports.module.js';
import { MeasureCatalogueService } from './measure-catalogue.service.js';
import { MeasuresController } from './measures.controller.js';
import { MeasuresService } from './measures.service.js';

@Module({
  imports: [ReportsModule],
  controllers: [MeasuresController],
  providers: [MeasuresService, MeasureCatalogueService],
  exports: [MeasuresService, MeasureCatalogueService],
})
export class MeasuresModule {}
