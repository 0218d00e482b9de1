import { STATEMENT_COLUMNS } from '../exports/exports.service.js';
import type { ReadCell, ReadSheet } from '../exports/workbook.js';
import { MAX_PLANNED_YEARS, MAX_POSITION_TEXT, MAX_STATEMENT_TEXT } from '../statements/dto/write-statement.dto.js';
import { rowProblem, type ImportFileProblem, type ProblemParams, type RowProblem } from './import-problems.js';

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

export class FileProblem extends Error {
  constructor(
    readonly code: ImportFileProblem,
    readonly params: ProblemParams = {},
  ) {
    super(code);
  }
}

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

const norm = (s: string) => s.trim().toLowerCase();

/** A cell's text, or a problem: formulas and error cells never count as values. */
function textOf(cell: ReadCell | undefined, column: string, problems: RowProblem[]): string | null {
  if (!cell || cell.kind === 'empty') return null;
  switch (cell.kind) {
    case 'formula':
      problems.push(rowProblem(column, 'formula', { formula: cell.formula }));
      return null;
    case 'error':
      problems.push(rowProblem(column, 'cell_error', { value: cell.value }));
      return null;
    case 'text': {
      // The CSV export writes a text that begins like a formula with a leading apostrophe; a bare "=" is a formula.
      const v = cell.value.replace(/\r\n?/g, '\n');
      if (/^'[=+\-@]/.test(v)) return v.slice(1);
      if (v.startsWith('=')) {
        problems.push(rowProblem(column, 'formula', { formula: v.slice(1) }));
        return null;
      }
      return v.trim() === '' ? null : v;
    }
    case 'number':
      return String(cell.value);
    case 'boolean':
      return cell.value ? 'Ja' : 'Nej';
    case 'date':
      return cell.value.toISOString().slice(0, 10);
  }
}

function wholeNumber(cell: ReadCell | undefined, column: string, problems: RowProblem[]): number | null {
  if (cell?.kind === 'number') {
    if (Number.isInteger(cell.value) && cell.value > 0 && cell.value <= 2147483647) return cell.value;
    problems.push(rowProblem(column, 'not_a_whole_number', { value: cell.value }));
    return null;
  }
  if (cell?.kind === 'date') {
    problems.push(rowProblem(column, 'not_a_whole_number', { value: cell.value.toISOString().slice(0, 10) }));
    return null;
  }
  const text = textOf(cell, column, problems);
  if (text === null) return null;
  if (/^\s*\d{1,10}\s*$/.test(text) && Number(text) > 0 && Number(text) <= 2147483647) return Number(text);
  problems.push(rowProblem(column, 'not_a_whole_number', { value: text }));
  return null;
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

function limited(value: string | null, column: string, max: number, problems: RowProblem[]): string | null {
  if (value !== null && value.length > max) {
    problems.push(rowProblem(column, 'too_long', { length: value.length, max }));
    return null;
  }
  return value;
}

/**
 * The Skrivningar sheet's rows, typed: the header row must be the export's (every column the
 * import needs, nothing unknown; the read-only ones may be left out); empty rows are skipped.
 */
export function parseStatementSheet(sheet: ReadSheet, fromCsv: boolean): ParsedStatementRow[] {
  const [header, ...rows] = sheet.rows;
  if (!header) throw new FileProblem('no_rows');
  const names = header.cells.map((c) => (c.kind === 'text' ? c.value.trim() : c.kind === 'empty' ? '' : String((c as { value?: unknown }).value ?? '')));
  const known = new Map(HEADERS.map((h) => [norm(h), h]));
  const index = new Map<string, number>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  names.forEach((name, i) => {
    if (name === '') return;
    const h = known.get(norm(name));
    if (!h) unknown.push(name);
    else if (index.has(h)) repeated.push(h);
    else index.set(h, i);
  });
  const missing = REQUIRED.filter((h) => !index.has(h));
  if (missing.length > 0) throw new FileProblem('missing_columns', { columns: missing.join(', ') });
  if (unknown.length > 0) throw new FileProblem('unknown_columns', { columns: unknown.join(', ') });
  if (repeated.length > 0) throw new FileProblem('duplicate_columns', { columns: repeated.join(', ') });

  const parsed: ParsedStatementRow[] = [];
  for (const r of rows) {
    const at = (h: string) => {
      const i = index.get(h);
      return i === undefined ? undefined : r.cells[i];
    };
    if (r.cells.every((c) => c.kind === 'empty' || (c.kind === 'text' && c.value.trim() === ''))) continue;
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
  if (parsed.length === 0) throw new FileProblem('no_rows');
  return parsed;
}
