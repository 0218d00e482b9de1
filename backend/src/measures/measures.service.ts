import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppException } from '../common/errors/app-exception.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from '../common/pagination.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { ReportsService } from '../reports/reports.service.js';
import type { MeasureDetailDto, MeasureDto } from './dto/measure.dto.js';
import { measureNumberOrder, SELECT_MEASURES, toMeasureDetailDto, toMeasureDto, type MeasureViewRow } from './measure.row.js';

@Injectable()
export class MeasuresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
    private readonly organisations: OrganisationsService,
  ) {}

  /**
   * One page of the measures, of every report, of one commission or of one report (404 for an unknown
   * key; a key several commissions share needs the commission), by report and number, with their responsibilities.
   */
  async list(filter: { organisation?: string; report?: string; commission?: number; limit?: number; cursor?: string }): Promise<Page<MeasureDto>> {
    const after = decodeCursor(filter.cursor, ['int', 'int[]']);
    const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
    const organisationId = await this.organisations.filterId(filter.organisation);
    if (filter.commission !== undefined) {
      const known = await this.dataSource.query(`SELECT id FROM commission WHERE id = $1 AND ($2::int IS NULL OR organisation_id = $2)`, [filter.commission, organisationId]);
      if (known.length === 0) throw AppException.notFound(filter.organisation ? `Commission of ${filter.organisation}` : 'Commission', filter.commission);
    }
    const reportId = filter.report !== undefined ? (await this.reports.findByKey(filter.report, { commissionId: filter.commission, organisationId })).id : null;
    const rows = await this.dataSource.query<MeasureViewRow[]>(
      `${SELECT_MEASURES}
        WHERE ($1::int IS NULL OR t.report_id = $1)
          AND ($2::int IS NULL OR (t.report_id, ${measureNumberOrder('t')}) > ($2, $3::int[]))
          AND ($5::int IS NULL OR t.report_id IN (SELECT id FROM report WHERE commission_id = $5))
          AND ($6::int IS NULL OR k.organisation_id = $6)
        ORDER BY t.report_id, ${measureNumberOrder('t')}
        LIMIT $4`,
      [reportId, ...(after ?? [null, null]), limit + 1, filter.commission ?? null, organisationId],
    );
    return toPage(rows, limit, (m) => [m.report_id, m.number.split('.').map(Number)], toMeasureDto);
  }

  /**
   * A commission's whole catalogue as it stands today, by report and number, each measure with its
   * texts, version and responsible boards: the workbook's Katalog sheet and the catalogue import.
   */
  async catalogueOf(commissionId: number, m: EntityManager = this.dataSource.manager): Promise<MeasureDetailDto[]> {
    const rows = await m.query<MeasureViewRow[]>(
      `${SELECT_MEASURES} WHERE rep.commission_id = $1 ORDER BY t.report_id, ${measureNumberOrder('t')}`,
      [commissionId],
    );
    return rows.map(toMeasureDetailDto);
  }

  async get(id: number): Promise<MeasureDetailDto> {
    const [row] = await this.dataSource.query<MeasureViewRow[]>(`${SELECT_MEASURES} WHERE t.id = $1`, [id]);
    if (!row) throw AppException.notFound('Measure', id);
    return toMeasureDetailDto(row);
  }
}
