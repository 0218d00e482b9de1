import { describe, expect, it } from '@jest/globals';
import { toCsv } from '../exports/csv.js';
import { readCsv } from './csv-reader.js';

const texts = (body: Buffer) => readCsv(body, 'x', 100)!.rows.map((r) => ({ n: r.number, cells: r.cells.map((c) => (c.kind === 'text' ? c.value : null)) }));

describe('readCsv', () => {
  it('reads back what the export writes: BOM, ";", CRLF, quotes and line breaks inside a cell', () => {
    const body = Buffer.from(toCsv(['Id', 'Text'], [[1, 'Rad ett;\n"citat" här'], [2, null]]), 'utf8');
    expect(texts(body)).toEqual([
      { n: 1, cells: ['Id', 'Text'] },
      { n: 2, cells: ['1', 'Rad ett;\n"citat" här'] },
      { n: 4, cells: ['2', null] },
    ]);
  });

  it('takes "," when the header line has no ";" and skips empty lines', () => {
    expect(texts(Buffer.from('Id,Text\n\n3,"a, b"\n'))).toEqual([
      { n: 1, cells: ['Id', 'Text'] },
      { n: 3, cells: ['3', 'a, b'] },
    ]);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(readCsv(Buffer.from([0x49, 0x64, 0x3b, 0xe5, 0x0a]), 'latin1.csv', 10)).toBeNull();
  });
});
