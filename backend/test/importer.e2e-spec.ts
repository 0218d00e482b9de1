import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { repoRoot } from '../src/common/paths.js';
import { writeAppendix } from '../src/importer/appendix-writer.js';
import { importAppendix } from '../src/importer/import-appendix.js';
import { loadImportReference } from '../src/importer/import-reference.js';
import { runImportCommand } from '../src/importer/import-command.js';
import { AppendixParseError } from '../src/importer/parser/types.js';
import { DEMO_APPENDIX } from '../../seed/seed-database.js';
import { APPENDIX_2016, parse2016, SILENT_SECTIONS_2016, SUGGESTIONS_2016 } from './utils/appendix-2016.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

const document = APPENDIX_2016;
const SILENT_SECTIONS = SILENT_SECTIONS_2016;

interface Statement {
  id: number;
  board: { id: number; name: string };
  measure: { id: number; number: string; report: string; title: string } | null;
  role: string | null;
  text: string;
  plannedYears: number[];
}


/** The seed loads three organisations: an import names its own. */
const STOCKHOLM = { organisation: 'stockholms-stad' };

describe('the 2016 appendix, imported by the seed', () => {
  let t: TestApp;
  const get = (path: string) => request(t.app.getHttpServer()).get(path);
  let cycleId: number;

  async function tableCounts(): Promise<Record<string, number>> {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM measure)::int AS measures, (SELECT count(*) FROM recommendation)::int AS recommendations,
              (SELECT count(*) FROM responsibility)::int AS responsibilities, (SELECT count(*) FROM reporting_cycle)::int AS cycles,
              (SELECT count(*) FROM cycle_participant)::int AS participants, (SELECT count(*) FROM statement)::int AS statements,
              (SELECT count(*) FROM board)::int AS boards`,
    );
    return row;
  }

  beforeAll(async () => {
    t = await createTestApp();
    const cycles = (await get('/api/cycles').expect(200)).body;
    cycleId = cycles.find((c: { year: number }) => c.year === 2016).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates the 2016 cycle, closed, with every section as a participant (17 fackförvaltningar + 14 stadsdelsförvaltningar)', async () => {
    const cycle = (await get(`/api/cycles/${cycleId}`).expect(200)).body;
    expect(cycle).toMatchObject({ name: 'Underlag för budget 2017 med inriktning 2018-2019', year: 2016, status: 'closed' });
    const [{ central, district }] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE b.kind = 'central')::int AS central, count(*) FILTER (WHERE b.kind = 'district')::int AS district
         FROM cycle_participant p JOIN board b ON b.id = p.board_id WHERE p.cycle_id = $1`,
      [cycleId],
    );
    expect({ central, district }).toEqual({ central: 17, district: 14 });
  });

  it('stores no statement for the "Skrivning saknas" sections, and coverage flags exactly those participants', async () => {
    const statements: Statement[] = (await get(`/api/cycles/${cycleId}/statements`).expect(200)).body;
    const writers = new Set(statements.map((s) => s.board.name));
    for (const name of SILENT_SECTIONS) expect(writers.has(name)).toBe(false);
    const coverage = (await get(`/api/cycles/${cycleId}/coverage`).expect(200)).body;
    const silentParticipants = coverage.boards
      .filter((b: { statementMissing: boolean; participant: boolean }) => b.statementMissing && b.participant)
      .map((b: { board: { name: string } }) => b.board.name);
    expect(silentParticipants.sort()).toEqual([...SILENT_SECTIONS].sort());
    // Kommunstyrelsen leads measures but has no section of its own: responsible, not asked — shown apart, never silent or missing.
    const notAsked = coverage.boards.filter((b: { participant: boolean }) => !b.participant);
    expect(notAsked.map((b: { board: { name: string }; statementMissing: boolean; expected: number }) => [b.board.name, b.statementMissing, b.expected])).toEqual([
      ['Kommunstyrelsen', false, 0],
    ]);
    expect(coverage.totals).toMatchObject({ notAskedBoards: 1, silentBoards: SILENT_SECTIONS.length });
    expect(coverage.totals.expected).toBe(coverage.totals.delivered + coverage.totals.missing);
  });

  it('keeps the two 6.2.1 measures apart, one in "skola" and one in "delad"', async () => {
    const skola = (await get('/api/measures?report=skola').expect(200)).body.find((m: { number: string }) => m.number === '6.2.1');
    const delad = (await get('/api/measures?report=delad').expect(200)).body.find((m: { number: string }) => m.number === '6.2.1');
    expect(skola).toBeDefined();
    expect(delad).toBeDefined();
    expect(skola.id).not.toBe(delad.id);
    expect(skola.title).not.toBe(delad.title);
  });

  it("links Trafiknämnden's four measures by number, in the context of its report", async () => {
    const boards = (await get('/api/boards').expect(200)).body;
    const traffic = boards.find((b: { name: string }) => b.name === 'Trafiknämnden');
    const statements: Statement[] = (await get(`/api/cycles/${cycleId}/statements?board=${traffic.id}`).expect(200)).body;
    const measures = statements.filter((s) => s.measure).map((s) => `${s.measure!.report} ${s.measure!.number}`);
    expect(measures.sort()).toEqual(['delad 6.1.1', 'delad 6.1.2', 'delad 6.3.1', 'delad 6.3.2']);
    expect(statements.filter((s) => s.measure === null)).toHaveLength(1);
  });

  it("links Miljöförvaltningen's two measures named only by title", async () => {
    const boards = (await get('/api/boards').expect(200)).body;
    const env = boards.find((b: { name: string }) => b.name === 'Miljö- och hälsoskyddsnämnden');
    const statements: Statement[] = (await get(`/api/cycles/${cycleId}/statements?board=${env.id}`).expect(200)).body;
    const titled = statements.filter((s) => s.measure).map((s) => `${s.measure!.report} ${s.measure!.number}`);
    expect(titled).toEqual(expect.arrayContaining(['delad 6.1.1', 'delad 6.1.2']));
  });

  it('gaps name the responsible boards that skipped a measure, not those that addressed it by title only', async () => {
    const boards = (await get('/api/boards').expect(200)).body as { id: number; name: string }[];
    const id = (name: string) => boards.find((b) => b.name === name)!.id;
    const gapsOf = async (name: string) =>
      ((await get(`/api/cycles/${cycleId}/gaps?board=${id(name)}`).expect(200)).body as { measure: { report: string; number: string } | null; kind: string }[]).map(
        (g) => `${g.kind} ${g.measure ? `${g.measure.report} ${g.measure.number}` : '-'}`,
      );
    // Miljöförvaltningen names 6.1.1 and 6.1.2 only by title; 6.3.1 reaches it through "övriga tekniska nämnder" and it says nothing of it.
    expect(await gapsOf('Miljö- och hälsoskyddsnämnden')).toEqual(['measure-not-addressed delad 6.3.1']);
    // Trafikkontoret answers every measure it is responsible for.
    expect(await gapsOf('Trafiknämnden')).toEqual([]);
    // Fastighetskontoret: "Skrivning saknas." — its one responsibility is a no-statement gap.
    expect(await gapsOf('Fastighetsnämnden')).toEqual(['no-statement delad 6.3.1']);
    // Kyrkogårdsförvaltningen: "Skrivning saknas.", and no measure of its own.
    expect(await gapsOf('Kyrkogårdsnämnden')).toEqual(['no-statement -']);
  });

  it('carries the evidence of each link: Skarpnäck addressed 6.5.3 by its title on line 1639', async () => {
    const boards = (await get('/api/boards').expect(200)).body as { id: number; name: string }[];
    const id = (name: string) => boards.find((b) => b.name === name)!.id;
    const statements = (await get(`/api/cycles/${cycleId}/statements?board=${id('Skarpnäck stadsdelsnämnd')}`).expect(200)).body as (Statement & {
      link: { method: string; lines: number[]; score: number } | null;
    })[];
    const cc = statements.find((s) => s.measure?.report === 'skola' && s.measure.number === '6.5.3')!;
    expect(cc.link).toEqual({ method: 'title', lines: [1639, 1639], score: expect.any(Number) });
    expect(cc.role).toBe('lead');
    expect(statements.find((s) => s.measure === null)!.link).toBeNull();
    const traffic = (await get(`/api/cycles/${cycleId}/statements?board=${id('Trafiknämnden')}`).expect(200)).body as { link: { method: string } | null; measure: unknown }[];
    expect(traffic.filter((s) => s.measure).every((s) => s.link?.method === 'number')).toBe(true);
  });

  it('counts the boards that wrote about a measure by its title as having addressed it (2016: 61 of 139 delivered)', async () => {
    const boards = (await get('/api/boards').expect(200)).body as { id: number; name: string }[];
    const id = (name: string) => boards.find((b) => b.name === name)!.id;
    const gapsOf = async (name: string) =>
      ((await get(`/api/cycles/${cycleId}/gaps?board=${id(name)}`).expect(200)).body as { measure: { report: string; number: string } | null; kind: string }[]).map(
        (g) => `${g.kind} ${g.measure ? `${g.measure.report} ${g.measure.number}` : '-'}`,
      );
    // Skarpnäck is responsible for seven measures and names four of them by title (1639, 1645–1647, 1652).
    expect(await gapsOf('Skarpnäck stadsdelsnämnd')).toEqual(['measure-not-addressed skola 6.4.4', 'measure-not-addressed delad 6.1.3', 'measure-not-addressed delad 6.3.1']);
    // Bromma names none of its seven closely enough: all are still gaps.
    expect(await gapsOf('Bromma stadsdelsnämnd')).toHaveLength(7);
    // The ten statements the title references add on measures with responsibilities: Kultur 6.5.3 (by number,
    // under 4.4.2), Enskede 6.1.3 and 6.5.3, Norrmalm 6.4.4, Rinkeby-Kista 6.5.3, Skarpnäck 6.5.1, 6.5.2,
    // 6.5.3 and 6.2.1, Älvsjö 6.2.1 — 51 delivered before, 61 now.
    const coverage = (await get(`/api/cycles/${cycleId}/coverage`).expect(200)).body;
    // 142 responsibilities in scope; Kommunstyrelsen's 3 are not expected: it was not asked to report (docs/coverage.md).
    expect(coverage.totals).toMatchObject({ expected: 139, delivered: 61, missing: 78 });
  });

  it('filters statements by report, and every statement names its measure and role consistently', async () => {
    const statements: Statement[] = (await get(`/api/cycles/${cycleId}/statements?report=delad`).expect(200)).body;
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((s) => s.measure?.report === 'delad')).toBe(true);
    const all: Statement[] = (await get(`/api/cycles/${cycleId}/statements`).expect(200)).body;
    const roles = new Set(all.map((s) => s.role));
    expect([...roles].every((r) => r === null || r === 'lead' || r === 'contributing')).toBe(true);
    expect(all.filter((s) => s.measure === null).every((s) => s.role === null)).toBe(true);
  });

  it('a second import of the same document changes nothing', async () => {
    const before = await tableCounts();
    const summary = await importAppendix(t.dataSource, document, STOCKHOLM);
    expect(summary.measures.created).toBe(0);
    expect(summary.statements.created).toBe(0);
    expect(summary.responsibilities.created).toBe(0);
    expect(summary.cycle.created).toBe(false);
    expect(summary.statements.existing).toBe(before.statements);
    expect(await tableCounts()).toEqual(before);
  });

  describe('a document that cannot be imported writes nothing', () => {
    it.each([
      ['an empty file', ''],
      ['a file that is not an appendix', readFileSync(new URL('./fixtures/not-an-appendix.txt', import.meta.url), 'utf8')],
      ['a truncated appendix', document.split('\n').slice(0, 700).join('\n')],
    ])('%s', async (_name, text) => {
      const before = await tableCounts();
      await expect(importAppendix(t.dataSource, text, STOCKHOLM)).rejects.toBeInstanceOf(AppendixParseError);
      expect(await tableCounts()).toEqual(before);
    });
  });

  it('turns a reference to a measure that does not exist into a warning with its line number', async () => {
    const lines = document.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Trafikkontoret'));
    lines.splice(at + 2, 0, 'Vad gäller åtgärd 6.9.9 ”En åtgärd som inte finns” avser kontoret att avvakta.');
    const summary = await importAppendix(t.dataSource, lines.join('\n'), { ...STOCKHOLM, dryRun: true });
    const warning = summary.warnings.find((w) => w.message.includes('6.9.9'));
    expect(warning).toBeDefined();
    expect(warning!.line).toBe(at + 3);
  });

  it('a board named twice for one measure keeps its strongest role, lead over contributing, in either order', async () => {
    const parsed = parse2016();
    const template = parsed.measures.find((m) => m.reportKey === 'delad')!;
    const named = (number: string, role: 'lead' | 'contributing') => ({
      ...template,
      number,
      title: `Teståtgärd ${number}`,
      responsibilities: [{ board: 'Trafiknämnden', role, sourceText: `Trafiknämnden (${role})` }],
    });
    parsed.measures.push(named('9.9.1', 'contributing'), named('9.9.1', 'lead'), named('9.9.2', 'lead'), named('9.9.2', 'contributing'));
    const roles = await t.dataSource
      .transaction(async (m) => {
        await writeAppendix(m, parsed, await loadImportReference(m, { ...STOCKHOLM, date: '2016-12-31' }));
        const rows = await m.query(
          `SELECT me.number, r.role, count(*) OVER (PARTITION BY me.id)::int AS n FROM responsibility r JOIN measure me ON me.id = r.measure_id
            JOIN board b ON b.id = r.board_id WHERE me.number LIKE '9.9.%' AND b.name = 'Trafiknämnden' ORDER BY me.number`,
        );
        throw Object.assign(new Error('rollback'), { rows });
      })
      .catch((e: { rows?: unknown }) => e.rows);
    expect(roles).toEqual([
      { number: '9.9.1', role: 'lead', n: 1 },
      { number: '9.9.2', role: 'lead', n: 1 },
    ]);
    expect(await t.dataSource.query(`SELECT id FROM measure WHERE number LIKE '9.9.%'`)).toEqual([]);
  });

  describe('npm run import', () => {
    const output = () => {
      const lines: string[] = [];
      return { lines, out: { log: (l: string) => lines.push(l), error: (l: string) => lines.push(`ERR ${l}`), progress: false } };
    };

    it('--dry-run reports the summary and writes nothing', async () => {
      const before = await tableCounts();
      const { lines, out } = output();
      const file = join(repoRoot(), DEMO_APPENDIX);
      expect(await runImportCommand([file, '--dry-run', '--cycle-year', '2016', '--organisation', 'stockholms-stad'], out)).toBe(0);
      expect(lines.join('\n')).toMatch(/Provkörning \(inget sparat\)/);
      expect(lines.join('\n')).toMatch(/Avsnitt: +17 fackförvaltningar, 14 stadsdelsförvaltningar, 10 med "Skrivning saknas"/);
      expect(lines.join('\n')).toMatch(/rad +\d+ +\[/);
      // Every title link and suggestion, with its line.
      expect(lines.join('\n')).toMatch(/Kopplade via titel: 18/);
      expect(lines).toContainEqual(expect.stringMatching(/^ +rad 1639 +Skarpnäck stadsdelsnämnd: skola 6\.5\.3 \(title, /));
      expect(lines.join('\n')).toMatch(new RegExp(`Kopplingar att granska: 0 nya, ${SUGGESTIONS_2016.length} fanns redan`));
      expect(lines).toContainEqual(expect.stringMatching(/^ +rad 2017 +Älvsjö stadsdelsnämnd: skola 6\.5\.3\? \(0\.62, pending\) "Rapporten lyfter även fram/));
      expect(await tableCounts()).toEqual(before);
    });

    it('names the organisation it cannot find, with exit code 1, writing nothing', async () => {
      const before = await tableCounts();
      const { lines, out } = output();
      expect(await runImportCommand([join(repoRoot(), DEMO_APPENDIX), '--organisation', 'goteborgs-stad'], out)).toBe(1);
      expect(lines.join('\n')).toMatch(/There is no organisation "goteborgs-stad" \(known: stockholms-stad, malmo-stad, tyreso-kommun\)/);
      expect(await tableCounts()).toEqual(before);
    });

    it('asks which organisation when the install has several, with exit code 1, writing nothing', async () => {
      const before = await tableCounts();
      const { lines, out } = output();
      expect(await runImportCommand([join(repoRoot(), DEMO_APPENDIX)], out)).toBe(1);
      expect(lines.join('\n')).toMatch(/more than one organisation \(stockholms-stad, malmo-stad, tyreso-kommun\): name one with --organisation/);
      expect(await tableCounts()).toEqual(before);
    });

    it("resolves names within the organisation named: Malmö has no 2016 Stockholm boards, so nothing of Stockholm's is written", async () => {
      const before = await tableCounts();
      const { out } = output();
      // Malmö has no commission: the import refuses before writing anything.
      expect(await runImportCommand([join(repoRoot(), DEMO_APPENDIX), '--organisation', 'malmo-stad'], out)).toBe(1);
      expect(await tableCounts()).toEqual(before);
    });

    it.each([
      [['--cycle-year', '16', 'x.txt'], /--cycle-year must be a year/],
      [['/finns/inte.txt'], /Cannot read \/finns\/inte.txt/],
      [[], /Usage: npm run import/],
      [['a.txt', '--bogus'], /Unknown option '--bogus'/],
    ])('rejects %p with exit code 2 and a message', async (args, message) => {
      const { lines, out } = output();
      expect(await runImportCommand(args, out)).toBe(2);
      expect(lines.join('\n')).toMatch(message);
    });
  });

  describe('names come from the database, not from code', () => {
    it('finds a renamed board by the alias its old name became, so a re-import still links every statement to it', async () => {
      const [board] = await t.dataSource.query<{ id: number; name: string; aliases: string[] }[]>(`SELECT id, name, aliases FROM board WHERE name = 'Trafiknämnden'`);
      await t.dataSource.query(`UPDATE board SET name = 'Trafik- och gatunämnden', aliases = aliases || ARRAY['trafiknämnden'] WHERE id = $1`, [board.id]);
      try {
        const summary = await importAppendix(t.dataSource, document, { ...STOCKHOLM, dryRun: true });
        expect(summary.statements.created).toBe(0);
        expect(summary.responsibilities.created).toBe(0);
        expect(summary.warnings.filter((w) => /trafik/i.test(w.message) && w.code === 'unknown-board')).toEqual([]);
      } finally {
        await t.dataSource.query(`UPDATE board SET name = $2, aliases = $3 WHERE id = $1`, [board.id, board.name, board.aliases]);
      }
    });

    it('without the alias the old name is unknown: the reference really is the database', async () => {
      const [board] = await t.dataSource.query<{ id: number; name: string }[]>(`SELECT id, name FROM board WHERE name = 'Trafiknämnden'`);
      await t.dataSource.query(`UPDATE board SET name = 'Trafik- och gatunämnden' WHERE id = $1`, [board.id]);
      try {
        const summary = await importAppendix(t.dataSource, document, { ...STOCKHOLM, dryRun: true });
        expect(summary.warnings.some((w) => w.code === 'unknown-board' && /trafiknämnden/i.test(w.message))).toBe(true);
      } finally {
        await t.dataSource.query(`UPDATE board SET name = $2 WHERE id = $1`, [board.id, board.name]);
      }
    });
  });
});
