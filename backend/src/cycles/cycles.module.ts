import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CyclesController } from './cycles.controller.js';
import { CyclesService } from './cycles.service.js';
import { CycleParticipant } from './entities/cycle-participant.entity.js';
import { ReportingCycle } from './entities/reporting-cycle.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([ReportingCycle, CycleParticipant])],
  controllers: [CyclesController],
  providers: [CyclesService],
  exports: [CyclesService],
})
export class CyclesModule {}
