import { PLANNING_YEARS_AHEAD } from '../statements/statement-workflow.service.js';
import { STATEMENT_STATUSES, type StatementState, type StatementStatus } from '../statements/statement.row.js';
import { STATEMENT_STATE_LABEL, STATEMENT_STATUS_LABEL } from '../exports/labels.js';
import { rowProblem, type RowProblem } from './import-problems.js';
import { COLUMN, type ParsedStatementRow } from './statement-sheet.js';

export const IMPORT_OUTCOMES = ['create', 'update', 'unchanged', 'error'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];
export const STATEMENT_FIELDS = ['text', 'plannedYears', 'status', 'position'] as const;
export type StatementField = (typeof STATEMENT_FIELDS)[number];

/** A statement of the cycle the uploader may see (drafts of other boards are absent). */
export interface ExistingStatement {
  id: number;
  version: number;
  boardId: number;
  measureId: number | null;
  text: string;
  plannedYears: number[];
  status: StatementStatus | null;
  position: string | null;
  state: StatementState;
}

/** What a batch is planned against: the cycle, the names the file may use, what exists, who may write. */
export interface PlanReference {
  cycle: { id: number; year: number };
  boards: { id: number; name: string; aliases: string[] }[];
  reports: string[];
  measures: { id: number; report: string; number: string }[];
  statements: ExistingStatement[];
  mayWrite: (boardId: number) => boolean;
}

export interface StatementValues {
  text: string;
  plannedYears: number[];
  status: StatementStatus | null;
  position: string | null;
}

/** One row of a batch: what applying it would do, and against which version. Stored as the batch's rows. */
export interface PlannedRow {
  row: number;
  outcome: ImportOutcome;
  statementId: number | null;
  /** The version the write must still find at apply (the one the file or the preview saw). */
  version: number | null;
  board: { id: number; name: string } | null;
  measure: { id: number; report: string; number: string } | null;
  values: StatementValues | null;
  changes: StatementField[];
  problems: RowProblem[];
}

const norm = (s: string) => s.trim().toLowerCase();
const STATUS_BY_WORD = new Map<string, StatementStatus>([
  ...STATEMENT_STATUSES.map((s) => [s, s] as [string, StatementStatus]),
  ...Object.entries(STATEMENT_STATUS_LABEL).map(([code, label]) => [norm(label), code as StatementStatus] as [string, StatementStatus]),
]);
const sameYears = (a: number[], b: number[]) => a.length === b.length && a.every((y, i) => y === b[i]);
const lines = (s: string) => s.replace(/\r\n?/g, '\n');

/**
 * Decides each row: matched by id (with its version), or by cycle + board + measure for a row
 * without id; `unchanged` when the values equal the stored ones (no right to write is needed for
 * that), else `update` / `create` when the uploader may write for the board and the statement is
 * not locked, else `error` with every problem found. Pure: the reference holds everything it needs.
 */
export function planStatementRows(rows: ParsedStatementRow[], ref: PlanReference): PlannedRow[] {
  const boards = new Map<string, { id: number; name: string }>();
  for (const b of ref.boards) for (const n of [b.name, ...b.aliases]) boards.set(norm(n), { id: b.id, name: b.name });
  const boardName = new Map(ref.boards.map((b) => [b.id, b.name]));
  const reports = new Set(ref.reports.map(norm));
  const measures = new Map(ref.measures.map((m) => [`${norm(m.report)}:${m.number}`, m]));
  const measureById = new Map(ref.measures.map((m) => [m.id, m]));
  const byId = new Map(ref.statements.map((s) => [s.id, s]));
  const byKey = new Map(ref.statements.map((s) => [`${s.boardId}:${s.measureId ?? 'g'}`, s]));
  const last = ref.cycle.year + PLANNING_YEARS_AHEAD;

  /** Per row, the statement it writes: its id, or board and measure once both resolved (null: unknown). */
  const keys: (string | null)[] = [];
  const planned = rows.map((r, i): PlannedRow => {
    const problems = [...r.problems];
    let newKey: string | null = null;
    let existing: ExistingStatement | undefined;
    let board: { id: number; name: string } | null = null;
    let measure: PlannedRow['measure'] = null;
    if (r.id !== null) {
      existing = byId.get(r.id);
      if (!existing) problems.push(rowProblem(COLUMN.id, 'unknown_statement', { id: r.id }));
      else {
        board = { id: existing.boardId, name: boardName.get(existing.boardId) ?? String(existing.boardId) };
        measure = existing.measureId === null ? null : (measureById.get(existing.measureId) ?? null);
        const named = r.board === null ? undefined : boards.get(norm(r.board));
        if (r.board !== null && named?.id !== existing.boardId) problems.push(rowProblem(COLUMN.board, 'key_mismatch', { expected: board.name }));
        const expected = measure === null ? '' : `${measure.report} ${measure.number}`;
        const given = r.report === null && r.measure === null ? '' : `${r.report ?? ''} ${r.measure ?? ''}`;
        if (norm(given) !== norm(expected)) problems.push(rowProblem(COLUMN.measure, 'key_mismatch', { expected: expected || '–' }));
      }
    } else if (!r.problems.some((p) => p.column === COLUMN.id)) {
      if (r.board === null) problems.push(rowProblem(COLUMN.board, 'missing_board'));
      else {
        board = boards.get(norm(r.board)) ?? null;
        if (!board) problems.push(rowProblem(COLUMN.board, 'unknown_board', { name: r.board }));
      }
      if ((r.report === null) !== (r.measure === null)) problems.push(rowProblem(r.report === null ? COLUMN.report : COLUMN.measure, 'measure_incomplete'));
      else if (r.report !== null && r.measure !== null) {
        if (!reports.has(norm(r.report))) problems.push(rowProblem(COLUMN.report, 'unknown_report', { report: r.report }));
        else {
          measure = measures.get(`${norm(r.report)}:${r.measure}`) ?? null;
          if (!measure) problems.push(rowProblem(COLUMN.measure, 'unknown_measure', { report: r.report, number: r.measure }));
        }
      }
      const measureKnown = (r.report === null && r.measure === null) || measure !== null;
      if (board && measureKnown) {
        existing = byKey.get(`${board.id}:${measure?.id ?? 'g'}`);
        newKey = `b${board.id}:${measure?.id ?? 'g'}`;
      }
    }

    let status: StatementStatus | null = null;
    if (r.status !== null) {
      status = STATUS_BY_WORD.get(norm(r.status)) ?? null;
      if (status === null) problems.push(rowProblem(COLUMN.status, 'unknown_status', { value: r.status }));
    }
    const values: StatementValues = { text: lines(r.text ?? ''), plannedYears: r.plannedYears ?? [], status, position: r.position };
    const changes: StatementField[] = existing
      ? STATEMENT_FIELDS.filter((f) =>
          f === 'plannedYears' ? !sameYears(values.plannedYears, [...existing!.plannedYears].sort((a, b) => a - b)) : f === 'text' ? values.text !== lines(existing!.text) : values[f] !== existing![f],
        )
      : [...STATEMENT_FIELDS];
    const writes = !existing || changes.length > 0;
    // A stale version matters only for a write: a row that equals what is stored (the same file imported again) is unchanged.
    if (existing && writes && r.id !== null && r.version === null && !r.problems.some((p) => p.column === COLUMN.version)) {
      problems.push(rowProblem(COLUMN.version, 'missing_version'));
    }
    if (existing && writes && r.version !== null && r.version !== existing.version) {
      problems.push(rowProblem(COLUMN.version, 'stale_version', { version: r.version, current: existing.version }));
    }
    if (writes && r.plannedYears !== null) {
      for (const year of values.plannedYears.filter((y) => y < ref.cycle.year || y > last)) {
        problems.push(rowProblem(COLUMN.years, 'year_outside_period', { year, from: ref.cycle.year, to: last }));
      }
    }
    if (!existing && values.text.trim() === '' && r.text === null && !problems.some((p) => p.column === COLUMN.text)) {
      problems.push(rowProblem(COLUMN.text, 'empty_text'));
    }
    if (writes && board && !ref.mayWrite(board.id)) problems.push(rowProblem(COLUMN.board, 'not_your_board', { board: board.name }));
    if (existing && changes.length > 0 && (existing.state === 'submitted' || existing.state === 'approved')) {
      problems.push(rowProblem(null, 'statement_locked', { state: (STATEMENT_STATE_LABEL[existing.state] ?? existing.state).toLowerCase() }));
    }
    keys[i] = existing ? `s${existing.id}` : newKey;
    const outcome: ImportOutcome = problems.length > 0 ? 'error' : !existing ? 'create' : changes.length === 0 ? 'unchanged' : 'update';
    return {
      row: r.row,
      outcome,
      statementId: existing?.id ?? null,
      version: existing?.version ?? null,
      board,
      measure,
      values: outcome === 'error' ? null : values,
      changes: outcome === 'error' || outcome === 'unchanged' ? (existing ? changes : []) : changes,
      problems,
    };
  });

  // Two rows for the same statement (by id, or by board and measure) would write it twice.
  const seen = new Map<string, number>();
  planned.forEach((p, i) => {
    const key = keys[i];
    if (key === null) return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, p.row);
    else {
      p.problems.push(rowProblem(null, 'duplicate_row', { row: first }));
      p.outcome = 'error';
      p.values = null;
    }
  });
  return planned;
}
