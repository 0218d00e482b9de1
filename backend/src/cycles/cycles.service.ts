import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppException } from '../common/errors/app-exception.js';
import type { CycleDto } from './dto/cycle.dto.js';
import { ReportingCycle } from './entities/reporting-cycle.entity.js';

export function toCycleDto(c: ReportingCycle): CycleDto {
  return { id: c.id, name: c.name, year: c.year, deadline: c.deadline, status: c.status };
}

@Injectable()
export class CyclesService {
  constructor(@InjectRepository(ReportingCycle) private readonly cycles: Repository<ReportingCycle>) {}

  /** Newest first. */
  async list(): Promise<CycleDto[]> {
    const rows = await this.cycles.find({ order: { year: 'DESC', id: 'DESC' } });
    return rows.map(toCycleDto);
  }

  async get(id: number): Promise<ReportingCycle> {
    const cycle = await this.cycles.findOneBy({ id });
    if (!cycle) throw AppException.notFound('Cycle', id);
    return cycle;
  }
}
