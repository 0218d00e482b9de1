import { describe, expect, it } from '@jest/globals';
import { doc, SMALL_REFERENCE } from './fixtures/reference.js';
import { splitSections } from './sections.js';
import { normaliseLines } from './text.js';
import { AppendixParseError } from './types.js';

const split = (text: string) => splitSections(normaliseLines(text).lines, SMALL_REFERENCE);

const APPENDIX = doc(
  ' Fackförvaltningar ',
  '',
  'Idrottförvaltningen ',
  '',
  'Nämnden kan bidra.',
  '',
  'Miljöförvaltningen',
  '',
  'Text om miljö.',
  '    7 (44) ',
  'Mer text om miljö.',
  '',
  'Valnämnden ',
  '',
  'Skrivelse saknas',
  '',
  'Stadsdelsförvaltningar ',
  '',
  'Bromma ',
  '',
  'Bromma arbetar vidare.',
  '',
  'Kungsholmen Skrivelse saknas.',
);

describe('splitSections', () => {
  it('finds both parts and every section with its board and line', () => {
    const { sections } = split(APPENDIX);
    expect(sections.map((s) => [s.part, s.heading, s.board, s.line])).toEqual([
      ['central', 'Idrottförvaltningen', 'Idrottsnämnden', 3],
      ['central', 'Miljöförvaltningen', 'Miljö- och hälsoskyddsnämnden', 7],
      ['central', 'Valnämnden', 'Valnämnden', 13],
      ['district', 'Bromma', 'Bromma stadsdelsnämnd', 19],
      ['district', 'Kungsholmen', 'Kungsholmen stadsdelsnämnd', 23],
    ]);
  });

  it('marks "Skrivelse saknas" without a period and a heading run together with it as missing', () => {
    const { sections } = split(APPENDIX);
    expect(sections.filter((s) => s.missing).map((s) => s.board)).toEqual(['Valnämnden', 'Kungsholmen stadsdelsnämnd']);
  });

  it('warns about the misspelled and the run-together heading', () => {
    const { warnings } = split(APPENDIX);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, code: 'heading-variant' }),
        expect.objectContaining({ line: 23, code: 'run-together-heading' }),
      ]),
    );
  });

  it('reads a heading one letter off as the nearest administration, with a warning', () => {
    const { sections, warnings } = split(doc('Fackförvaltningar', 'Trafikkontorett', 'Text.', 'Stadsdelsförvaltningar', 'Bromma', 'Text.'));
    expect(sections[0].board).toBe('Trafiknämnden');
    expect(warnings).toContainEqual(expect.objectContaining({ line: 2, code: 'heading-variant' }));
  });

  it('does not take a sentence starting with a board name for a heading', () => {
    const { sections } = split(doc('Fackförvaltningar', 'Trafikkontoret', '', 'Stadsbyggnadsnämnden har i uppdrag att', 'Stadsdelsförvaltningar', 'Bromma', 'Text.'));
    expect(sections.map((s) => s.board)).toEqual(['Trafiknämnden', 'Bromma stadsdelsnämnd']);
  });

  it('drops the page footer inside a section', () => {
    const { sections } = split(APPENDIX);
    expect(sections[1].body.map((l) => l.text).filter(Boolean)).toEqual(['Text om miljö.', 'Mer text om miljö.']);
  });

  it('throws on an empty text', () => {
    expect(() => split('  \n\n ')).toThrow(AppendixParseError);
  });

  it('throws on a text that is not an appendix', () => {
    expect(() => split('Protokoll från kommunstyrelsen\n\nParagraf 1')).toThrow(/Not an appendix/);
  });

  it('throws on a document cut before the district part', () => {
    expect(() => split(doc('Fackförvaltningar', 'Trafikkontoret', 'Text.'))).toThrow(/truncated/);
  });

  it('throws with the line when the last section has no content', () => {
    const cut = () => split(doc('Fackförvaltningar', 'Trafikkontoret', 'Text.', 'Stadsdelsförvaltningar', 'Bromma', 'Text.', 'Kungsholmen', ''));
    expect(cut).toThrow(AppendixParseError);
    expect(cut).toThrow(expect.objectContaining({ line: 7, message: expect.stringContaining('Kungsholmen') }));
  });

  it('warns about district boards that have no section', () => {
    const { warnings } = split(doc('Fackförvaltningar', 'Trafikkontoret', 'Text.', 'Stadsdelsförvaltningar', 'Bromma', 'Text.'));
    expect(warnings.filter((w) => w.code === 'section-absent').map((w) => w.message)).toEqual([expect.stringContaining('Kungsholmen stadsdelsnämnd')]);
  });
});
