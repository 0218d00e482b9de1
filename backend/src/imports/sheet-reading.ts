import type { ReadCell, ReadRow, ReadSheet } from '../exports/workbook.js';
import { rowProblem, type ImportFileProblem, type ProblemParams, type RowProblem } from './import-problems.js';

/** A problem with the file as a whole; the service answers it as 422 import_file_invalid. */
export class FileProblem extends Error {
  constructor(
    readonly code: ImportFileProblem,
    readonly params: ProblemParams = {},
  ) {
    super(code);
  }
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * The header row against a sheet's template: every required heading present (case and spaces
 * aside), nothing unknown, nothing twice. Answers the column index of each heading found, and the
 * data rows (empty rows left out).
 */
export function readHeader(sheet: ReadSheet, headings: string[], required: string[]): { index: Map<string, number>; rows: ReadRow[] } {
  const [header, ...rows] = sheet.rows;
  if (!header) throw new FileProblem('no_rows');
  const names = header.cells.map((c) => (c.kind === 'text' ? c.value.trim() : c.kind === 'empty' ? '' : String((c as { value?: unknown }).value ?? '')));
  const known = new Map(headings.map((h) => [norm(h), h]));
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
  const missing = required.filter((h) => !index.has(h));
  if (missing.length > 0) throw new FileProblem('missing_columns', { columns: missing.join(', ') });
  if (unknown.length > 0) throw new FileProblem('unknown_columns', { columns: unknown.join(', ') });
  if (repeated.length > 0) throw new FileProblem('duplicate_columns', { columns: repeated.join(', ') });
  const data = rows.filter((r) => !r.cells.every((c) => c.kind === 'empty' || (c.kind === 'text' && c.value.trim() === '')));
  if (data.length === 0) throw new FileProblem('no_rows');
  return { index, rows: data };
}

/** A cell's text, or a problem: formulas and error cells never count as values. */
export function textOf(cell: ReadCell | undefined, column: string, problems: RowProblem[]): string | null {
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

/** A positive 32-bit whole number (an id, a version), from a number cell or its text. */
export function wholeNumber(cell: ReadCell | undefined, column: string, problems: RowProblem[]): number | null {
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

/** The text, or a problem when it is longer than `max`. */
export function limited(value: string | null, column: string, max: number, problems: RowProblem[]): string | null {
  if (value !== null && value.length > max) {
    problems.push(rowProblem(column, 'too_long', { length: value.length, max }));
    return null;
  }
  return value;
}

/** The cell of a row under a heading (undefined when the column is absent). */
export const cellAt = (row: ReadRow, index: Map<string, number>) => (heading: string): ReadCell | undefined => {
  const i = index.get(heading);
  return i === undefined ? undefined : row.cells[i];
};
