import { describe, expect, it } from '@jest/globals';
import { joinLines, normaliseLines, similarity, splitSentences } from './text.js';

describe('normaliseLines', () => {
  it('blanks page footers, also when split over two lines, and keeps the line count', () => {
    const input = ['Text före ', '', '    4 (44) ', '', 'mer text', '    22 ', '(44) ', 'slut  '].join('\n');
    const { lines, pageNumberLines } = normaliseLines(input);
    expect(lines).toHaveLength(8);
    expect(pageNumberLines).toEqual([3, 6, 7]);
    expect(lines.map((l) => l.text)).toEqual(['Text före', '', '', '', 'mer text', '', '', 'slut']);
    expect(lines[7].line).toBe(8);
  });

  it('drops form feeds, non-breaking spaces and the page-break leading space', () => {
    const { lines } = normaliseLines('\f Socialförvaltningen\u00a0\r\nSkrivning saknas. ');
    expect(lines.map((l) => l.text)).toEqual(['Socialförvaltningen', 'Skrivning saknas.']);
  });

  it('keeps a lone number that is not followed by "(44)"', () => {
    const { lines, pageNumberLines } = normaliseLines('24 500\n12\nbostäder');
    expect(pageNumberLines).toEqual([]);
    expect(lines[1].text).toBe('12');
  });
});

describe('joinLines', () => {
  it('never drops a hyphen, only decides the spacing after it', () => {
    expect(joinLines(['krav på studie-', 'och yrkesvägledning'])).toBe('krav på studie- och yrkesvägledning');
    expect(joinLines(['finansierar Enskede-Årsta-', 'Vantör en'])).toBe('finansierar Enskede-Årsta-Vantör en');
    expect(joinLines(['stadsplanering och -', 'utveckling”'])).toBe('stadsplanering och -utveckling”');
    expect(joinLines(['praktik-', 'bank'])).toBe('praktik-bank');
  });

  it('joins ordinary lines with one space and skips blanks', () => {
    expect(joinLines(['a  ', '', '  b'])).toBe('a b');
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends followed by an upper-case word, a digit or a bullet', () => {
    expect(splitSentences('Ett förslag (4.1.2.). Förvaltningen anser. 2016 blir bra')).toEqual(['Ett förslag (4.1.2.).', 'Förvaltningen anser.', '2016 blir bra']);
  });

  it('does not split inside numbers or before lower-case words', () => {
    expect(splitSentences('Se 4.2.1 och t.ex. detta. Klart.')).toEqual(['Se 4.2.1 och t.ex. detta.', 'Klart.']);
  });
});

describe('similarity', () => {
  it('ignores case, punctuation, dashes and spacing', () => {
    expect(similarity('och- utveckling.', 'och – utveckling')).toBe(1);
    expect(similarity('grundoch gymnasieskolor', 'grund- och gymnasieskolor')).toBe(1);
  });

  it('scores near spellings high and different texts low', () => {
    expect(similarity('rörande socialt hållbarhet', 'rörande social hållbarhet')).toBeGreaterThan(0.9);
    expect(similarity('Följ upp förstärkningen av elevhälsoarbetet', 'Använd sociala stadsrumsanalyser')).toBeLessThan(0.5);
  });
});
