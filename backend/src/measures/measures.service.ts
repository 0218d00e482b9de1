import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, type SelectQueryBuilder } from 'typeorm';
import { AppException } from '../common/errors/app-exception.js';
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

  /** All measures, or those of one report (404 for an unknown key); one query with their responsibilities. */
  async list(reportKey?: string): Promise<MeasureDto[]> {
    const query = this.withRelations();
    if (reportKey !== undefined) {
      const report = await this.reports.findByKey(reportKey);
      query.where('measure.reportId = :reportId', { reportId: report.id });
    }
    const rows = await query
      .orderBy('report.id')
      .addOrderBy(MEASURE_NUMBER_ORDER)
      .addOrderBy("CASE responsibility.role WHEN 'lead' THEN 0 ELSE 1 END")
      .addOrderBy('board.id')
      .getMany();
    return rows.map((m) => ({
      id: m.id,
      report: m.report!.key,
      number: m.number,
      title: m.title,
      recommendation: m.recommendation ? { number: m.recommendation.number, title: m.recommendation.title } : null,
      responsibilities: (m.responsibilities ?? []).map((r) => ({ board: { id: r.board!.id, name: r.board!.name }, role: r.role })),
    }));
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
