import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CyclesService } from '../cycles/cycles.service.js';
import { ReportsService } from '../reports/reports.service.js';
import type { StatementDto } from './dto/statement.dto.js';

interface StatementRow {
  id: number;
  board_id: number;
  board_name: string;
  administration: string;
  measure_id: number | null;
  measure_number: string | null;
  report_key: string | null;
  measure_title: string | null;
  role: 'lead' | 'contributing' | null;
  text: string;
  parts: StatementDto['parts'];
  planned_years: number[];
  status: StatementDto['status'];
  state: StatementDto['state'];
  version: number;
  updated_at: Date;
}

@Injectable()
export class StatementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cycles: CyclesService,
    private readonly reports: ReportsService,
  ) {}

  /** A cycle's statements with their measure and the board's role for it, in one query. */
  async listForCycle(cycleId: number, filter: { board?: number; report?: string; measure?: number }): Promise<StatementDto[]> {
    await this.cycles.get(cycleId);
    const reportId = filter.report !== undefined ? (await this.reports.findByKey(filter.report)).id : null;
    const rows = await this.dataSource.query<StatementRow[]>(
      `SELECT s.id, s.board_id, b.name AS board_name, b.administration,
              s.measure_id, m.number AS measure_number, r.key AS report_key, m.title AS measure_title,
              resp.role, s.text, s.parts, s.planned_years, s.status, s.state, s.version, s.updated_at
         FROM statement s
         JOIN board b ON b.id = s.board_id
         LEFT JOIN measure m ON m.id = s.measure_id
         LEFT JOIN report r ON r.id = m.report_id
         LEFT JOIN responsibility resp ON resp.measure_id = s.measure_id AND resp.board_id = s.board_id
        WHERE s.cycle_id = $1
          AND ($2::int IS NULL OR s.board_id = $2)
          AND ($3::int IS NULL OR m.report_id = $3)
          AND ($4::int IS NULL OR s.measure_id = $4)
        ORDER BY b.id, r.id NULLS FIRST, string_to_array(m.number, '.')::int[] NULLS FIRST, s.id`,
      [cycleId, filter.board ?? null, reportId, filter.measure ?? null],
    );
    return rows.map(toStatementDto);
  }
}

function toStatementDto(row: StatementRow): StatementDto {
  return {
    id: row.id,
    board: { id: row.board_id, name: row.board_name, administration: row.administration },
    measure:
      row.measure_id === null
        ? null
        : { id: row.measure_id, number: row.measure_number!, report: row.report_key!, title: row.measure_title! },
    role: row.role,
    text: row.text,
    parts: row.parts,
    plannedYears: row.planned_years,
    status: row.status,
    state: row.state,
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
