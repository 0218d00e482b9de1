import { STATEMENT_COLUMNS } from '../exports/exports.service.js';
import type { ReadCell, ReadSheet } from '../exports/workbook.js';
import { MAX_PLANNED_YEARS, MAX_POSITION_TEXT, MAX_STATEMENT_TEXT } from '../statements/dto/write-statement.dto.js';
import { rowProblem, type RowProblem } from './import-problems.js';
import { cellAt, limited, readHeader, textOf, wholeNumber } from './sheet-reading.js';

/** The sheet the export writes and the import reads: the template is the export itself. */
export const STATEMENT_SHEET = 'Skrivningar';
export const HEADERS = STATEMENT_COLUMNS.map((c) => c.header);

/** The columns the import needs; the others (Förvaltning, Åtgärdens titel, Roll, Tillstånd, Försenad) are read-only context. */
export const COLUMN = {
  id: 'Id',
  version: 'Version',
  board: 'Nämnd',
  report: 'Delrapport',
  measure: 'Åtgärd',
  status: 'Status',
  position: 'Ställningstagande',
  years: 'Planerade år',
  submitted: 'Inlämnad (UTC)',
  text: 'Text',
} as const;
const REQUIRED = [COLUMN.id, COLUMN.version, COLUMN.board, COLUMN.report, COLUMN.measure, COLUMN.status, COLUMN.position, COLUMN.years, COLUMN.text];

/** One row of the sheet as typed, before anything is looked up. */
export interface ParsedStatementRow {
  row: number;
  id: number | null;
  version: number | null;
  board: string | null;
  report: string | null;
  measure: string | null;
  /** The cell as written (a label or a code); resolved by the planner. */
  status: string | null;
  position: string | null;
  plannedYears: number[] | null;
  text: string | null;
  problems: RowProblem[];
}

/** "2017, 2018", "2017;2018", "2017 2018" or "2017–2019" (a range); a single number cell is one year. */
function years(cell: ReadCell | undefined, problems: RowProblem[]): number[] | null {
  const column = COLUMN.years;
  if (cell?.kind === 'date') {
    problems.push(rowProblem(column, 'date_not_year'));
    return null;
  }
  if (cell?.kind === 'number') {
    if (Number.isInteger(cell.value)) return [cell.value];
    problems.push(rowProblem(column, 'bad_years', { value: cell.value }));
    return null;
  }
  const text = textOf(cell, column, problems);
  if (text === null) return cell?.kind === 'formula' || cell?.kind === 'error' ? null : [];
  const found = new Set<number>();
  for (const part of text.split(/[,;\s]+/).filter(Boolean)) {
    const range = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(part);
    if (range && Number(range[2]) >= Number(range[1]) && Number(range[2]) - Number(range[1]) <= MAX_PLANNED_YEARS) {
      for (let y = Number(range[1]); y <= Number(range[2]); y++) found.add(y);
    } else if (/^\d{4}$/.test(part)) found.add(Number(part));
    else {
      problems.push(rowProblem(column, 'bad_years', { value: text }));
      return null;
    }
  }
  if (found.size > MAX_PLANNED_YEARS) {
    problems.push(rowProblem(column, 'too_many_years', { max: MAX_PLANNED_YEARS }));
    return null;
  }
  return [...found].sort((a, b) => a - b);
}

/** The read-only date column must still be a date: a date typed as text is the classic import slip. */
function checkDate(cell: ReadCell | undefined, fromCsv: boolean, problems: RowProblem[]): void {
  const column = COLUMN.submitted;
  if (!cell || cell.kind === 'empty' || cell.kind === 'date') return;
  if (cell.kind === 'text' && cell.value.trim() === '') return;
  if (cell.kind === 'text' && fromCsv) {
    if (!/^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?$/.test(cell.value.trim()) || Number.isNaN(Date.parse(cell.value.trim()))) {
      problems.push(rowProblem(column, 'bad_date', { value: cell.value }));
    }
    return;
  }
  if (cell.kind === 'text') problems.push(rowProblem(column, 'date_as_text', { value: cell.value }));
  else if (cell.kind === 'formula' || cell.kind === 'error') textOf(cell, column, problems);
  else problems.push(rowProblem(column, 'bad_date', { value: String(cell.value) }));
}

/**
 * The Skrivningar sheet's rows, typed: the header row must be the export's (every column the
 * import needs, nothing unknown; the read-only ones may be left out); empty rows are skipped.
 */
export function parseStatementSheet(sheet: ReadSheet, fromCsv: boolean): ParsedStatementRow[] {
  const { index, rows } = readHeader(sheet, HEADERS, REQUIRED);
  const parsed: ParsedStatementRow[] = [];
  for (const r of rows) {
    const at = cellAt(r, index);
    const problems: RowProblem[] = [];
    const row: ParsedStatementRow = {
      row: r.number,
      id: wholeNumber(at(COLUMN.id), COLUMN.id, problems),
      version: wholeNumber(at(COLUMN.version), COLUMN.version, problems),
      board: textOf(at(COLUMN.board), COLUMN.board, problems)?.trim() ?? null,
      report: textOf(at(COLUMN.report), COLUMN.report, problems)?.trim() ?? null,
      measure: textOf(at(COLUMN.measure), COLUMN.measure, problems)?.trim() ?? null,
      status: textOf(at(COLUMN.status), COLUMN.status, problems)?.trim() ?? null,
      position: limited(textOf(at(COLUMN.position), COLUMN.position, problems), COLUMN.position, MAX_POSITION_TEXT, problems),
      plannedYears: years(at(COLUMN.years), problems),
      text: limited(textOf(at(COLUMN.text), COLUMN.text, problems), COLUMN.text, MAX_STATEMENT_TEXT, problems),
      problems,
    };
    checkDate(at(COLUMN.submitted), fromCsv, problems);
    parsed.push(row);
  }
  return parsed;
}
