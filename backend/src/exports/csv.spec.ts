import { describe, expect, it } from '@jest/globals';
import { csvField, toCsv } from './csv.js';

describe('CSV for Swedish Excel', () => {
  it('quotes fields with the separator, quotes or line breaks, and doubles inner quotes', () => {
    expect(csvField('Stad i samverkan')).toBe('Stad i samverkan');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('säger "ja"')).toBe('"säger ""ja"""');
    expect(csvField('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
  });

  it('writes numbers as they are, empty for null, and neutralises text that Excel would run as a formula', () => {
    expect(csvField(6)).toBe('6');
    expect(csvField(-1)).toBe('-1');
    expect(csvField(null)).toBe('');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+46 8 508 000 00')).toBe("'+46 8 508 000 00");
    expect(csvField('@SUMMA')).toBe("'@SUMMA");
  });

  it('starts with the byte-order mark and ends every line with CRLF', () => {
    expect(toCsv(['Nämnd', 'Åtgärd'], [['Trafiknämnden', '6.3.1']])).toBe('\uFEFFNämnd;Åtgärd\r\nTrafiknämnden;6.3.1\r\n');
  });
});
