import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException } from '../common/errors/app-exception.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from '../common/pagination.js';
import { ReportsService } from '../reports/reports.service.js';
import type { MeasureDetailDto, MeasureDto } from './dto/measure.dto.js';
import { measureNumberOrder, SELECT_MEASURES, toMeasureDetailDto, toMeasureDto, type MeasureViewRow } from './measure.row.js';

@Injectable()
export class MeasuresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
  ) {}

  /** One page of the measures, of every report or of one (404 for an unknown key), by report and number, with their responsibilities. */
  async list(filter: { report?: string; limit?: number; cursor?: string }): Promise<Page<MeasureDto>> {
    const after = decodeCursor(filter.cursor, ['int', 'int[]']);
    const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
    const reportId = filter.report !== undefined ? (await this.reports.findByKey(filter.report)).id : null;
    const rows = await this.dataSource.query<MeasureViewRow[]>(
      `${SELECT_MEASURES}
        WHERE ($1::int IS NULL OR t.report_id = $1)
          AND ($2::int IS NULL OR (t.report_id, ${measureNumberOrder('t')}) > ($2, $3::int[]))
        ORDER BY t.report_id, ${measureNumberOrder('t')}
        LIMIT $4`,
      [reportId, ...(after ?? [null, null]), limit + 1],
    );
    return toPage(rows, limit, (m) => [m.report_id, m.number.split('.').map(Number)], toMeasureDto);
  }

  async get(id: number): Promise<MeasureDetailDto> {
    const [row] = await this.dataSource.query<MeasureViewRow[]>(`${SELECT_MEASURES} WHERE t.id = $1`, [id]);
    if (!row) throw AppException.notFound('Measure', id);
    return toMeasureDetailDto(row);
  }
}
