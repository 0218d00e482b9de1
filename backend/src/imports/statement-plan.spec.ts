import { describe, expect, it } from '@jest/globals';
import type { ReadCell, ReadSheet } from '../exports/workbook.js';
import { planStatementRows, type PlanReference } from './statement-plan.js';
import { HEADERS, parseStatementSheet } from './statement-sheet.js';

const text = (value: string): ReadCell => ({ kind: 'text', value });
/** A sheet with the export's headings and the given rows (cells by heading). */
function sheet(rows: Record<string, ReadCell>[]): ReadSheet {
  return {
    name: 'Skrivningar',
    rows: [
      { number: 1, cells: HEADERS.map(text) },
      ...rows.map((r, i) => ({ number: i + 2, cells: HEADERS.map((h) => r[h] ?? ({ kind: 'empty' } as ReadCell)) })),
    ],
  };
}

const ref: PlanReference = {
  cycle: { id: 1, year: 2026 },
  boards: [{ id: 7, name: 'Trafiknämnden', aliases: ['trafikkontoret'] }],
  reports: ['delad'],
  measures: [{ id: 31, report: 'delad', number: '6.3.1' }],
  statements: [
    { id: 5, version: 3, boardId: 7, measureId: 31, text: 'Rad ett\nRad två', plannedYears: [2027, 2026], status: 'in-progress', position: null, state: 'draft' },
  ],
  mayWrite: () => true,
};

describe('the Skrivningar sheet and its plan', () => {
  it('reads planned years as a list, a range or a number cell, and the status by its Swedish word', () => {
    const rows = parseStatementSheet(
      sheet([
        { Id: { kind: 'number', value: 5 }, Version: text('3'), Nämnd: text('Trafiknämnden'), Delrapport: text('delad'), Åtgärd: text('6.3.1'), 'Planerade år': text('2026;2027'), Status: text('pågående'), Text: text('Rad ett\r\nRad två') },
        { Nämnd: text('Trafikkontoret'), 'Planerade år': text('2026–2028'), Text: text('Allmänt') },
        { Nämnd: text('Trafiknämnden'), Delrapport: text('delad'), Åtgärd: text('6.3.1'), 'Planerade år': { kind: 'number', value: 2029 }, Text: text('Samma som rad 2') },
      ]),
      false,
    );
    expect(rows.map((r) => r.plannedYears)).toEqual([[2026, 2027], [2026, 2027, 2028], [2029]]);
    const plan = planStatementRows(rows, ref);
    // Row 2 equals the stored statement (CRLF and year order aside); row 3 is the alias's general statement; row 4 is statement 5 again.
    expect(plan.map((p) => [p.row, p.outcome, p.statementId, p.problems.map((x) => x.code)])).toEqual([
      [2, 'unchanged', 5, []],
      [3, 'create', null, []],
      [4, 'error', 5, ['duplicate_row']],
    ]);
  });

  it('asks for the version only when the row writes, and calls an old one stale', () => {
    const base = { Id: { kind: 'number', value: 5 } as ReadCell, Nämnd: text('Trafiknämnden'), Delrapport: text('delad'), Åtgärd: text('6.3.1'), 'Planerade år': text('2026, 2027'), Status: text('Pågående') };
    // Each row on its own (together they would be duplicates of one another).
    const problems = [{ ...base, Text: text('Rad ett\nRad två') }, { ...base, Text: text('Ny') }, { ...base, Version: text('2'), Text: text('Ny') }].map((row) =>
      planStatementRows(parseStatementSheet(sheet([row]), false), ref)[0].problems.map((x) => [x.column, x.code, x.params]),
    );
    expect(problems).toEqual([[], [['Version', 'missing_version', {}]], [['Version', 'stale_version', { version: 2, current: 3 }]]]);
  });
});
