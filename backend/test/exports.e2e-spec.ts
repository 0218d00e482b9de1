import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { binary } from './utils/binary.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

async function readWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

/** A sheet's rows below the header, as plain values (empty cells null). */
function rowsOf(ws: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const width = ws.getRow(1).cellCount;
  const rows: ExcelJS.CellValue[][] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    rows.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).value ?? null));
  });
  return rows;
}
const headersOf = (ws: ExcelJS.Worksheet): ExcelJS.CellValue[] => (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1);

describe('exports: the cycle workbook, the gap CSV and the workbook across cycles (2016 demo data)', () => {
  let t: TestApp;
  let cycleId: number;
  let adminToken: string;
  const get = (path: string) => request(t.app.getHttpServer()).get(path);
  /** Every row of a paginated list, following X-Next-Cursor. */
  async function all<T>(path: string, token?: string): Promise<T[]> {
    const rows: T[] = [];
    let cursor: string | undefined;
    do {
      const sep = path.includes('?') ? '&' : '?';
      const req = get(`${path}${sep}limit=1000${cursor ? `&cursor=${cursor}` : ''}`);
      const res = await (token ? req.set('Authorization', `Bearer ${token}`) : req).expect(200);
      rows.push(...res.body);
      cursor = res.headers['x-next-cursor'];
    } while (cursor);
    return rows;
  }
  const workbook = async (path: string, token?: string) => {
    const req = get(path).buffer(true).parse(binary);
    const res = await (token ? req.set('Authorization', `Bearer ${token}`) : req).expect(200);
    return { res, wb: await readWorkbook(res.body as Buffer) };
  };

  beforeAll(async () => {
    t = await createTestApp();
    cycleId = ((await get('/api/cycles').expect(200)).body as { id: number; year: number }[]).find((c) => c.year === 2016)!.id;
    adminToken = (await request(t.app.getHttpServer()).post('/api/auth/login').send({ email: 'admin@example.se', password: 'demo' }).expect(200)).body.token;
    // A deadline to export (the appendix does not give one).
    const cycle = (await get(`/api/cycles/${cycleId}`).expect(200)).body;
    await request(t.app.getHttpServer()).put(`/api/cycles/${cycleId}`).set('Authorization', `Bearer ${adminToken}`).send({ deadline: '2016-05-31', version: cycle.version }).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers an .xlsx attachment with the seven sheets, each with a frozen header row and an autofilter', async () => {
    const { res, wb } = await workbook(`/api/cycles/${cycleId}/export.xlsx`);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="atgardskollen-omgang-2016-\d+\.xlsx"/);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Sammanfattning', 'Nämnder', 'Åtgärder', 'Luckor', 'Skrivningar', 'Matris', 'Katalog']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toMatch(/^A1:[A-Z]+1$/);
      expect(ws.getRow(1).font?.bold).toBe(true);
      // Readable widths: no column left at Excel's narrow default.
      const narrow = ws.columns.filter((c) => !(Number(c.width) >= 8)).map((c) => c.letter);
      expect({ sheet: ws.name, narrow }).toEqual({ sheet: ws.name, narrow: [] });
    }
  });

  it('Sammanfattning holds the key figures as numbers and the dates as date cells at UTC midnight', async () => {
    const coverage = (await get(`/api/cycles/${cycleId}/coverage`).expect(200)).body;
    const gaps = await all(`/api/cycles/${cycleId}/gaps`);
    const before = Date.now();
    const { wb } = await workbook(`/api/cycles/${cycleId}/export.xlsx`);
    const summary = new Map(rowsOf(wb.getWorksheet('Sammanfattning')!).map(([k, v]) => [k as string, v]));
    expect(summary.get('Omgång')).toBe(coverage.cycle.name);
    expect(summary.get('År')).toBe(2016);
    const deadline = summary.get('Sista dag') as Date;
    expect(deadline).toBeInstanceOf(Date);
    expect(deadline.toISOString()).toBe(`${coverage.cycle.deadline}T00:00:00.000Z`);
    const exported = summary.get('Exporterad (UTC)') as Date;
    expect(exported).toBeInstanceOf(Date);
    // Excel keeps milliseconds only approximately; the export happened during this test.
    expect(exported.getTime()).toBeGreaterThan(before - 60_000);
    expect(exported.getTime()).toBeLessThan(Date.now() + 60_000);
    expect(summary.get('Förväntade skrivningar')).toBe(coverage.totals.expected);
    expect(summary.get('Levererade skrivningar')).toBe(coverage.totals.delivered);
    expect(summary.get('Saknade skrivningar')).toBe(coverage.totals.missing);
    expect(summary.get('Andel levererade')).toBeCloseTo(coverage.totals.rate, 10);
    expect(summary.get('Huvudansvar: förväntade')).toBe(coverage.totals.lead.expected);
    expect(summary.get('Delansvar: levererade')).toBe(coverage.totals.contributing.delivered);
    expect(summary.get('Nämnder utan någon skrivning')).toBe(coverage.boards.filter((b: { statementMissing: boolean }) => b.statementMissing).length);
    expect(summary.get('Luckor')).toBe(gaps.length);
    expect(wb.getWorksheet('Sammanfattning')!.getCell('B4').numFmt).toBe('yyyy-mm-dd');
  });

  it('Nämnder has one row per board of the coverage, lead and contributing apart, all counts numeric', async () => {
    const coverage = (await get(`/api/cycles/${cycleId}/coverage`).expect(200)).body;
    const { wb } = await workbook(`/api/cycles/${cycleId}/export.xlsx`);
    const ws = wb.getWorksheet('Nämnder')!;
    expect(headersOf(ws).slice(0, 6)).toEqual(['Nämnd', 'Förvaltning', 'Typ', 'Ombedd att lämna skrivning', 'Förväntade', 'Levererade']);
    const rows = rowsOf(ws);
    expect(rows).toHaveLength(coverage.boards.length);
    coverage.boards.forEach((b: { board: { name: string; administration: string }; expected: number; delivered: number; missing: number; lead: { expected: number; delivered: number }; contributing: { expected: number; delivered: number }; statementMissing: boolean }, i: number) => {
      const r = rows[i];
      expect(r.slice(0, 2)).toEqual([b.board.name, b.board.administration]);
      expect(r.slice(4, 7)).toEqual([b.expected, b.delivered, b.missing]);
      expect([r[9], r[10], r[12], r[13]]).toEqual([b.lead.expected, b.lead.delivered, b.contributing.expected, b.contributing.delivered]);
      expect(r[r.length - 1]).toBe(b.statementMissing ? 'Ja' : 'Nej');
    });
    const silent = rows.filter((r) => r[r.length - 1] === 'Ja').map((r) => r[0]);
    expect(silent).toEqual(expect.arrayContaining(['Fastighetsnämnden', 'Kungsholmen stadsdelsnämnd']));
  });

  it('Luckor lists every gap of the API in its order; Åtgärder one row per measure with status counts', async () => {
    const gaps = await all<{ board: { name: string }; measure: { number: string; report: string } | null; kind: string }>(`/api/cycles/${cycleId}/gaps`);
    const { wb } = await workbook(`/api/cycles/${cycleId}/export.xlsx`);
    const rows = rowsOf(wb.getWorksheet('Luckor')!);
    expect(gaps.length).toBeGreaterThan(50);
    expect(rows.map((r) => [r[1], r[2], r[3]])).toEqual(gaps.map((g) => [g.board.name, g.measure?.report ?? null, g.measure?.number ?? null]));
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(['Ingen skrivning alls', 'Åtgärd inte besvarad']));

    const measures = await all<{ measure: { report: string; number: string }; expected: number; delivered: number; statuses: Record<string, number> }>(
      `/api/cycles/${cycleId}/coverage/measures`,
    );
    const measureRows = rowsOf(wb.getWorksheet('Åtgärder')!);
    expect(measureRows.map((r) => [r[0], r[1], r[3], r[4]])).toEqual(measures.map((m) => [m.measure.report, m.measure.number, m.expected, m.delivered]));
    // The status columns are coverage's status counts of the delivered statements.
    expect(measureRows.map((r) => r.slice(-5))).toEqual(measures.map((m) => ['done', 'inProgress', 'notStarted', 'waiting', 'none'].map((k) => m.statuses[k])));
    expect(measureRows.reduce((sum, r) => sum + (r.slice(-5) as number[]).reduce((a, b) => a + b, 0), 0)).toBeGreaterThan(0);
  });

  it('Skrivningar lists what the viewer may see: the public sees submitted statements, an admin drafts too', async () => {
    // A silent board's general statement, as a draft only an admin (or the board) may see.
    const board = ((await get('/api/boards').expect(200)).body as { id: number; name: string }[]).find((b) => b.name === 'Fastighetsnämnden')!;
    const draft = await request(t.app.getHttpServer())
      .post(`/api/cycles/${cycleId}/statements`)
      .set('Authorization', `Bearer ${adminToken}`)
      .send({ boardId: board.id, measureId: null, text: '=SUMMA(A1) utkast; med "citat"', plannedYears: [2017, 2018] })
      .expect(201);

    const publicRows = rowsOf((await workbook(`/api/cycles/${cycleId}/export.xlsx`)).wb.getWorksheet('Skrivningar')!);
    const publicApi = await all<{ id: number; version: number; text: string; plannedYears: number[]; board: { name: string } }>(`/api/cycles/${cycleId}/statements`);
    expect(publicRows.map((r) => [r[0], r[1], r[2]])).toEqual(publicApi.map((s) => [s.id, s.version, s.board.name]));
    expect(publicRows[0][14]).toBe(publicApi[0].text);

    const adminWb = (await workbook(`/api/cycles/${cycleId}/export.xlsx`, adminToken)).wb;
    const adminRows = rowsOf(adminWb.getWorksheet('Skrivningar')!);
    const adminApi = await all<{ id: number }>(`/api/cycles/${cycleId}/statements`, adminToken);
    expect(adminRows.map((r) => r[0])).toEqual(adminApi.map((s) => s.id));
    expect(adminRows.length).toBe(publicRows.length + 1);
    expect(publicRows.map((r) => r[0])).not.toContain(draft.body.id);
    const mine = adminRows.find((r) => r[0] === draft.body.id)!;
    // Text that looks like a formula stays text; planned years read as written.
    expect(mine[14]).toBe('=SUMMA(A1) utkast; med "citat"');
    expect(mine[11]).toBe('2017, 2018');
    expect(mine[9]).toBe('Utkast');
    expect(mine[4]).toBeNull();
    expect(headersOf(adminWb.getWorksheet('Skrivningar')!)).toEqual([
      'Id', 'Version', 'Nämnd', 'Förvaltning', 'Delrapport', 'Åtgärd', 'Åtgärdens titel', 'Roll', 'Status', 'Tillstånd', 'Ställningstagande', 'Planerade år', 'Inlämnad (UTC)', 'Försenad', 'Text',
    ]);
  });

  it('Matris has a row per measure and a column per board, "H"/"D" with delivered, as the matrix API', async () => {
    const matrix = (await get(`/api/cycles/${cycleId}/matrix`).expect(200)).body as {
      boards: { id: number; name: string }[];
      measures: { id: number; number: string }[];
      cells: { measureId: number; boardId: number; role: string; delivered: boolean }[];
    };
    const { wb } = await workbook(`/api/cycles/${cycleId}/export.xlsx`);
    const ws = wb.getWorksheet('Matris')!;
    expect(headersOf(ws)).toEqual(['Delrapport', 'Åtgärd', 'Åtgärdens titel', ...matrix.boards.map((b) => b.name)]);
    const rows = rowsOf(ws);
    expect(rows.map((r) => r[1])).toEqual(matrix.measures.map((m) => m.number));
    const filled = rows.flatMap((r) => r.slice(3).filter((v) => v !== null));
    expect(filled).toHaveLength(matrix.cells.length);
    const cell = matrix.cells.find((c) => c.delivered)!;
    const row = rows[matrix.measures.findIndex((m) => m.id === cell.measureId)];
    expect(row[3 + matrix.boards.findIndex((b) => b.id === cell.boardId)]).toBe(`${cell.role === 'lead' ? 'H' : 'D'} levererad`);
  });

  it('Katalog has a row per measure of the commission with id, version, texts and the boards by role (the catalogue import reads it)', async () => {
    const measures = await all<{ id: number; report: string; number: string; responsibilities: { board: { name: string }; role: string }[] }>('/api/measures');
    const { wb } = await workbook(`/api/cycles/${cycleId}/export.xlsx`);
    const ws = wb.getWorksheet('Katalog')!;
    expect(headersOf(ws)).toEqual(['Id', 'Version', 'Delrapport', 'Rekommendation', 'Åtgärd', 'Titel', 'Beskrivning', 'Pågående arbete', 'Ansvarig (som skrivet)', 'Huvudansvariga', 'Delansvariga']);
    const rows = rowsOf(ws);
    expect(rows.map((r) => r[0])).toEqual(measures.map((m) => m.id));
    const names = (m: (typeof measures)[number], role: string) => m.responsibilities.filter((r) => r.role === role).map((r) => r.board.name).join('\n') || null;
    expect(rows.map((r) => [r[2], r[4], r[9], r[10]])).toEqual(measures.map((m) => [m.report, m.number, names(m, 'lead'), names(m, 'contributing')]));
    expect(rows.every((r) => typeof r[1] === 'number')).toBe(true);
  });

  it('answers 404 and 400 in the error envelope, not a broken file', async () => {
    const missing = await get('/api/cycles/999999/export.xlsx').expect(404);
    expect(missing.body).toEqual({ statusCode: 404, code: 'not_found', message: 'Cycle 999999 does not exist' });
    expect(missing.headers['content-disposition']).toBeUndefined();
    await get('/api/cycles/abc/export.xlsx').expect(400);
    const csv = await get('/api/cycles/999999/gaps.csv').expect(404);
    expect(csv.body.code).toBe('not_found');
  });

  it('gaps.csv: UTF-8 with BOM, ";" separated, CRLF, one line per gap of the API', async () => {
    const gaps = await all<{ board: { name: string }; measure: { number: string } | null }>(`/api/cycles/${cycleId}/gaps`);
    const res = await get(`/api/cycles/${cycleId}/gaps.csv`).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.toString('utf8').slice(1).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('Typ;Nämnd;Delrapport;Åtgärd;Åtgärdens titel;Roll');
    expect(lines).toHaveLength(gaps.length + 1);
    // Titles hold no ";" in the demo data, so a plain split reads the fields back.
    expect(lines.slice(1).map((l) => l.split(';')[1])).toEqual(gaps.map((g) => g.board.name));
    expect(lines.slice(1).map((l) => l.split(';')[3])).toEqual(gaps.map((g) => g.measure?.number ?? ''));
  });

  it('the workbook across cycles has a row per cycle, board and measure, with the coverage API\'s numbers', async () => {
    const cycles = (await get('/api/cycles').expect(200)).body as { id: number }[];
    const coverage = (await get(`/api/cycles/${cycleId}/coverage`).expect(200)).body;
    const { res, wb } = await workbook('/api/exports/cycles.xlsx');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="atgardskollen-omgangar\.xlsx"/);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Omgångar', 'Andel per nämnd och år', 'Nämnder per omgång', 'Åtgärder per omgång']);
    const cycleRows = rowsOf(wb.getWorksheet('Omgångar')!);
    expect(cycleRows).toHaveLength(cycles.length);
    const row2016 = cycleRows.find((r) => r[1] === 2016)!;
    expect(row2016.slice(4, 7)).toEqual([coverage.totals.expected, coverage.totals.delivered, coverage.totals.missing]);
    const boardRows = rowsOf(wb.getWorksheet('Nämnder per omgång')!).filter((r) => r[1] === 2016);
    expect(boardRows.map((r) => [r[2], r[4], r[5]])).toEqual(
      coverage.boards.map((b: { board: { name: string }; expected: number; delivered: number }) => [b.board.name, b.expected, b.delivered]),
    );
    const measureRows = rowsOf(wb.getWorksheet('Åtgärder per omgång')!).filter((r) => r[1] === 2016);
    expect(measureRows).toHaveLength((await all(`/api/cycles/${cycleId}/coverage/measures`)).length);
    const rates = rowsOf(wb.getWorksheet('Andel per nämnd och år')!);
    const trafik = coverage.boards.find((b: { board: { name: string } }) => b.board.name === 'Trafiknämnden');
    expect(rates.find((r) => r[0] === 'Trafiknämnden')![2]).toBeCloseTo(trafik.rate, 10);
  });
});
