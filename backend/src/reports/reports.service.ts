import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException } from '../common/errors/app-exception.js';
import type { ReportDto } from './dto/report.dto.js';
import { REPORT_COLUMNS, type ReportRow } from './report.row.js';

@Injectable()
export class ReportsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** In catalogue order, with how many measures each has. */
  async list(): Promise<ReportDto[]> {
    const rows = await this.dataSource.query<(ReportRow & { measure_count: number })[]>(
      `SELECT ${REPORT_COLUMNS}, (SELECT count(*) FROM measure m WHERE m.report_id = t.id)::int AS measure_count
         FROM report t ORDER BY t.id`,
    );
    return rows.map((r) => ({ id: r.id, key: r.key, title: r.title, area: r.area, measureCount: r.measure_count }));
  }

  /** Resolves a report key, or 404 naming it. */
  async findByKey(key: string): Promise<ReportRow> {
    const [report] = await this.dataSource.query<ReportRow[]>(`SELECT ${REPORT_COLUMNS} FROM report t WHERE t.key = $1 ORDER BY t.id LIMIT 1`, [key]);
    if (!report) throw AppException.notFound('Report', key);
    return report;
  }
}
