import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type SelectQueryBuilder } from 'typeorm';
import { AppException } from '../common/errors/app-exception.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from '../common/pagination.js';
import { ReportsService } from '../reports/reports.service.js';
import type { MeasureDetailDto, MeasureDto } from './dto/measure.dto.js';
import { Measure } from './entities/measure.entity.js';

/** Measure numbers sort numerically per level: 6.10.1 after 6.9.2. */
export const MEASURE_NUMBER_ORDER = "string_to_array(measure.number, '.')::int[]";

@Injectable()
export class MeasuresService {
  constructor(
    @InjectRepository(Measure) private readonly measures: Repository<Measure>,
    private readonly reports: ReportsService,
  ) {}

  private withRelations(): SelectQueryBuilder<Measure> {
    return this.measures
      .createQueryBuilder('measure')
      .innerJoinAndSelect('measure.report', 'report')
      .leftJoinAndSelect('measure.recommendation', 'recommendation')
      .leftJoinAndSelect('measure.responsibilities', 'responsibility')
      .leftJoinAndSelect('responsibility.board', 'board');
  }

  /**
   * One page of the measures, of every report or of one (404 for an unknown key), by report and number:
   * one query picks the page's ids by keyset, a second loads them with their responsibilities.
   */
  async list(filter: { report?: string; limit?: number; cursor?: string }): Promise<Page<MeasureDto>> {
    const after = decodeCursor(filter.cursor, ['int', 'int[]']);
    const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
    const reportId = filter.report !== undefined ? (await this.reports.findByKey(filter.report)).id : null;
    const keys = await this.measures.query(
      `SELECT id, report_id, string_to_array(number, '.')::int[] AS number_key FROM measure
        WHERE ($1::int IS NULL OR report_id = $1)
          AND ($2::int IS NULL OR (report_id, string_to_array(number, '.')::int[]) > ($2, $3::int[]))
        ORDER BY report_id, string_to_array(number, '.')::int[]
        LIMIT $4`,
      [reportId, ...(after ?? [null, null]), limit + 1],
    );
    const page = toPage<{ id: number; report_id: number; number_key: number[] }, number>(keys, limit, (k) => [k.report_id, k.number_key], (k) => k.id);
    if (page.items.length === 0) return { items: [], next: null };
    const rows = await this.withRelations()
      .where('measure.id IN (:...ids)', { ids: page.items })
      .orderBy('report.id')
      .addOrderBy(MEASURE_NUMBER_ORDER)
      .addOrderBy("CASE responsibility.role WHEN 'lead' THEN 0 ELSE 1 END")
      .addOrderBy('board.id')
      .getMany();
    const items = rows.map((m) => ({
      id: m.id,
      report: m.report!.key,
      number: m.number,
      title: m.title,
      recommendation: m.recommendation ? { number: m.recommendation.number, title: m.recommendation.title } : null,
      responsibilities: (m.responsibilities ?? []).map((r) => ({ board: { id: r.board!.id, name: r.board!.name }, role: r.role })),
    }));
    return { items, next: page.next };
  }

  async get(id: number): Promise<MeasureDetailDto> {
    const m = await this.withRelations()
      .where('measure.id = :id', { id })
      .orderBy("CASE responsibility.role WHEN 'lead' THEN 0 ELSE 1 END")
      .addOrderBy('board.id')
      .getOne();
    if (!m) throw AppException.notFound('Measure', id);
    return {
      id: m.id,
      report: { key: m.report!.key, title: m.report!.title },
      number: m.number,
      title: m.title,
      description: m.description,
      ongoingWork: m.ongoingWork,
      responsibilityText: m.responsibilityText,
      recommendation: m.recommendation ? { number: m.recommendation.number, title: m.recommendation.title } : null,
      responsibilities: (m.responsibilities ?? []).map((r) => ({
        board: { id: r.board!.id, name: r.board!.name, administration: r.board!.administration },
        role: r.role,
        sourceText: r.sourceText,
      })),
      version: m.version,
    };
  }
}
