import { describe, expect, it } from '@jest/globals';
import { STOCKHOLM_REFERENCE } from '../../../test/utils/appendix-2016.js';
import { detectReportHeading, findReportMentions } from './reports.js';

describe('detectReportHeading', () => {
  it.each([
    ['Rapport: Arbete och Försörjning – Allas rätt till kunskap. Kortutbildade inom vuxenutbildningen', 'kortutbildade'],
    ['Rapport: ”Uppväxt och Utbildning - En skola där alla ska lyckas”', 'skola'],
    ['Delrapporten Från delad till enad stad', 'delad'],
    ['Delrapporten ”Stad i samverkan – Stockholms stad och civilsamhället”', 'samverkan'],
    ['Delrapport - En skola där alla lyckas', 'skola'],
    ['Delrapport 2: En skola där alla ska lyckas', 'skola'],
    ['Delrapport: En stad i samverkan - Stockholms stad och civilsamhället', 'samverkan'],
    ['Stad i samverkan', 'samverkan'],
    ['1. Stad i samverkan – Stockholms stad och civilsamhället', 'samverkan'],
  ])('%s → %s', (line, key) => {
    expect(detectReportHeading(line, STOCKHOLM_REFERENCE)).toBe(key);
  });

  it.each([
    ['Delrapport från Kommissionen för ett socialt hållbart Stockholm.'],
    ['Rekommendationer och åtgärder'],
    ['Utifrån rapporten om ”Stad i samverkan” kommer förvaltningen att arbeta vidare utifrån de samarbeten som påbörjats tillsammans med det lokala civilsamhället.'],
  ])('%s is not a report heading', (line) => {
    expect(detectReportHeading(line, STOCKHOLM_REFERENCE)).toBeNull();
  });
});

describe('findReportMentions', () => {
  it('finds every report named in running text, in order, including known variants', () => {
    const text = 'I kommissionens rapport Från delad stad till enad stad föreslås … och i En skola där alla kan lyckas';
    expect(findReportMentions(text, STOCKHOLM_REFERENCE).map((m) => m.reportKey)).toEqual(['delad', 'skola']);
  });
});
