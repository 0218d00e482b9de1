import type { CellValue } from './workbook.js';

/**
 * CSV as Swedish Excel opens it by double-click: UTF-8 with a byte-order mark (without it Excel
 * reads the file as Windows-1252 and breaks å, ä, ö), `;` between fields (the list separator of a
 * Swedish locale, where `,` is the decimal comma) and CRLF line ends (RFC 4180).
 */
export const CSV_BOM = '\uFEFF';

/** A field quoted when it holds the separator, a quote or a line break; a leading = + - @ is neutralised (formula injection). */
export function csvField(value: CellValue): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(headers: string[], rows: CellValue[][]): string {
  return CSV_BOM + [headers, ...rows].map((r) => r.map(csvField).join(';')).join('\r\n') + '\r\n';
}
