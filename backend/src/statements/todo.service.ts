import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/roles.js';
import { CYCLE_COLUMNS, previousCycle, type CycleRow } from '../cycles/cycle.row.js';
import { measureNumberOrder } from '../measures/measure.row.js';
import { ROLE_ASKS, type TodoDto } from './dto/todo.dto.js';
import { COUNTED_STATE_LIST, COUNTED_STATES, SELECT_STATEMENTS, STATEMENT_ORDER, toStatementDto, type StatementViewRow } from './statement.row.js';
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
    const cycles = await this.dataSource.query<(CycleRow & { days_left: number | null; previous_id: number | null; previous_name: string | null; previous_year: number | null })[]>(
      `SELECT ${CYCLE_COLUMNS}, t.deadline - (now() AT TIME ZONE 'Europe/Stockholm')::date AS days_left,
              p.id AS previous_id, p.name AS previous_name, p.year AS previous_year
         FROM reporting_cycle t
         LEFT JOIN LATERAL (${previousCycle('t')}) p ON true
        WHERE t.status = 'open' AND t.organisation_id = $1 ORDER BY t.deadline NULLS LAST, t.id`,
      // Only the editor's own organisation's cycles: another city's open cycle owes nothing from its boards.
      [user.organisationId],
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
    // Last year's delivered statements of these boards, for "Utgå från förra årets text".
    const previousIds = cycles.map((c) => c.previous_id).filter((id): id is number => id !== null);
    const previousRows =
      previousIds.length === 0
        ? []
        : await this.dataSource.query<StatementViewRow[]>(
            `${SELECT_STATEMENTS} WHERE s.cycle_id = ANY($1::int[]) AND s.board_id = ANY($2::int[]) AND s.state IN ${COUNTED_STATES} ${STATEMENT_ORDER}`,
            [previousIds, boardIds],
          );
    const previous = new Map(previousRows.map((r) => [`${r.cycle_id}:${r.board_id}:${r.measure_id ?? 'general'}`, toStatementDto(r)]));
    const previousOf = (cycle: { previous_id: number | null }, boardId: number, measureId: number | null) =>
      cycle.previous_id === null ? null : (previous.get(`${cycle.previous_id}:${boardId}:${measureId ?? 'general'}`) ?? null);
    const boards = await this.dataSource.query<{ id: number; name: string; administration: string }[]>(
      `SELECT id, name, administration FROM board WHERE id = ANY($1::int[]) ORDER BY id`,
      [boardIds],
    );

    return cycles.map((c) => ({
      cycle: {
        id: c.id,
        name: c.name,
        year: c.year,
        deadline: c.deadline,
        status: c.status,
        daysLeft: c.days_left,
        previous: c.previous_id === null ? null : { id: c.previous_id, name: c.previous_name!, year: c.previous_year! },
        organisation: c.organisation,
      },
      boards: boards.map((board) => {
        const rows = items.filter((i) => i.cycle_id === c.id && i.board_id === board.id);
        const general = rows.find((i) => i.measure_id === null);
        const measureRows = rows.filter((i) => i.measure_id !== null);
        const todoItems = measureRows.map((i) => ({
          measure: { id: i.measure_id!, number: i.number!, report: i.report!, title: i.title! },
          role: i.role!,
          asks: ROLE_ASKS[i.role!],
          statement: i.statement_id === null ? null : (statements.get(i.statement_id) ?? null),
          previous: previousOf(c, board.id, i.measure_id),
        }));
        // What an admin sent back comes first (the sort is stable: the rest keep the report order).
        todoItems.sort((a, b) => Number(b.statement?.state === 'returned') - Number(a.statement?.state === 'returned'));
        return {
          board,
          generalStatement: general?.statement_id ? (statements.get(general.statement_id) ?? null) : null,
          previousGeneralStatement: previousOf(c, board.id, null),
          items: todoItems,
          expected: todoItems.length,
          submitted: todoItems.filter((i) => i.statement !== null && COUNTED_STATE_LIST.includes(i.statement.state)).length,
          returned: todoItems.filter((i) => i.statement?.state === 'returned').length,
        };
      }),
    }));
  }
}
