import { describe, expect, it } from '@jest/globals';
import { cutWords, findInlineRefs, parseMeasureHeading, parseRecommendationHeading, titleScore } from './measure-refs.js';

describe('parseMeasureHeading', () => {
  it('reads numbered, marked headings in both numbering schemes', () => {
    expect(parseMeasureHeading('4.1.1 Åtgärd: Etablera lotsar för civilsamhället')).toEqual({ numbers: ['4.1.1'], marked: true, rest: 'Etablera lotsar för civilsamhället' });
    expect(parseMeasureHeading('1.1 Åtgärd: Etablera ett nära samarbete')).toEqual({ numbers: ['1.1'], marked: true, rest: 'Etablera ett nära samarbete' });
  });

  it('reads two measures under one heading', () => {
    expect(parseMeasureHeading('4.3.1 / 4.3.2 Omvärldsbevakning, tidig samverkan')?.numbers).toEqual(['4.3.1', '4.3.2']);
  });

  it('reads an unmarked three-level heading but not an unmarked two-level one', () => {
    expect(parseMeasureHeading('6.1.3 Satsa på profilprojekt')).toMatchObject({ numbers: ['6.1.3'], marked: false });
    expect(parseMeasureHeading('6.2 Minska skolsegregationen')).toBeNull();
  });

  it('ignores wrapped text that starts with a number', () => {
    expect(parseMeasureHeading('4.3.2) och fördjupad empiri')).toBeNull();
    expect(parseMeasureHeading('000 nya bostäder ska byggas')).toBeNull();
    expect(parseMeasureHeading('4.2.1 och 4.2.2 är bra')).toBeNull();
  });
});

describe('parseRecommendationHeading', () => {
  it('reads two-level headings, and one-level ones only in a two-level report', () => {
    expect(parseRecommendationHeading('6.2 Minska skolsegregationen', false)).toEqual({ number: '6.2', title: 'Minska skolsegregationen' });
    expect(parseRecommendationHeading('1. Få fler kortutbildade att välja studier', true)).toEqual({ number: '1', title: 'Få fler kortutbildade att välja studier' });
    expect(parseRecommendationHeading('1. Få fler kortutbildade att välja studier', false)).toBeNull();
  });
});

describe('findInlineRefs', () => {
  it('finds numbers in the forms the appendix uses', () => {
    const text = 'lotsar (åtgärd 4.1.1) och program (4.1.2.). Rekommendationerna (4.2.1 - 4.2.2) och Åtgärd 4.4.3 samt (6.2.1)';
    expect(findInlineRefs(text).map((r) => r.number)).toEqual(['4.1.1', '4.1.2', '4.2.1', '4.2.2', '4.4.3', '6.2.1']);
  });

  it('captures a quoted title after the number', () => {
    expect(findInlineRefs('Gällande åtgärd 6.3.1 ”Utveckla modell för socialt värdeskapande analys (SVA)” kommer')).toEqual([
      { number: '6.3.1', quotedTitle: 'Utveckla modell för socialt värdeskapande analys (SVA)', index: expect.any(Number) },
    ]);
  });

  it('takes two-level numbers only after "åtgärd"', () => {
    expect(findInlineRefs('Kapitel 4.6 handlar om Dialog 2.0, men åtgärd 1.4 är en åtgärd').map((r) => r.number)).toEqual(['1.4']);
  });
});

describe('titleScore', () => {
  it('scores a heading that runs on into text by its first words', () => {
    const s = titleScore('Etablera lotsar för civilsamhället i stadsdelsnämnderna Föreningssamordnare som har goda kontakter', 'Etablera lotsar för civilsamhället i stadsdelsnämnderna.');
    expect(s).toMatchObject({ prefixWords: 6, partial: true });
    expect(s.score).toBeGreaterThan(0.95);
  });

  it('scores a shortened title as partial and a different title low', () => {
    expect(titleScore('Utveckla kunskap om det lokala civilsamhället', 'Utveckla kunskap om det lokala civilsamhället i Stockholms stads stadsdelsområden.')).toMatchObject({ partial: true });
    expect(titleScore('Följ upp förstärkningen av elevhälsoarbetet', 'Utveckla modell för socialt värdeskapande analys (SVA)').score).toBeLessThan(0.6);
  });
});

describe('cutWords', () => {
  it('cuts the title off the text that ran into it', () => {
    expect(cutWords('Stärk studie- och yrkesvägledningen För att kunna', 4)).toEqual(['Stärk studie- och yrkesvägledningen', 'För att kunna']);
  });
});
