import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { STATEMENT_COLUMNS } from '../src/exports/exports.service.js';
import { insertOtherOrganisation, insertStatement, insertWriteFixture, PASSWORD, signIn, type OtherOrganisationFixture, type WriteFixture } from './utils/auth-fixture.js';
import { binary } from './utils/binary.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADERS = STATEMENT_COLUMNS.map((c) => c.header);

interface Row {
  outcome: string;
  row: number;
  statementId: number | null;
  changes: string[];
  errors: { column: string | null; code: string; params: Record<string, unknown>; message: string }[];
}

describe('spreadsheet import of statements: preview, then apply once (issue 14)', () => {
  let t: TestApp;
  let f: WriteFixture;
  let other: OtherOrganisationFixture;
  const tokens: Record<string, string> = {};
  let s11: { id: number; version: number };
  let s12: { id: number; version: number };
  let s13: { id: number; version: number };
  const http = () => request(t.app.getHttpServer());
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });

  async function exportSheet(who: string, cycle = f.cycles.open): Promise<ExcelJS.Workbook> {
    const res = await http().get(`/api/cycles/${cycle}/export.xlsx`).set(as(who)).buffer(true).parse(binary).expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    return wb;
  }
  /** Sets cells of the row whose Id is `id`, by heading. */
  function edit(wb: ExcelJS.Workbook, id: number, values: Record<string, ExcelJS.CellValue>): void {
    const ws = wb.getWorksheet('Skrivningar')!;
    let found = false;
    ws.eachRow((row) => {
      if (row.getCell(1).value !== id) return;
      found = true;
      for (const [h, v] of Object.entries(values)) row.getCell(HEADERS.indexOf(h) + 1).value = v;
    });
    if (!found) throw new Error(`no row with id ${id}`);
  }
  const buffer = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());
  /** A workbook written from scratch with the export's headings (or others), one row per object. */
  async function sheet(rows: Record<string, ExcelJS.CellValue>[], headers = HEADERS, name = 'Skrivningar'): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(name);
    ws.addRow(headers);
    for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
    return buffer(wb);
  }
  const upload = (who: string, body: Buffer, filename = 'skrivningar.xlsx', cycle = f.cycles.open, contentType = XLSX) =>
    http().post(`/api/cycles/${cycle}/imports`).set(as(who)).attach('file', body, { filename, contentType });
  const apply = (who: string, id: number) => http().post(`/api/imports/${id}/apply`).set(as(who));
  const outcomes = (rows: Row[]) => rows.map((r) => r.outcome);
  /** Everything an import could write: the statements and the audit trail. */
  const stored = async () => ({
    statements: await t.dataSource.query(`SELECT id, version, text, planned_years, status, position, state FROM statement ORDER BY id`),
    audit: Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n),
  });

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    f = await insertWriteFixture(t.dataSource);
    // Another organisation with a board of the same name: names resolve within the cycle's organisation.
    other = await insertOtherOrganisation(t.dataSource);
    for (const who of ['admin', 'analyst', 'editorA', 'editorB'] as const) tokens[who] = await signIn(t.app, f.users[who].email);
    tokens.otherAdmin = await signIn(t.app, other.users.admin.email);
    tokens.system = await signIn(t.app, other.users.system.email);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    await t.dataSource.query(`DELETE FROM import_batch`);
    await t.dataSource.query(`DELETE FROM statement`);
    s11 = await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m11, text: 'A om 1.1' });
    s12 = await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.A, measure: f.measures.m12, text: 'A om 1.2' });
    s13 = await insertStatement(t.dataSource, { cycle: f.cycles.open, board: f.boards.B, measure: f.measures.m13, text: 'B om 1.3', state: 'submitted' });
  });

  it('an editor edits two statements in the exported sheet: the preview shows exactly two updates, apply writes them, audited, once', async () => {
    const wb = await exportSheet('editorA');
    edit(wb, s11.id, { Text: 'A om 1.1, reviderad i Excel' });
    edit(wb, s12.id, { 'Planerade år': '2026, 2027', Status: 'Pågående' });
    const file = await buffer(wb);
    const before = await stored();
    const preview = await upload('editorA', file, 'export.xlsx').expect(201);
    expect(preview.body).toMatchObject({ state: 'preview', fileName: 'export.xlsx', summary: { rows: 3, create: 0, update: 2, unchanged: 1, error: 0 } });
    expect(preview.body.rows.map((r: Row) => [r.statementId, r.outcome, r.changes])).toEqual([
      [s11.id, 'update', ['text']],
      [s12.id, 'update', ['plannedYears', 'status']],
      [s13.id, 'unchanged', []],
    ]);
    // Nothing is written by the preview.
    expect(await stored()).toEqual(before);

    const applied = await apply('editorA', preview.body.id).expect(200);
    expect(applied.body).toMatchObject({ state: 'applied', summary: { update: 2 } });
    expect(applied.body.appliedAt).toEqual(expect.any(String));
    const s = (await http().get(`/api/statements/${s12.id}`).set(as('editorA')).expect(200)).body;
    expect(s).toMatchObject({ plannedYears: [2026, 2027], status: 'in-progress', version: 2, text: 'A om 1.2' });
    const history = (await http().get(`/api/statements/${s11.id}/history`).set(as('editorA')).expect(200)).body;
    expect(history.map((e: { action: string; actor: { email: string } }) => [e.action, e.actor.email])).toEqual([['statement.update', 'redaktor.a@test.se']]);
    expect(history[0].after).toMatchObject({ text: 'A om 1.1, reviderad i Excel', version: 2 });
    const importAudit = await t.dataSource.query(`SELECT action, after FROM audit_event WHERE entity_type = 'import' AND entity_id = $1`, [preview.body.id]);
    expect(importAudit).toEqual([{ action: 'import.apply', after: expect.objectContaining({ update: 2, statements: [s11.id, s12.id] }) }]);

    // Applying the batch again is refused; importing the same file again changes nothing.
    await apply('editorA', preview.body.id).expect(409).expect((r) => expect(r.body.code).toBe('import_applied'));
    const afterFirst = await stored();
    const again = await upload('editorA', file).expect(201);
    expect(again.body.summary).toEqual({ rows: 3, create: 0, update: 0, unchanged: 3, error: 0 });
    await apply('editorA', again.body.id).expect(200);
    const afterSecond = await stored();
    expect(afterSecond.statements).toEqual(afterFirst.statements);
    // Only the import's own record is added.
    expect(afterSecond.audit).toBe(afterFirst.audit + 1);
  });

  it('a row without id creates a statement matched by board and measure (or the general statement); a second import finds it', async () => {
    const file = await sheet([
      { Nämnd: 'Nämnd A', Text: 'Nämndens allmänna skrivning', 'Planerade år': 2026 },
      { Nämnd: 'nämnd b', Delrapport: 'r1', Åtgärd: '1.1', Text: 'B bidrar', 'Planerade år': '2026–2028', Status: 'Ej påbörjad' },
    ]);
    const first = await upload('admin', file).expect(201);
    expect(outcomes(first.body.rows)).toEqual(['create', 'create']);
    expect(first.body.rows[1]).toMatchObject({ board: { id: f.boards.B, name: 'Nämnd B' }, measure: { id: f.measures.m11, report: 'r1', number: '1.1' } });
    await apply('admin', first.body.id).expect(200);
    const [general] = await t.dataSource.query(`SELECT text, planned_years, state FROM statement WHERE board_id = $1 AND measure_id IS NULL`, [f.boards.A]);
    expect(general).toEqual({ text: 'Nämndens allmänna skrivning', planned_years: [2026], state: 'draft' });
    const [created] = await t.dataSource.query(`SELECT planned_years, status FROM statement WHERE board_id = $1 AND measure_id = $2`, [f.boards.B, f.measures.m11]);
    expect(created).toEqual({ planned_years: [2026, 2027, 2028], status: 'not-started' });
    const second = await upload('admin', file).expect(201);
    expect(outcomes(second.body.rows)).toEqual(['unchanged', 'unchanged']);
  });

  it('reads the same columns as UTF-8 CSV (the form Swedish Excel saves: BOM, ";")', async () => {
    const csv = `\uFEFF${HEADERS.join(';')}\r\n${s11.id};1;Nämnd A;;r1;1.1;;;;;;2026;;;"Ny text; med ""citat""\r\noch radbrytning"\r\n`;
    const res = await upload('editorA', Buffer.from(csv, 'utf8'), 'skrivningar.csv', f.cycles.open, 'text/csv').expect(201);
    expect(res.body.rows).toEqual([expect.objectContaining({ outcome: 'update', changes: ['text'] })]);
    expect(res.body.rows[0].values.text).toBe('Ny text; med "citat"\noch radbrytning');
  });

  describe('bad files: each a clear error, and nothing written', () => {
    let before: Awaited<ReturnType<typeof stored>>;
    beforeEach(async () => {
      before = await stored();
    });
    /** A preview whose row errors are exactly these (column, code), and whose apply is refused. */
    async function expectRowErrors(who: string, file: Buffer, expected: [number, string | null, string][], filename?: string) {
      const res = await upload(who, file, filename).expect(201);
      const found = (res.body.rows as Row[]).flatMap((r) => r.errors.map((e) => [r.row, e.column, e.code]));
      expect(found).toEqual(expected);
      for (const r of res.body.rows as Row[]) for (const e of r.errors) expect(e.message).toMatch(/[a-zåäö]/);
      const refused = await apply(who, res.body.id).expect(422);
      expect(refused.body).toMatchObject({ code: 'import_has_errors', errorRows: new Set(expected.map((e) => e[0])).size });
      expect(await stored()).toEqual(before);
      return res.body.rows as Row[];
    }

    it('not a spreadsheet: a PNG named .xlsx, a zip that is no workbook, a binary named .csv', async () => {
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
      for (const [body, name] of [[png, 'bild.xlsx'], [Buffer.from('504b030414000000080000000000', 'hex'), 'trasig.xlsx'], [Buffer.concat([Buffer.from('Id;Text\n'), Buffer.alloc(4)]), 'x.csv']] as const) {
        const res = await upload('editorA', body, name).expect(422);
        expect(res.body).toMatchObject({ code: 'import_file_invalid', problem: { code: 'not_a_spreadsheet', params: { file: name } } });
        expect(res.body.problem.message).toContain('inte ett kalkylark');
      }
      expect(await stored()).toEqual(before);
    });

    it('a CSV that is not UTF-8 (Windows-1252)', async () => {
      const latin1 = Buffer.from(`${HEADERS.join(';')}\n1;1;N\xe4mnd A\n`, 'latin1');
      const res = await upload('editorA', latin1, 'ansi.csv', f.cycles.open, 'text/csv').expect(422);
      expect(res.body.problem).toMatchObject({ code: 'not_utf8' });
    });

    it('wrong or missing columns, and a workbook without the Skrivningar sheet', async () => {
      const missing = await upload('editorA', await sheet([{ Id: s11.id }], HEADERS.filter((h) => h !== 'Version' && h !== 'Text'))).expect(422);
      expect(missing.body.problem).toEqual({ code: 'missing_columns', params: { columns: 'Version, Text' }, message: 'Kolumner saknas: Version, Text. Använd rubrikraden från exporten.' });
      const extra = await upload('editorA', await sheet([{ Id: s11.id }], [...HEADERS, 'Min kommentar'])).expect(422);
      expect(extra.body.problem).toMatchObject({ code: 'unknown_columns', params: { columns: 'Min kommentar' } });
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Blad1').addRow(HEADERS);
      wb.addWorksheet('Blad2').addRow(HEADERS);
      const noSheet = await upload('editorA', await buffer(wb)).expect(422);
      expect(noSheet.body.problem).toMatchObject({ code: 'no_sheet', params: { sheet: 'Skrivningar' } });
      const empty = await upload('editorA', await sheet([])).expect(422);
      expect(empty.body.problem).toMatchObject({ code: 'no_rows' });
      expect(await stored()).toEqual(before);
    });

    it('a 20 MB file: 413 naming the limit, before anything is parsed', async () => {
      const res = await upload('editorA', Buffer.alloc(20 * 1024 * 1024, 0x41), 'stor.csv', f.cycles.open, 'text/csv');
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ code: 'payload_too_large', limitBytes: 10 * 1024 * 1024 });
      expect(res.body.message).toContain('10 MB');
      expect(await t.dataSource.query(`SELECT id FROM import_batch`)).toEqual([]);
    });

    it('formulas and dates typed as text', async () => {
      const wb = await exportSheet('editorA');
      edit(wb, s11.id, { Text: { formula: 'C2&" text"', result: 'Nämnd A text' } });
      edit(wb, s12.id, { 'Inlämnad (UTC)': '31 maj 2026', 'Planerade år': new Date(Date.UTC(2026, 0, 1)) });
      const rows = await expectRowErrors('editorA', await buffer(wb), [
        [2, 'Text', 'formula'],
        [3, 'Planerade år', 'date_not_year'],
        [3, 'Inlämnad (UTC)', 'date_as_text'],
      ]);
      expect(rows[0].errors[0].message).toBe('Cellen innehåller en formel (=C2&" text"). Skriv in värdet i stället för formeln.');
    });

    it('duplicated rows (the same id twice, or an id and the same board and measure)', async () => {
      const rows = await expectRowErrors(
        'editorA',
        await sheet([
          { Id: s11.id, Version: 1, Nämnd: 'Nämnd A', Delrapport: 'r1', Åtgärd: '1.1', Text: 'ett' },
          { Id: s11.id, Version: 1, Nämnd: 'Nämnd A', Delrapport: 'r1', Åtgärd: '1.1', Text: 'två' },
          { Nämnd: 'Nämnd A', Delrapport: 'r1', Åtgärd: '1.2', Text: 'tre', 'Planerade år': 2026 },
          { Id: s12.id, Version: 1, Nämnd: 'Nämnd A', Delrapport: 'r1', Åtgärd: '1.2', Text: 'fyra', 'Planerade år': 2026 },
        ]),
        [
          [3, null, 'duplicate_row'],
          [5, null, 'duplicate_row'],
        ],
      );
      expect(rows[1].errors[0].message).toBe('Raden gäller samma skrivning som rad 2.');
    });

    it("a row for another board: an editor's change to it is an error (and the submitted statement is locked)", async () => {
      const wb = await exportSheet('editorA');
      edit(wb, s13.id, { Text: 'A skriver om B:s skrivning' });
      const rows = await expectRowErrors('editorA', await buffer(wb), [
        [4, 'Nämnd', 'not_your_board'],
        [4, null, 'statement_locked'],
      ]);
      expect(rows[2].errors[0].message).toBe('Du kan bara importera skrivningar för dina egna nämnder; Nämnd B är inte en av dem.');
      // A new row for another board too; and B's drafts are not even visible to A.
      await expectRowErrors('editorA', await sheet([{ Nämnd: 'Nämnd B', Delrapport: 'r1', Åtgärd: '1.1', Text: 'A skriver för B' }]), [[2, 'Nämnd', 'not_your_board']]);
    });

    it('stale versions: the statement changed after the export', async () => {
      const wb = await exportSheet('editorA');
      edit(wb, s11.id, { Text: 'min ändring från Excel' });
      await http().put(`/api/statements/${s11.id}`).set(as('editorA')).send({ text: 'ändrad i appen', plannedYears: [2026], version: 1 }).expect(200);
      before = await stored();
      const rows = await expectRowErrors('editorA', await buffer(wb), [[2, 'Version', 'stale_version']]);
      expect(rows[0].errors[0].params).toEqual({ version: 1, current: 2 });
      expect((await http().get(`/api/statements/${s11.id}`).set(as('editorA'))).body.text).toBe('ändrad i appen');
    });

    it('unknown boards, reports and measure numbers, unknown ids, an unknown status, planned years outside the planning period', async () => {
      const rows = await expectRowErrors(
        'admin',
        await sheet([
          { Nämnd: 'Nämnd A', Delrapport: 'r1', Åtgärd: '1.9', Text: 'x', 'Planerade år': 2026 },
          { Nämnd: 'Nämnd A', Delrapport: 'r9', Åtgärd: '9.1', Text: 'x', 'Planerade år': 2026 },
          { Nämnd: 'Nämnd Ö', Delrapport: 'r1', Åtgärd: '1.2', Text: 'x', 'Planerade år': 2026 },
          { Id: 999999, Version: 1, Nämnd: 'Nämnd A', Text: 'x' },
          { Id: s11.id, Version: 1, Nämnd: 'Nämnd A', Delrapport: 'r1', Åtgärd: '1.1', Text: 'x', 'Planerade år': '2025, 2031', Status: 'Klar' },
        ]),
        [
          [2, 'Åtgärd', 'unknown_measure'],
          [3, 'Delrapport', 'unknown_report'],
          [4, 'Nämnd', 'unknown_board'],
          [5, 'Id', 'unknown_statement'],
          [6, 'Status', 'unknown_status'],
          [6, 'Planerade år', 'year_outside_period'],
          [6, 'Planerade år', 'year_outside_period'],
        ],
      );
      expect(rows[0].errors[0].message).toBe('Åtgärd 1.9 finns inte i delrapporten r1.');
      expect(rows[4].errors.slice(1).map((e) => e.message)).toEqual([
        'År 2025 ligger utanför omgångens planeringsperiod 2026–2030.',
        'År 2031 ligger utanför omgångens planeringsperiod 2026–2030.',
      ]);
    });
  });

  describe('who may import where', () => {
    it('an analyst may not (403), nor another organisation\'s admin or the system account; a closed cycle refuses everyone (409 cycle_closed); an unknown cycle is 404', async () => {
      const file = await sheet([{ Nämnd: 'Nämnd A', Text: 'x' }]);
      await upload('analyst', file).expect(403);
      for (const who of ['otherAdmin', 'system']) {
        const res = await upload(who, file).expect(403);
        expect(res.body.code).toBe('forbidden');
      }
      expect(await t.dataSource.query(`SELECT id FROM import_batch`)).toEqual([]);
      const closed = await upload('admin', file, 'x.xlsx', f.cycles.closed).expect(409);
      expect(closed.body.code).toBe('cycle_closed');
      await upload('admin', file, 'x.xlsx', 999999).expect(404);
      await http().post(`/api/cycles/${f.cycles.open}/imports`).attach('file', file, 'x.xlsx').expect(401);
    });

    it('a batch is only its uploader\'s; closing the cycle after the preview refuses the apply; an expired preview is gone (410)', async () => {
      const wb = await exportSheet('editorA');
      edit(wb, s11.id, { Text: 'ändring' });
      const file = await buffer(wb);
      const preview = await upload('editorA', file).expect(201);
      await http().get(`/api/imports/${preview.body.id}`).set(as('editorB')).expect(404);
      await apply('editorB', preview.body.id).expect(404);
      expect((await http().get(`/api/imports/${preview.body.id}`).set(as('editorA')).expect(200)).body.summary.update).toBe(1);

      await t.dataSource.query(`UPDATE import_batch SET created_at = now() - interval '2 days', expires_at = now() - interval '1 day' WHERE id = $1`, [preview.body.id]);
      await apply('editorA', preview.body.id).expect(410).expect((r) => expect(r.body.code).toBe('import_expired'));

      const second = await upload('editorA', file).expect(201);
      await t.dataSource.query(`UPDATE reporting_cycle SET status = 'closed' WHERE id = $1`, [f.cycles.open]);
      try {
        await apply('editorA', second.body.id).expect(409).expect((r) => expect(r.body.code).toBe('cycle_closed'));
      } finally {
        await t.dataSource.query(`UPDATE reporting_cycle SET status = 'open' WHERE id = $1`, [f.cycles.open]);
      }
      expect((await t.dataSource.query(`SELECT text FROM statement WHERE id = $1`, [s11.id]))[0].text).toBe('A om 1.1');
    });

    it('a statement changed between preview and apply: the whole apply fails with the row (409), nothing written', async () => {
      const wb = await exportSheet('editorA');
      edit(wb, s11.id, { Text: 'ett' });
      edit(wb, s12.id, { Text: 'två' });
      const preview = await upload('editorA', await buffer(wb)).expect(201);
      await http().put(`/api/statements/${s12.id}`).set(as('editorA')).send({ text: 'emellan', plannedYears: [], version: 1 }).expect(200);
      const before = await stored();
      const res = await apply('editorA', preview.body.id).expect(409);
      expect(res.body).toMatchObject({ code: 'version_conflict', row: 3, currentVersion: 2 });
      expect(await stored()).toEqual(before);
    });

    it('a cookie-authenticated upload needs the CSRF header like every other write', async () => {
      const login = await http().post('/api/auth/login').send({ email: f.users.editorA.email, password: PASSWORD }).expect(200);
      const cookies = `atk_session=${login.body.token}; atk_csrf=${login.body.csrfToken}`;
      const file = await sheet([{ Nämnd: 'Nämnd A', Text: 'x', 'Planerade år': 2026 }]);
      const refused = await http().post(`/api/cycles/${f.cycles.open}/imports`).set('Cookie', cookies).attach('file', file, 'x.xlsx').expect(403);
      expect(refused.body.code).toBe('csrf_failed');
      expect(await t.dataSource.query(`SELECT id FROM import_batch`)).toEqual([]);
      await http().post(`/api/cycles/${f.cycles.open}/imports`).set('Cookie', cookies).set('X-CSRF-Token', login.body.csrfToken).attach('file', file, 'x.xlsx').expect(201);
    });

    it('multipart is taken only on the import route; elsewhere a form body is still 415', async () => {
      const res = await http().post(`/api/cycles/${f.cycles.open}/statements`).set(as('editorA')).attach('file', Buffer.from('x'), 'x.csv');
      expect(res.status).toBe(415);
      const wrongField = await http().post(`/api/cycles/${f.cycles.open}/imports`).set(as('editorA')).attach('fil', Buffer.from('x'), 'x.csv').expect(400);
      expect(wrongField.body.errors.file).toContain('"file"');
      const noFile = await http().post(`/api/cycles/${f.cycles.open}/imports`).set(as('editorA')).field('x', '1');
      expect(noFile.status).toBe(400);
    });
  });
});
