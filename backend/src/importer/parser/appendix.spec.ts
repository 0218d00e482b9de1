import { describe, expect, it } from '@jest/globals';
import { detectCycle, parseAppendix } from './appendix.js';
import { doc, SMALL_REFERENCE } from './fixtures/reference.js';
import { AppendixParseError, type ParsedAppendix } from './types.js';

const parse = (text: string) => parseAppendix(text, { reference: SMALL_REFERENCE });
const section = (r: ParsedAppendix, board: string) => r.sections.find((s) => s.board === board)!;
const refs = (r: ParsedAppendix, board: string) =>
  section(r, board).statements.map((s) => (s.measure ? `${s.measure.reportKey} ${s.measure.number}${s.linkedBy === 'title' ? ' (title)' : ''}` : 'general'));

// A catalogue part (Stadsbyggnadskontoret quotes the measures with Beskrivning/Ansvarig and answers
// with Svar), a board naming measures only by title, prose references and a run of headings.
const DOC = doc(
  'Fackförvaltningar',
  '',
  'Stadsbyggnadskontoret',
  '',
  'I arbetet med ”Underlag för budget 2017 med inriktning 2018-2019” redovisas följande.',
  '',
  'Delrapporten Från delad till enad stad',
  '',
  '6.1 Utveckla kompetensen om socialt hållbar stadsplanering',
  '',
  '6.1.1 Åtgärd: Styr forskningsnära samverkan mot kunskapsutveckling rörande social hållbarhet.',
  '',
  'Beskrivning: Staden behöver prioritera forskningsnära samverkan.',
  '',
  'Ansvarig: Stadsbyggnadsnämnden i samverkan med trafiknämnden, miljönämnden och',
  'berörda stadsdelsnämnder.',
  '',
  'Svar: Under 2016 kan kontoret medverka. Under 2017-2018 bör ett uppdrag vara slutfört.',
  '',
  '    4 (44) ',
  '',
  'Svaret fortsätter efter sidbrytningen.',
  '',
  '6.1.2 Åtgärd: Genomför utbildningsinsatser om socialt hållbar stadsplanering och –',
  'utveckling. Kunskapen ska utvecklas inom berörda förvaltningar.',
  '',
  'Ansvarig: Stadsbyggnadsnämnden i samverkan med trafiknämnden och parkeringsnämnden.',
  '',
  'Svar: Kontoret genomför en serie föreläsningar.',
  '',
  'Delrapporten ”Stad i samverkan – Stockholms stad och civilsamhället”',
  '',
  '4.3.1 Åtgärd: Initiera lokal omvärldsbevakning.',
  '',
  '4.3.2 Åtgärd: Utred möjligheten att utse facilitatorer.',
  '',
  'Kommentar: Båda åtgärderna kräver resurser.',
  '',
  'Miljöförvaltningen',
  '',
  'Nämnden är berörd av två åtgärder;',
  '',
  '• Styr forskningsnära samverkan mot kunskapsutveckling rörande socialt hållbarhet',
  '',
  ' • Genomför utbildningsinsatser om socialt hållbar stadsplanering och- utveckling.',
  '',
  'Nämndens insatser måste ske i samverkan med stadsbyggnadsnämnden.',
  '',
  'Valnämnden',
  '',
  'Skrivelse saknas',
  '',
  'Stadsdelsförvaltningar',
  '',
  'Bromma',
  '',
  'Förvaltningen är positiv till kommissionens arbete.',
  '',
  'Delrapport: Stad i samverkan',
  '',
  'Kommissionen föreslår omvärldsbevakning (4.3.1). Förvaltningen bevakar sociala medier. Förslaget om',
  'facilitatorer (4.3.2) är bra. Åtgärd 4.9.9 finns inte.',
  '',
  '4.3.1 / 4.3.2 Omvärldsbevakning och facilitatorer',
  '',
  'Förvaltningen arbetar med lokala överenskommelser inom planperioden.',
  '',
  'Kungsholmen',
  '',
  'Skrivning saknas.',
);

describe('parseAppendix on a hand-written appendix', () => {
  const r = parse(DOC);

  it('reads the cycle from the document', () => {
    expect(r.cycle).toEqual({ name: 'Underlag för budget 2017 med inriktning 2018-2019', year: 2016, planningPeriod: [2017, 2018, 2019] });
  });

  it('builds the catalogue from the quoted measures, with title, description, recommendation and responsibilities', () => {
    expect(r.measures.map((m) => `${m.reportKey} ${m.number}`)).toEqual(['samverkan 4.3.1', 'samverkan 4.3.2', 'delad 6.1.1', 'delad 6.1.2']);
    const m = r.measures.find((x) => x.number === '6.1.1')!;
    expect(m).toMatchObject({
      title: 'Styr forskningsnära samverkan mot kunskapsutveckling rörande social hållbarhet',
      description: 'Staden behöver prioritera forskningsnära samverkan.',
      responsibilityText: 'Stadsbyggnadsnämnden i samverkan med trafiknämnden, miljönämnden och berörda stadsdelsnämnder.',
      recommendation: { number: '6.1', title: 'Utveckla kompetensen om socialt hållbar stadsplanering' },
      line: 11,
    });
    expect(m.responsibilities.map((x) => `${x.board}:${x.role}`)).toEqual([
      'Stadsbyggnadsnämnden:lead',
      'Trafiknämnden:contributing',
      'Miljö- och hälsoskyddsnämnden:contributing',
      'Bromma stadsdelsnämnd:contributing',
      'Kungsholmen stadsdelsnämnd:contributing',
    ]);
  });

  it('cuts a title that runs on into the description', () => {
    const m = r.measures.find((x) => x.number === '6.1.2')!;
    expect(m.title).toBe('Genomför utbildningsinsatser om socialt hållbar stadsplanering och – utveckling');
    expect(m.description).toBe('Kunskapen ska utvecklas inom berörda förvaltningar.');
  });

  it('keeps the answer across a page footer as one part, with planned years', () => {
    const st = section(r, 'Stadsbyggnadsnämnden').statements.find((s) => s.measure?.number === '6.1.1')!;
    expect(st.parts).toEqual([{ kind: 'svar', text: 'Under 2016 kan kontoret medverka. Under 2017-2018 bör ett uppdrag vara slutfört.\n\nSvaret fortsätter efter sidbrytningen.' }]);
    expect(st.plannedYears).toEqual([2016, 2017, 2018]);
    expect(st.text).not.toContain('44');
  });

  it('lets two headings with nothing between them share the comment under the second', () => {
    const sts = section(r, 'Stadsbyggnadsnämnden').statements.filter((s) => s.measure?.reportKey === 'samverkan');
    expect(sts.map((s) => [s.measure!.number, s.text])).toEqual([
      ['4.3.1', 'Båda åtgärderna kräver resurser.'],
      ['4.3.2', 'Båda åtgärderna kräver resurser.'],
    ]);
  });

  it('links bullets that are titles, despite spelling variants, and gives both the text under them', () => {
    expect(refs(r, 'Miljö- och hälsoskyddsnämnden')).toEqual(['general', 'delad 6.1.1 (title)', 'delad 6.1.2 (title)']);
    const st = section(r, 'Miljö- och hälsoskyddsnämnden').statements[1];
    expect(st).toMatchObject({ text: 'Nämndens insatser måste ske i samverkan med stadsbyggnadsnämnden.', line: 43, linkedBy: 'title' });
  });

  it('marks missing sections, with or without a period', () => {
    expect(r.sections.filter((s) => s.missing).map((s) => s.board)).toEqual(['Valnämnden', 'Kungsholmen stadsdelsnämnd']);
    expect(section(r, 'Valnämnden').statements).toEqual([]);
  });

  it('splits prose at inline references and merges what a board says twice about one measure', () => {
    expect(refs(r, 'Bromma stadsdelsnämnd')).toEqual(['general', 'samverkan 4.3.1', 'samverkan 4.3.2']);
    const [general, m431, m432] = section(r, 'Bromma stadsdelsnämnd').statements;
    expect(general.text).toBe('Förvaltningen är positiv till kommissionens arbete.');
    expect(m431.text).toBe(
      'Kommissionen föreslår omvärldsbevakning (4.3.1). Förvaltningen bevakar sociala medier.\n\nFörvaltningen arbetar med lokala överenskommelser inom planperioden.',
    );
    expect(m432.text).toContain('facilitatorer (4.3.2) är bra.');
    expect(m432.plannedYears).toEqual([2017, 2018, 2019]);
  });

  it('warns about a measure the document never describes, and an unknown board in "Ansvarig:"', () => {
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'unknown-measure', line: 62, message: expect.stringContaining('4.9.9') }),
        expect.objectContaining({ code: 'unknown-board', line: 27, message: expect.stringContaining('parkeringsnämnden') }),
      ]),
    );
  });
});

describe('title-only references', () => {
  const base = (bullet: string) =>
    doc(
      'Fackförvaltningar',
      'Stadsbyggnadskontoret',
      '',
      'Delrapporten Från delad till enad stad',
      '',
      '6.3.1 Åtgärd: Utveckla modell för socialt värdeskapande analys (SVA).',
      '',
      'Svar: Vi utvecklar modellen.',
      '',
      'Delrapporten En skola där alla ska lyckas',
      '',
      '6.3.1 Åtgärd: Utveckla modell för socialt värdeskapande analys (SKA).',
      '',
      'Svar: Samma namn, annan rapport.',
      '',
      'Trafikkontoret',
      '',
      bullet,
      '',
      'Kontoret deltar.',
      '',
      'Stadsdelsförvaltningar',
      'Bromma',
      'Text.',
      'Kungsholmen',
      'Text.',
    );

  it('keeps 6.3.1 of two reports apart', () => {
    const r = parse(base('Inget här.'));
    expect(r.measures.map((m) => `${m.reportKey} ${m.number} ${m.title}`)).toEqual([
      'delad 6.3.1 Utveckla modell för socialt värdeskapande analys (SVA)',
      'skola 6.3.1 Utveckla modell för socialt värdeskapande analys (SKA)',
    ]);
  });

  it('does not link a title that two measures share equally, and says so with the line', () => {
    const r = parse(base('• Utveckla modell för socialt värdeskapande analys'));
    expect(refs(r, 'Trafiknämnden')).toEqual(['general']);
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'ambiguous-title', line: 18 }));
  });
});

describe('a paraphrase spread over two sentences', () => {
  const district = (...prose: string[]) =>
    doc(
      'Fackförvaltningar',
      'Stadsbyggnadskontoret',
      '',
      'Delrapporten ”Stad i samverkan – Stockholms stad och civilsamhället”',
      '',
      '4.3.2 Åtgärd: Utred möjligheten att utse facilitatorer.',
      '',
      'Svar: Vi utreder.',
      '',
      'Stadsdelsförvaltningar',
      'Bromma',
      '',
      ...prose,
      '',
      'Kungsholmen',
      'Text.',
    );

  it('becomes a suggestion, never a link, with both sentences as its passage', () => {
    const r = parse(district('Kommissionen lyfter fram facilitatorer i stadsdelarna. Förvaltningen vill gärna utreda möjligheten.'));
    expect(refs(r, 'Bromma stadsdelsnämnd')).toEqual(['general']);
    expect(r.suggestions).toEqual([
      expect.objectContaining({
        board: 'Bromma stadsdelsnämnd',
        measure: { reportKey: 'samverkan', number: '4.3.2' },
        passage: 'Kommissionen lyfter fram facilitatorer i stadsdelarna. Förvaltningen vill gärna utreda möjligheten.',
      }),
    ]);
  });

  it('is not found in sentences that only share common words with the title', () => {
    const r = parse(district('Förvaltningen ser möjligheten. Vi vill utreda saken vidare.'));
    expect(r.suggestions).toEqual([]);
  });

  it('is not found across paragraphs', () => {
    const r = parse(district('Kommissionen lyfter fram facilitatorer i stadsdelarna.', '', 'Förvaltningen vill gärna utreda möjligheten.'));
    expect(r.suggestions).toEqual([]);
  });
});

describe('errors', () => {
  it('throws AppendixParseError on empty text and on a text that is not an appendix', () => {
    expect(() => parse('')).toThrow(AppendixParseError);
    expect(() => parse('Hej\nDetta är ett brev.')).toThrow(/Not an appendix/);
  });

  it('throws on a document cut in the first part', () => {
    expect(() => parse(DOC.split('\n').slice(0, 40).join('\n'))).toThrow(/truncated/);
  });
});

describe('detectCycle', () => {
  it('derives the cycle from the cycle year when the document does not name it', () => {
    expect(detectCycle('ingen rubrik', 2016)).toEqual({ name: 'Underlag för budget 2017 med inriktning 2018-2019', year: 2016, planningPeriod: [2017, 2018, 2019] });
  });
});
