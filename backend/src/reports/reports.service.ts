import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppException } from '../common/errors/app-exception.js';
import type { ReportDto } from './dto/report.dto.js';
import { Report } from './entities/report.entity.js';

@Injectable()
export class ReportsService {
  constructor(@InjectRepository(Report) private readonly reports: Repository<Report>) {}

  async list(): Promise<ReportDto[]> {
    const rows = await this.reports
      .createQueryBuilder('report')
      .select(['report.id AS id', 'report.key AS key', 'report.title AS title', 'report.area AS area'])
      .addSelect('(SELECT count(*) FROM measure m WHERE m.report_id = report.id)::int', 'measureCount')
      .orderBy('report.id')
      .getRawMany<ReportDto>();
    return rows;
  }

  /** Resolves a report key, or 404 naming it. */
  async findByKey(key: string): Promise<Report> {
    const report = await this.reports.findOneBy({ key });
    if (!report) throw AppException.notFound('Report', key);
    return report;
  }
}
