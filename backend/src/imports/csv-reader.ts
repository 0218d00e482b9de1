import type { ReadRow, ReadSheet } from '../exports/workbook.js';

/**
 * Reads a CSV file as the export writes it and Excel saves it: UTF-8 (with or without BOM), ";"
 * or "," between fields (whichever the header line uses), fields in double quotes with "" for a
 * quote, line breaks inside quotes kept. Every cell is text; the sheet's parser gives it its type.
 * Returns null when the bytes are not UTF-8.
 */
export function readCsv(body: Buffer, name: string, maxRows: number): ReadSheet | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return null;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const separator = firstLine.includes(';') ? ';' : ',';
  const rows: ReadRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  const endRow = () => {
    cells.push(field);
    field = '';
    if (cells.some((c) => c !== '') && rows.length <= maxRows) {
      rows.push({ number: rowStart, cells: cells.map((c) => (c === '' ? { kind: 'empty' } : { kind: 'text', value: c })) });
    }
    cells = [];
    rowStart = line;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        // A line break inside a cell is kept as \n, whatever the file used.
        if (!(ch === '\r' && text[i + 1] === '\n')) field += ch === '\r' ? '\n' : ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      cells.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRow();
    } else field += ch;
  }
  if (field !== '' || cells.length > 0) endRow();
  return { name, rows };
}
