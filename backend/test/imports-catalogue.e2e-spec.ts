import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { CATALOGUE_COLUMNS } from '../src/exports/exports.service.js';
import { insertWriteFixture, signIn, type WriteFixture } from './utils/auth-fixture.js';
import { binary } from './utils/binary.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADERS = CATALOGUE_COLUMNS.map((c) => c.header);

interface Row {
  row: number;
  outcome: string;
  changes: string[];
  measure: { id: number | null; report: string; number: string } | null;
  errors: { column: string | null; code: string; params: Record<string, unknown> }[];
}

describe('spreadsheet import of the catalogue: measures with their responsible boards (issue 14)', () => {
  let t: TestApp;
  let f: WriteFixture;
  let admin: string;
  let editor: string;
  const http = () => request(t.app.getHttpServer());

  async function exported(): Promise<ExcelJS.Workbook> {
    const res = await http().get(`/api/cycles/${f.cycles.open}/export.xlsx`).set('Authorization', `Bearer ${admin}`).buffer(true).parse(binary).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    return wb;
  }
  function edit(wb: ExcelJS.Workbook, measureId: number, values: Record<string, ExcelJS.CellValue>): void {
    const ws = wb.getWorksheet('Katalog')!;
    ws.eachRow((row) => {
      if (row.getCell(1).value === measureId) for (const [h, v] of Object.entries(values)) row.getCell(HEADERS.indexOf(h) + 1).value = v;
    });
  }
  function addRow(wb: ExcelJS.Workbook, values: Record<string, ExcelJS.CellValue>): void {
    wb.getWorksheet('Katalog')!.addRow(HEADERS.map((h) => values[h] ?? null));
  }
  /** Uploads the workbook for the catalogue and expects `status`. */
  const upload = async (token: string, wb: ExcelJS.Workbook, status: number) =>
    http()
      .post(`/api/cycles/${f.cycles.open}/imports?kind=catalogue`)
      .set('Authorization', `Bearer ${token}`)
      .attach('file', Buffer.from(await wb.xlsx.writeBuffer()), { filename: 'katalog.xlsx', contentType: XLSX })
      .expect(status);
  const apply = (id: number) => http().post(`/api/imports/${id}/apply`).set('Authorization', `Bearer ${admin}`);
  const catalogue = async () => ({
    measures: await t.dataSource.query(`SELECT id, number, title, description, version FROM measure ORDER BY id`),
    responsibilities: await t.dataSource.query(`SELECT measure_id, board_id, role FROM responsibility ORDER BY measure_id, board_id`),
    audit: Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n),
  });

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    f = await insertWriteFixture(t.dataSource);
    admin = await signIn(t.app, f.users.admin.email);
    editor = await signIn(t.app, f.users.editorA.email);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.dataSource.query(`DELETE FROM import_batch`);
  });

  it('an admin edits a title, adds a contributing board and a new measure in the Katalog sheet: preview, apply once, audited; the same file again changes nothing', async () => {
    const wb = await exported();
    edit(wb, f.measures.m12, { Titel: 'Åtgärd 1.2, ny titel', Delansvariga: 'Nämnd C' });
    addRow(wb, { Delrapport: 'r1', Åtgärd: '1.4', Titel: 'En ny åtgärd', Huvudansvariga: 'Nämnd C', Delansvariga: 'Nämnd A\nNämnd B', 'Ansvarig (som skrivet)': 'Nämnd C i samverkan med A och B' });
    const before = await catalogue();
    const preview = await upload(admin, wb, 201);
    expect(preview.body).toMatchObject({ kind: 'catalogue', summary: { rows: 4, create: 1, update: 1, unchanged: 2, error: 0 } });
    expect((preview.body.rows as Row[]).map((r) => [r.measure?.number, r.outcome, r.changes])).toEqual([
      ['1.1', 'unchanged', []],
      ['1.2', 'update', ['title', 'contributing']],
      ['1.3', 'unchanged', []],
      ['1.4', 'create', []],
    ]);
    expect(await catalogue()).toEqual(before);

    await apply(preview.body.id).expect(200);
    const [m12] = await t.dataSource.query(`SELECT title, version FROM measure WHERE id = $1`, [f.measures.m12]);
    expect(m12).toEqual({ title: 'Åtgärd 1.2, ny titel', version: 2 });
    const [created] = await t.dataSource.query(`SELECT id, title, responsibility_text FROM measure WHERE number = '1.4'`);
    expect(created).toMatchObject({ title: 'En ny åtgärd', responsibility_text: 'Nämnd C i samverkan med A och B' });
    const roles = await t.dataSource.query(`SELECT board_id, role FROM responsibility WHERE measure_id = $1 ORDER BY board_id`, [created.id]);
    expect(roles).toEqual([
      { board_id: f.boards.A, role: 'contributing' },
      { board_id: f.boards.B, role: 'contributing' },
      { board_id: f.boards.C, role: 'lead' },
    ]);
    expect(await t.dataSource.query(`SELECT board_id, role FROM responsibility WHERE measure_id = $1 ORDER BY board_id`, [f.measures.m12])).toEqual([
      { board_id: f.boards.A, role: 'lead' },
      { board_id: f.boards.C, role: 'contributing' },
    ]);
    const trail = await t.dataSource.query(`SELECT action, entity_id FROM audit_event WHERE id > (SELECT max(id) - 7 FROM audit_event) ORDER BY id`);
    expect(trail.map((e: { action: string }) => e.action)).toEqual([
      'measure.update',
      'measure.responsibility-set',
      'measure.create',
      'measure.responsibility-set',
      'measure.responsibility-set',
      'measure.responsibility-set',
      'import.apply',
    ]);

    const afterFirst = await catalogue();
    const again = await upload(admin, wb, 201);
    // The new row has no id; it is found by report and number now.
    expect(again.body.summary).toEqual({ rows: 4, create: 0, update: 0, unchanged: 4, error: 0 });
    await apply(again.body.id).expect(200);
    const afterSecond = await catalogue();
    expect(afterSecond.measures).toEqual(afterFirst.measures);
    expect(afterSecond.responsibilities).toEqual(afterFirst.responsibilities);
  });

  it('removing a board from the sheet removes its responsibility', async () => {
    const wb = await exported();
    edit(wb, f.measures.m11, { Delansvariga: null });
    const preview = await upload(admin, wb, 201);
    expect((preview.body.rows as Row[]).find((r) => r.measure?.id === f.measures.m11)).toMatchObject({ outcome: 'update', changes: ['contributing'] });
    await apply(preview.body.id).expect(200);
    expect(await t.dataSource.query(`SELECT board_id FROM responsibility WHERE measure_id = $1`, [f.measures.m11])).toEqual([{ board_id: f.boards.A }]);
  });

  it('bad rows: unknown boards and ids, a board in both roles, a stale version, a number that is no measure number, no title, the same measure twice', async () => {
    const wb = await exported();
    edit(wb, f.measures.m11, { Huvudansvariga: 'Nämnd Ö', Delansvariga: 'Nämnd A' });
    edit(wb, f.measures.m13, { Titel: null, Version: 1 });
    await t.dataSource.query(`UPDATE measure SET version = version + 1 WHERE id = $1`, [f.measures.m13]);
    // The rows added below come after the exported ones (the header is row 1).
    const base = wb.getWorksheet('Katalog')!.rowCount;
    addRow(wb, { Id: 999999, Version: 1, Delrapport: 'r1', Åtgärd: '1.9', Titel: 'x' });
    addRow(wb, { Delrapport: 'r1', Åtgärd: 3, Titel: 'x' });
    addRow(wb, { Delrapport: 'r1', Åtgärd: '1.2', Titel: 'dubblett' });
    addRow(wb, { Delrapport: 'r1', Åtgärd: '1.6', Titel: 'Båda', Huvudansvariga: 'Nämnd B', Delansvariga: 'Nämnd B' });
    const before = await catalogue();
    const res = await upload(admin, wb, 201);
    const found = (res.body.rows as Row[]).flatMap((r) => r.errors.map((e) => [r.row, e.column, e.code]));
    expect(found).toEqual([
      [2, 'Huvudansvariga', 'unknown_board'],
      [4, 'Titel', 'missing_title'],
      [4, 'Version', 'stale_version'],
      [base + 1, 'Id', 'unknown_measure_id'],
      [base + 2, 'Åtgärd', 'bad_number'],
      [base + 3, null, 'duplicate_row'],
      [base + 4, 'Delansvariga', 'board_in_both'],
    ]);
    await apply(res.body.id).expect(422);
    expect(await catalogue()).toEqual(before);
  });

  it('only admins import the catalogue (403 for an editor), and the sheet must have the Katalog columns', async () => {
    const wb = await exported();
    await upload(editor, wb, 403);
    const only = new ExcelJS.Workbook();
    only.addWorksheet('Katalog').addRow(['Id', 'Titel']);
    const res = await upload(admin, only, 422);
    expect(res.body.problem).toMatchObject({ code: 'missing_columns' });
    expect(res.body.problem.params.columns).toContain('Huvudansvariga');
    await http().post(`/api/cycles/${f.cycles.open}/imports?kind=allt`).set('Authorization', `Bearer ${admin}`).attach('file', Buffer.from('x'), 'x.csv').expect(400);
  });
});
