import { describe, expect, it } from '@jest/globals';
import { parse2016, SILENT_SECTIONS_2016, SUGGESTIONS_2016 } from '../../../test/utils/appendix-2016.js';
import type { ParsedAppendix } from './types.js';

// The numbers below were counted by reading seed 004, not copied from parser output.

const section = (r: ParsedAppendix, board: string) => {
  const s = r.sections.find((x) => x.board === board);
  if (!s) throw new Error(`no section for ${board}`);
  return s;
};
const refs = (r: ParsedAppendix, board: string) =>
  section(r, board)
    .statements.filter((s) => s.measure)
    .map((s) => `${s.measure!.reportKey} ${s.measure!.number}`);
const statement = (r: ParsedAppendix, board: string, reportKey: string, number: string) =>
  section(r, board).statements.find((s) => s.measure?.reportKey === reportKey && s.measure.number === number);

describe('the 2016 compiled appendix (seed 004)', () => {
  const r = parse2016();

  it('is the 2016 cycle with planning period 2017–2019', () => {
    expect(r.cycle).toEqual({ name: 'Underlag för budget 2017 med inriktning 2018-2019', year: 2016, planningPeriod: [2017, 2018, 2019] });
  });

  it('has 17 sections of fackförvaltningar and the 14 stadsdelsförvaltningar, in document order', () => {
    const central = r.sections.filter((s) => s.part === 'central');
    const district = r.sections.filter((s) => s.part === 'district');
    expect(central.map((s) => s.heading)).toEqual([
      'Arbetsmarknadsförvaltningen',
      'Exploateringskontoret',
      'Fastighetskontoret',
      'Idrottförvaltningen',
      'Kulturförvaltningen',
      'Kyrkogårdsförvaltningen',
      'Miljöförvaltningen',
      'Revisionskontoret',
      'Serviceförvaltningen',
      'Socialförvaltningen',
      'Stadsarkivet',
      'Stadsbyggnadskontoret',
      'Trafikkontoret',
      'Utbildningsförvaltningen',
      'Valnämnden',
      'Äldreförvaltningen',
      'Överförmyndarförvaltningen',
    ]);
    expect(district).toHaveLength(14);
    expect(district[0]).toMatchObject({ heading: 'Bromma', board: 'Bromma stadsdelsnämnd', line: 1210 });
    expect(district[1].board).toBe('Enskede-Årsta-Vantör stadsdelsnämnd');
    expect(section(r, 'Idrottsnämnden')).toMatchObject({ heading: 'Idrottförvaltningen', line: 735 });
  });

  it('knows exactly which boards did not deliver ("Skrivning saknas." / "Skrivelse saknas")', () => {
    expect(r.sections.filter((s) => s.missing).map((s) => s.board)).toEqual(SILENT_SECTIONS_2016);
    expect(r.sections.filter((s) => s.missing).every((s) => s.statements.length === 0)).toBe(true);
  });

  it('catalogues the measures of each report', () => {
    const count = (key: string) => r.measures.filter((m) => m.reportKey === key).map((m) => m.number);
    expect(count('samverkan')).toEqual(['4.1.1', '4.1.2', '4.2.1', '4.2.2', '4.3.1', '4.3.2', '4.4.1', '4.4.2', '4.4.3', '4.5.1', '4.5.2']);
    expect(count('skola')).toHaveLength(16);
    expect(count('delad')).toEqual(['6.1.1', '6.1.2', '6.1.3', '6.2.1', '6.3.1', '6.3.2']);
    expect(count('kortutbildade')).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2', '2.3', '2.4', '2.5', '3.1', '4.1', '5.1', '5.2', '6.1']);
  });

  it('keeps the two measures numbered 6.2.1 apart', () => {
    const skola = r.measures.find((m) => m.reportKey === 'skola' && m.number === '6.2.1')!;
    const delad = r.measures.find((m) => m.reportKey === 'delad' && m.number === '6.2.1')!;
    expect(skola.title).toMatch(/^Analysera grundskolans\/gymnasieskolans placering/);
    expect(skola.responsibilities.map((x) => `${x.board}:${x.role}`)).toEqual(['Exploateringsnämnden:lead', 'Utbildningsnämnden:lead', 'Stadsbyggnadsnämnden:lead']);
    expect(delad.title).toMatch(/^Samordna områdesplanering/);
    expect(delad.recommendation).toEqual({ number: '6.2', title: 'Stärk det lokala medskapandet i stadsplaneringen' });
    expect(refs(r, 'Exploateringsnämnden')).toEqual(['delad 6.1.1', 'delad 6.1.2', 'delad 6.1.3', 'delad 6.2.1', 'delad 6.3.1', 'skola 6.2.1']);
  });

  it('assembles a measure from the places that quote it: title, description, ongoing work, responsibilities', () => {
    const m = r.measures.find((x) => x.reportKey === 'skola' && x.number === '6.5.3')!;
    expect(m.title).toBe('Etablera fler lokala Community Center');
    expect(m.ongoingWork).toMatch(/^Exempel på befintliga liknande insatser är Rågsved Community Center/);
    expect(m.description).toMatch(/^Lokala Community Centers ska bildas/);
    const leads = m.responsibilities.filter((x) => x.role === 'lead');
    expect(leads).toHaveLength(14);
    expect(leads.every((x) => x.viaGroup === 'stadsdelsnamnderna')).toBe(true);
    expect(m.responsibilities.filter((x) => x.role === 'contributing').map((x) => x.board)).toEqual(['Arbetsmarknadsnämnden', 'Kulturnämnden', 'Utbildningsnämnden']);

    const studycircles = r.measures.find((x) => x.reportKey === 'skola' && x.number === '6.5.2')!;
    expect(studycircles.responsibilities.filter((x) => x.role === 'lead').map((x) => x.board)).toEqual(['Kommunstyrelsen']);
  });

  it('links Miljöförvaltningen\'s two bullet measures by their titles', () => {
    const miljo = section(r, 'Miljö- och hälsoskyddsnämnden').statements.filter((s) => s.measure);
    expect(miljo.map((s) => [s.measure!.reportKey, s.measure!.number, s.linkedBy, s.line])).toEqual([
      ['delad', '6.1.1', 'title', 840],
      ['delad', '6.1.2', 'title', 842],
    ]);
    expect(miljo[0].text).toMatch(/^Nämndens insatser måste ske i samverkan med stadsbyggnadsnämnden/);
  });

  it('finds every measure each board writes about', () => {
    expect(refs(r, 'Arbetsmarknadsnämnden')).toHaveLength(15 + 4);
    expect(refs(r, 'Utbildningsnämnden')).toHaveLength(16);
    expect(refs(r, 'Stadsbyggnadsnämnden')).toEqual(['delad 6.1.1', 'delad 6.1.2', 'delad 6.1.3', 'delad 6.2.1', 'delad 6.3.1', 'delad 6.3.2']);
    expect(refs(r, 'Trafiknämnden').sort()).toEqual(['delad 6.1.1', 'delad 6.1.2', 'delad 6.3.1', 'delad 6.3.2']);
    expect(refs(r, 'Idrottsnämnden')).toEqual(['samverkan 4.2.1', 'samverkan 4.2.2', 'samverkan 4.4.3']);
    // 4.4.1 by title in its summary of the report (801), 6.5.3 by the number cited under 4.4.2 (810).
    expect(refs(r, 'Kulturnämnden')).toEqual(['samverkan 4.4.1', 'samverkan 4.4.2', 'skola 6.5.3']);
    expect(refs(r, 'Östermalm stadsdelsnämnd')).toEqual(['4.1.1', '4.1.2', '4.2.1', '4.2.2', '4.3.1', '4.3.2', '4.4.1', '4.5.1'].map((n) => `samverkan ${n}`));
    expect(refs(r, 'Skärholmen stadsdelsnämnd')).toHaveLength(17);
    expect(refs(r, 'Hässelby-Vällingby stadsdelsnämnd')).toHaveLength(12);
    expect(refs(r, 'Norrmalm stadsdelsnämnd').sort()).toEqual([
      'delad 6.2.1',
      'delad 6.3.2', // by title, inside its 6.2.1 sentence (1559)
      'samverkan 4.1.1',
      'samverkan 4.2.1',
      'samverkan 4.2.2',
      'samverkan 4.3.1',
      'samverkan 4.3.2',
      'samverkan 4.5.1', // "Den föreslagna kartläggningen av hur det lokala civilsamhället ser ut i stadsdelsområdet" (1546)
      'skola 6.4.2',
      'skola 6.4.4', // "Åtgärden att etablera extern mentorsverksamhet för nyanlända …" (1582)
    ]);
    expect(refs(r, 'Södermalm stadsdelsnämnd')).toHaveLength(9);
    expect(refs(r, 'Hägersten-Liljeholmen stadsdelsnämnd')).toContain('delad 6.2.1');
    expect(refs(r, 'Hägersten-Liljeholmen stadsdelsnämnd')).toHaveLength(10);
    // Bromma and Farsta write prose that names no measure closely enough: general statement only.
    for (const b of ['Bromma', 'Farsta']) {
      expect(section(r, `${b} stadsdelsnämnd`).statements.map((s) => s.measure)).toEqual([null]);
    }
    expect(refs(r, 'Enskede-Årsta-Vantör stadsdelsnämnd')).toEqual(['samverkan 4.1.2', 'samverkan 4.4.1', 'samverkan 4.3.2', 'delad 6.1.3', 'skola 6.5.3']);
    expect(refs(r, 'Rinkeby-Kista stadsdelsnämnd')).toEqual(['skola 6.5.3']);
    expect(refs(r, 'Skarpnäck stadsdelsnämnd')).toEqual(['samverkan 4.2.2', 'skola 6.5.3', 'skola 6.5.1', 'skola 6.5.2', 'delad 6.2.1']);
    expect(refs(r, 'Älvsjö stadsdelsnämnd')).toEqual(['delad 6.2.1']);
    expect(section(r, 'Stadsarkivet').statements.map((s) => s.measure)).toEqual([null]);
  });

  it('has one statement per board and measure, and one general statement at most', () => {
    for (const s of r.sections) {
      const ids = s.statements.map((x) => (x.measure ? `${x.measure.reportKey}|${x.measure.number}` : 'general'));
      expect(new Set(ids).size).toBe(ids.length);
    }
    // 17 more than by numbers and headings alone: the title references and Kultur's 6.5.3 (see below).
    expect(r.sections.flatMap((s) => s.statements)).toHaveLength(120 + 19 + 17);
  });

  it('splits Skärholmen\'s "4.3.1 / 4.3.2" heading into two statements with the same text', () => {
    const a = statement(r, 'Skärholmen stadsdelsnämnd', 'samverkan', '4.3.1')!;
    const b = statement(r, 'Skärholmen stadsdelsnämnd', 'samverkan', '4.3.2')!;
    expect(a.text).toBe(b.text);
    expect(a.text).toMatch(/^Förvaltningen arbetar med att göra lokala överenskommelser/);
  });

  it('cuts the title off Skärholmen\'s run-together 4.1.1 heading', () => {
    expect(statement(r, 'Skärholmen stadsdelsnämnd', 'samverkan', '4.1.1')!.text).toMatch(/^Föreningssamordnare som har goda kontakter/);
  });

  it('keeps the labelled parts apart', () => {
    const st = statement(r, 'Arbetsmarknadsnämnden', 'kortutbildade', '1.1')!;
    expect(st.parts.map((p) => p.kind)).toEqual(['pagaende', 'kommentar']);
    expect(st.text).toMatch(/^Nämnden delar kommissionens bedömning och har för avsikt/);
    expect(statement(r, 'Utbildningsnämnden', 'skola', '6.4.1')!.parts.map((p) => p.kind)).toEqual(['hantering']);
    expect(statement(r, 'Exploateringsnämnden', 'delad', '6.1.2')!.parts.map((p) => p.kind)).toEqual(['svar']);
  });

  it('reads planned years', () => {
    expect(statement(r, 'Stadsbyggnadsnämnden', 'delad', '6.1.1')!.plannedYears).toEqual([2016, 2017, 2018]);
    expect(statement(r, 'Exploateringsnämnden', 'delad', '6.3.1')!.plannedYears).toEqual([2016, 2017, 2018]);
    expect(statement(r, 'Utbildningsnämnden', 'skola', '6.4.1')!.plannedYears).toEqual([2016]);
    expect(statement(r, 'Arbetsmarknadsnämnden', 'kortutbildade', '1.1')!.plannedYears).toEqual([2017, 2018, 2019]);
    expect(statement(r, 'Skärholmen stadsdelsnämnd', 'samverkan', '4.4.1')!.plannedYears).toEqual([2016, 2017]);
    expect(statement(r, 'Rinkeby-Kista stadsdelsnämnd', 'skola', '6.5.3')!.plannedYears).toEqual([2017, 2018]);
  });

  // Derived by reading the district sections (and the central ones) of seed 004; see docs/data-notes.md.
  it('links exactly the title references read in the text, each with its line and method', () => {
    const byTitle = r.sections.flatMap((sec) =>
      sec.statements.filter((s) => s.link && s.link.method !== 'number').map((s) => `${s.board}: ${s.measure!.reportKey} ${s.measure!.number} @${s.link!.lines[0]} ${s.link!.method}`),
    );
    expect(byTitle).toEqual([
      'Kulturnämnden: samverkan 4.4.1 @801 title-near',
      'Miljö- och hälsoskyddsnämnden: delad 6.1.1 @840 title',
      'Miljö- och hälsoskyddsnämnden: delad 6.1.2 @842 title',
      'Enskede-Årsta-Vantör stadsdelsnämnd: samverkan 4.1.2 @1266 title-near',
      'Enskede-Årsta-Vantör stadsdelsnämnd: samverkan 4.4.1 @1286 title',
      'Enskede-Årsta-Vantör stadsdelsnämnd: samverkan 4.3.2 @1295 title-near',
      'Enskede-Årsta-Vantör stadsdelsnämnd: delad 6.1.3 @1318 title-near',
      'Enskede-Årsta-Vantör stadsdelsnämnd: skola 6.5.3 @1334 title',
      'Norrmalm stadsdelsnämnd: samverkan 4.5.1 @1546 title-near',
      'Norrmalm stadsdelsnämnd: delad 6.3.2 @1559 title',
      'Norrmalm stadsdelsnämnd: skola 6.4.4 @1582 title',
      'Rinkeby-Kista stadsdelsnämnd: skola 6.5.3 @1593 title-near',
      'Skarpnäck stadsdelsnämnd: samverkan 4.2.2 @1635 title-near',
      'Skarpnäck stadsdelsnämnd: skola 6.5.3 @1639 title',
      'Skarpnäck stadsdelsnämnd: skola 6.5.1 @1645 title-near',
      'Skarpnäck stadsdelsnämnd: skola 6.5.2 @1646 title-near',
      'Skarpnäck stadsdelsnämnd: delad 6.2.1 @1652 title',
      'Älvsjö stadsdelsnämnd: delad 6.2.1 @2027 title',
    ]);
    // Every title link's text contains the words of its line range, i.e. the passage really is there.
    const skarp = statement(r, 'Skarpnäck stadsdelsnämnd', 'skola', '6.5.3')!;
    expect(skarp.text).toMatch(/att etablera fler lokala Community Centers/);
    expect(skarp.link).toEqual({ method: 'title', lines: [1639, 1639], score: expect.any(Number) });
  });

  it('links the number Kulturförvaltningen cites under its 4.4.2 heading (numrering 6.5.3) as well', () => {
    const st = statement(r, 'Kulturnämnden', 'skola', '6.5.3')!;
    expect(st.link).toEqual({ method: 'number', lines: [810, 811], score: 1 });
    expect(st.text).toMatch(/^Med angivande av delrapport och numrering 6\.5\.3 föreslås etablering av Community centers/);
    expect(statement(r, 'Kulturnämnden', 'samverkan', '4.4.2')!.text).toMatch(/^Med angivande av delrapport/);
  });

  it('leaves the doubtful title references to a person, as suggestions with their lines', () => {
    expect(r.suggestions.map((s) => `${s.board}: ${s.measure.reportKey} ${s.measure.number} @${s.lines[0]}`)).toEqual(SUGGESTIONS_2016);
    const cc = r.suggestions.find((s) => s.board === 'Älvsjö stadsdelsnämnd' && s.measure.number === '6.5.3')!;
    expect(cc.passage).toBe('Rapporten lyfter även fram ett behov av fler community centers i staden.');
    expect(cc.words).toEqual(['community', 'centers']);
  });

  it('never links a board to a measure by title when its section has that measure under a heading', () => {
    // Exploateringskontoret's introduction (558) sums up the report's profilprojekt (6.1.3), which it answers under 6.1.3 (616).
    expect(statement(r, 'Exploateringsnämnden', 'delad', '6.1.3')!.link).toEqual({ method: 'number', lines: [616, 616], score: 1 });
    expect(section(r, 'Exploateringsnämnden').statements.find((s) => !s.measure)!.text).toMatch(/utvalda profilprojekt/);
  });

  it('leaves page footers out of every text', () => {
    const texts = r.sections.flatMap((s) => s.statements.map((x) => x.text));
    expect(texts.some((t) => /\(44\)/.test(t))).toBe(false);
  });

  it('warns about what it could not settle, with lines', () => {
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 735, code: 'heading-variant' }),
        expect.objectContaining({ code: 'unresolved-group', message: expect.stringContaining('berörda nämnder') }),
        expect.objectContaining({ code: 'title-variant', message: expect.stringContaining('delad 6.1.1') }),
      ]),
    );
    expect(r.warnings.filter((w) => w.code === 'unknown-measure' || w.code === 'ambiguous-measure')).toEqual([]);
  });
});
