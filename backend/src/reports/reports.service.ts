import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppException } from '../common/errors/app-exception.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from '../common/pagination.js';
import type { OrganisationRefDto } from '../organisations/dto/organisation.dto.js';
import { organisationRefSql } from '../organisations/organisation.row.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import type { ListReportsQueryDto, ReportDto } from './dto/report.dto.js';
import { REPORT_COLUMNS, type ReportRow } from './report.row.js';

/** Where a report key is looked up: a commission, an organisation's commissions, or (reads only) everywhere. */
export interface ReportKeyScope {
  commissionId?: number;
  organisationId?: number | null;
}

/**
 * Resolves a report key within a commission (keys are unique only per commission) and an
 * organisation (never across cities), or 404 naming it. Without a commission the key must name one
 * report: a key several commissions share is a 400 asking for the commission (`field`: how the
 * caller names it, `commission` or `commissionId`).
 */
export async function resolveReportKey(m: EntityManager, key: string, scope: ReportKeyScope, field: string): Promise<ReportRow> {
  const rows = await m.query<ReportRow[]>(
    `SELECT ${REPORT_COLUMNS} FROM report t JOIN commission k ON k.id = t.commission_id
      WHERE t.key = $1 AND ($2::int IS NULL OR t.commission_id = $2) AND ($3::int IS NULL OR k.organisation_id = $3)
      ORDER BY t.id LIMIT 2`,
    [key, scope.commissionId ?? null, scope.organisationId ?? null],
  );
  if (rows.length === 0) throw AppException.notFound('Report', key);
  if (rows.length > 1) throw AppException.invalidField(field, `required: several commissions have a report "${key}"`);
  return rows[0];
}

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
  ) {}

  /**
   * One page of the reports in catalogue order (id), with how many measures each has; only one
   * organisation's with its slug.
   */
  async list(q: ListReportsQueryDto = {}): Promise<Page<ReportDto>> {
    const after = decodeCursor(q.cursor, ['int']);
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const organisationId = await this.organisations.filterId(q.organisation);
    const rows = await this.dataSource.query<(ReportRow & { measure_count: number; organisation: OrganisationRefDto })[]>(
      `SELECT ${REPORT_COLUMNS}, (SELECT count(*) FROM measure m WHERE m.report_id = t.id)::int AS measure_count,
              ${organisationRefSql('k.organisation_id')} AS organisation
         FROM report t JOIN commission k ON k.id = t.commission_id
        WHERE ($1::int IS NULL OR k.organisation_id = $1)
          AND ($2::int IS NULL OR t.id > $2)
        ORDER BY t.id
        LIMIT $3`,
      [organisationId, ...(after ?? [null]), limit + 1],
    );
    return toPage(
      rows,
      limit,
      (r) => [r.id],
      (r) => ({ id: r.id, key: r.key, title: r.title, area: r.area, measureCount: r.measure_count, organisation: r.organisation }),
    );
  }

  /** Resolves a report key (see resolveReportKey), outside any transaction. */
  findByKey(key: string, scope: ReportKeyScope, field = 'commission'): Promise<ReportRow> {
    return resolveReportKey(this.dataSource.manager, key, scope, field);
  }
}
