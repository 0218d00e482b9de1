import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

/**
 * The one place that knows the spreadsheet library (exceljs): the rest of the app describes sheets
 * as columns and rows of plain values, so the library can be swapped here alone.
 */

/** `date`: an ISO date (YYYY-MM-DD) written as a date cell at UTC midnight, so no time zone shifts it. */
export type CellType = 'text' | 'number' | 'percent' | 'date' | 'datetime';
export type CellValue = string | number | boolean | Date | null;
/** A cell whose type differs from its column's (the key-figure sheet's value column). */
export interface TypedCell {
  value: CellValue;
  type: CellType;
}
export type CellInput = CellValue | TypedCell;

export interface SheetColumn {
  header: string;
  /** In characters; readable defaults per type when absent. */
  width?: number;
  type?: CellType;
}

export interface SheetSpec {
  /** At most 31 characters, no []:*?/\ (Excel's rule). */
  name: string;
  columns: SheetColumn[];
  rows: Iterable<CellInput[]> | AsyncIterable<CellInput[]>;
}

const DEFAULT_WIDTH: Record<CellType, number> = { text: 24, number: 12, percent: 10, date: 12, datetime: 18 };
const NUMBER_FORMAT: Partial<Record<CellType, string>> = { percent: '0%', date: 'yyyy-mm-dd', datetime: 'yyyy-mm-dd hh:mm' };

/** A YYYY-MM-DD date as the Date whose UTC midnight is that day (what Excel's date serial counts). */
export function utcDate(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** Excel's limit for the text of one cell; longer text would make the file unreadable. */
const MAX_CELL_TEXT = 32767;

function cell(value: CellValue, type: CellType): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (type === 'date' && typeof value === 'string') return utcDate(value);
  if (typeof value === 'string' && value.length > MAX_CELL_TEXT) return `${value.slice(0, MAX_CELL_TEXT - 1)}…`;
  return value;
}

const isTyped = (v: CellInput): v is TypedCell => v !== null && typeof v === 'object' && !(v instanceof Date);

/** A column letter from its 1-based number (1 → A, 27 → AA). */
function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * Streams the sheets as one .xlsx to `out`, row by row (exceljs's streaming writer: each row is
 * committed as it is written). Every sheet gets a bold, frozen header row with an autofilter.
 */
export async function writeWorkbook(out: Writable, sheets: SheetSpec[], meta: { creator: string; created: Date }): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  workbook.creator = meta.creator;
  workbook.created = meta.created;
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => {
      const type = c.type ?? 'text';
      return { header: c.header, width: c.width ?? DEFAULT_WIDTH[type], style: NUMBER_FORMAT[type] ? { numFmt: NUMBER_FORMAT[type] } : {} };
    });
    ws.getRow(1).font = { bold: true };
    ws.autoFilter = `A1:${columnLetter(sheet.columns.length)}1`;
    ws.getRow(1).commit();
    for await (const values of sheet.rows) {
      const typeOf = (v: CellInput, i: number): CellType => (isTyped(v) ? v.type : (sheet.columns[i]?.type ?? 'text'));
      const row = ws.addRow(values.map((v, i) => cell(isTyped(v) ? v.value : v, typeOf(v, i))));
      values.forEach((v, i) => {
        const format = isTyped(v) ? NUMBER_FORMAT[v.type] : undefined;
        if (format) row.getCell(i + 1).numFmt = format;
      });
      row.commit();
    }
    ws.commit();
  }
  await workbook.commit();
}

/** A cell as the import reads it: what was typed, with its type, and never a computed value. */
export type ReadCell =
  | { kind: 'empty' }
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; value: Date }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'formula'; formula: string }
  | { kind: 'error'; value: string };

export interface ReadRow {
  /** The row's number in the sheet (1 is the header row). */
  number: number;
  cells: ReadCell[];
}

export interface ReadSheet {
  name: string;
  rows: ReadRow[];
}

function readCell(c: ExcelJS.Cell): ReadCell {
  const v = c.value;
  switch (c.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return { kind: 'empty' };
    case ExcelJS.ValueType.Number:
      return { kind: 'number', value: v as number };
    case ExcelJS.ValueType.Date:
      return { kind: 'date', value: v as Date };
    case ExcelJS.ValueType.Boolean:
      return { kind: 'boolean', value: v as boolean };
    case ExcelJS.ValueType.Formula:
      // A formula is refused whatever it computes: its result is Excel's, not what the user typed.
      return { kind: 'formula', formula: String((v as { formula?: string; sharedFormula?: string }).formula ?? (v as { sharedFormula?: string }).sharedFormula ?? '') };
    case ExcelJS.ValueType.Error:
      return { kind: 'error', value: String((v as { error?: string }).error ?? '#ERROR') };
    case ExcelJS.ValueType.RichText:
      return { kind: 'text', value: (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('') };
    case ExcelJS.ValueType.Hyperlink:
      return { kind: 'text', value: String((v as ExcelJS.CellHyperlinkValue).text ?? '') };
    default:
      return typeof v === 'string' ? { kind: 'text', value: v } : { kind: 'text', value: String(v ?? '') };
  }
}

/**
 * Reads every sheet of an .xlsx as typed cells (the import's side of this module). Throws when the
 * bytes are not a workbook exceljs can open; `maxRows` stops a sheet that is longer than allowed.
 */
export async function readWorkbook(body: Buffer, maxRows: number): Promise<ReadSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => {
    const rows: ReadRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, number) => {
      if (rows.length > maxRows) return;
      const width = Math.max(row.cellCount, 0);
      rows.push({ number, cells: Array.from({ length: width }, (_, i) => readCell(row.getCell(i + 1))) });
    });
    return { name: ws.name, rows };
  });
}
