import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReportsModule } from '../reports/reports.module.js';
import { Measure } from './entities/measure.entity.js';
import { Recommendation } from './entities/recommendation.entity.js';
import { Responsibility } from './entities/responsibility.entity.js';
import { MeasureCatalogueService } from './measure-catalogue.service.js';
import { MeasuresController } from './measures.controller.js';
import { MeasuresService } from './measures.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Measure, Recommendation, Responsibility]), ReportsModule],
  controllers: [MeasuresController],
  providers: [MeasuresService, MeasureCatalogueService],
  exports: [MeasuresService],
})
export class MeasuresModule {}
