import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/roles.js';
import { CYCLE_COLUMNS, type CycleRow } from '../cycles/cycle.row.js';
import { measureNumberOrder } from '../measures/measure.row.js';
import { ROLE_ASKS, type TodoDto } from './dto/todo.dto.js';
import { StatementsService } from './statements.service.js';

interface ItemRow {
  cycle_id: number;
  board_id: number;
  measure_id: number | null;
  number: string | null;
  report: string | null;
  title: string | null;
  role: 'lead' | 'contributing' | null;
  statement_id: number | null;
}

/** "Att redovisa": per open cycle and per board of the editor, the measures it answers for and what it has written. */
@Injectable()
export class TodoService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly statements: StatementsService,
  ) {}

  async forUser(user: AuthUser): Promise<TodoDto[]> {
    const boardIds = user.boards.map((b) => b.id);
    if (boardIds.length === 0) return [];
    const cycles = await this.dataSource.query<(CycleRow & { days_left: number | null })[]>(
      `SELECT ${CYCLE_COLUMNS}, t.deadline - (now() AT TIME ZONE 'Europe/Stockholm')::date AS days_left
         FROM reporting_cycle t WHERE t.status = 'open' ORDER BY t.deadline NULLS LAST, t.id`,
    );
    if (cycles.length === 0) return [];
    // One row per cycle × board for the general statement (measure null), then one per responsibility in the cycle's scope.
    const items = await this.dataSource.query<ItemRow[]>(
      `SELECT c.id AS cycle_id, b.id AS board_id, NULL::int AS measure_id, NULL AS number, NULL AS report, NULL AS title,
              NULL AS role, s.id AS statement_id, 0 AS report_order, NULL::int[] AS number_order
         FROM reporting_cycle c
        CROSS JOIN board b
         LEFT JOIN statement s ON s.cycle_id = c.id AND s.board_id = b.id AND s.measure_id IS NULL
        WHERE c.id = ANY($1::int[]) AND b.id = ANY($2::int[])
       UNION ALL
       SELECT c.id, resp.board_id, m.id, m.number, r.key, m.title, resp.role, s.id, r.id, ${measureNumberOrder('m')}
         FROM reporting_cycle c
         JOIN cycle_scope_responsibility resp ON resp.cycle_id = c.id
         JOIN measure m ON m.id = resp.measure_id
         JOIN report r ON r.id = m.report_id
         LEFT JOIN statement s ON s.cycle_id = c.id AND s.board_id = resp.board_id AND s.measure_id = m.id
        WHERE c.id = ANY($1::int[]) AND resp.board_id = ANY($2::int[])
        ORDER BY 1, 2, 9, 10`,
      [cycles.map((c) => c.id), boardIds],
    );
    const statementIds = items.map((i) => i.statement_id).filter((id): id is number => id !== null);
    const statements = new Map((await this.statements.findByIds(statementIds)).map((s) => [s.id, s]));
    const boards = await this.dataSource.query<{ id: number; name: string; administration: string }[]>(
      `SELECT id, name, administration FROM board WHERE id = ANY($1::int[]) ORDER BY id`,
      [boardIds],
    );

    return cycles.map((c) => ({
      cycle: { id: c.id, name: c.name, year: c.year, deadline: c.deadline, status: c.status, daysLeft: c.days_left },
      boards: boards.map((board) => {
        const rows = items.filter((i) => i.cycle_id === c.id && i.board_id === board.id);
        const general = rows.find((i) => i.measure_id === null);
        const measureRows = rows.filter((i) => i.measure_id !== null);
        const todoItems = measureRows.map((i) => ({
          measure: { id: i.measure_id!, number: i.number!, report: i.report!, title: i.title! },
          role: i.role!,
          asks: ROLE_ASKS[i.role!],
          statement: i.statement_id === null ? null : (statements.get(i.statement_id) ?? null),
        }));
        return {
          board,
          generalStatement: general?.statement_id ? (statements.get(general.statement_id) ?? null) : null,
          items: todoItems,
          expected: todoItems.length,
          submitted: todoItems.filter((i) => i.statement?.state === 'submitted').length,
        };
      }),
    }));
  }
}
