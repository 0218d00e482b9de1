import { ApiProperty } from '@nestjs/swagger';
import { CYCLE_STATUSES, type CycleStatus } from '../entities/reporting-cycle.entity.js';

export class CycleDto {
  @ApiProperty({ example: 1 }) id: number;
  @ApiProperty({ example: 'Underlag för budget 2017 med inriktning 2018-2019' }) name: string;
  @ApiProperty({ example: 2016 }) year: number;
  @ApiProperty({ example: '2016-05-31', nullable: true, type: String, description: 'ISO date' }) deadline: string | null;
  @ApiProperty({ enum: CYCLE_STATUSES, example: 'closed' }) status: CycleStatus;
}
