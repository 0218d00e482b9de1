import { CATALOGUE_COLUMNS } from '../exports/exports.service.js';
import type { ReadSheet } from '../exports/workbook.js';
import { rowProblem, type RowProblem } from './import-problems.js';
import { cellAt, limited, readHeader, textOf, wholeNumber } from './sheet-reading.js';

/** The export's sheet of the catalogue: the cycle's commission's measures with their responsible boards. */
export const CATALOGUE_SHEET = 'Katalog';
export const CATALOGUE_HEADERS = CATALOGUE_COLUMNS.map((c) => c.header);
export const CATALOGUE_COLUMN = {
  id: 'Id',
  version: 'Version',
  report: 'Delrapport',
  recommendation: 'Rekommendation',
  number: 'Åtgärd',
  title: 'Titel',
  description: 'Beskrivning',
  ongoingWork: 'Pågående arbete',
  responsibilityText: 'Ansvarig (som skrivet)',
  lead: 'Huvudansvariga',
  contributing: 'Delansvariga',
} as const;
const C = CATALOGUE_COLUMN;
const REQUIRED = [C.id, C.version, C.report, C.number, C.title, C.description, C.ongoingWork, C.responsibilityText, C.lead, C.contributing];
export const MAX_TITLE = 2000;
export const MAX_LONG_TEXT = 20_000;
export const MAX_RESPONSIBILITY_TEXT = 2000;

export interface ParsedCatalogueRow {
  row: number;
  id: number | null;
  version: number | null;
  report: string | null;
  recommendation: string | null;
  number: string | null;
  title: string | null;
  description: string | null;
  ongoingWork: string | null;
  responsibilityText: string | null;
  /** Board names as written, one per line or separated by ";". */
  lead: string[];
  contributing: string[];
  problems: RowProblem[];
}

const names = (text: string | null): string[] => (text === null ? [] : text.split(/[;\n]+/).map((n) => n.trim()).filter(Boolean));

export function parseCatalogueSheet(sheet: ReadSheet): ParsedCatalogueRow[] {
  const { index, rows } = readHeader(sheet, CATALOGUE_HEADERS, REQUIRED);
  return rows.map((r) => {
    const at = cellAt(r, index);
    const problems: RowProblem[] = [];
    const text = (h: string) => textOf(at(h), h, problems);
    const number = text(C.number)?.trim() ?? null;
    if (number !== null && !/^[0-9]+(\.[0-9]+)+$/.test(number)) problems.push(rowProblem(C.number, 'bad_number', { value: number }));
    return {
      row: r.number,
      id: wholeNumber(at(C.id), C.id, problems),
      version: wholeNumber(at(C.version), C.version, problems),
      report: text(C.report)?.trim() ?? null,
      recommendation: text(C.recommendation)?.trim() ?? null,
      number,
      title: limited(text(C.title)?.trim() ?? null, C.title, MAX_TITLE, problems),
      description: limited(text(C.description), C.description, MAX_LONG_TEXT, problems),
      ongoingWork: limited(text(C.ongoingWork), C.ongoingWork, MAX_LONG_TEXT, problems),
      responsibilityText: limited(text(C.responsibilityText)?.trim() ?? null, C.responsibilityText, MAX_RESPONSIBILITY_TEXT, problems),
      lead: names(text(C.lead)),
      contributing: names(text(C.contributing)),
      problems,
    };
  });
}
