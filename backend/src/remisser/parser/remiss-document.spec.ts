import { describe, expect, it } from '@jest/globals';
import { detectKind, parseRemissDocument } from './remiss-document.js';
import { parseSwedishDate, splitNameList } from './remiss-text.js';
import { RemissParseError } from './types.js';

/** Snippets of each document shape, written as the seeds write them. */
const DECISION = `Protokollsutdrag

| Sammanträdestid | 2025-03-24 kl 15:00-15:05 |

§ 141 Återrapportering kring kraftsamlande insatser; nu fråga om remiss

STK-2024-1374

Sammanfattning

Stadskontoret föreslår att kulturnämnden får ett uppdrag. Kommunstyrelsen beslutar om fördelning av ekonomiska medel.

Beslut

Kommunstyrelsens arbetsutskott beslutar

1. Kommunstyrelsens arbetsutskott skickar, utan eget ställningstagande, förslag på organisering på remiss till berörda nämnder med sista svarsdatum den 13 juni 2025.

Beslutet skickas till

Hälsa-, vård- och omsorgsnämnden

MKB

Stadskontorets handläggare

Beslutsunderlag

- G-Tjänsteskrivelse (STK-2023-137-50)
`;

const ANSWER_PROSE = `Till
Södermalms stadsdelsnämnd
2025-03-20

Remiss - Motion om teknikcollege

Svar på remiss från kommunstyrelsen, KS 2025/216

Förvaltningens förslag till beslut

Södermalms stadsdelsnämnd överlämnar stadsdelsförvaltningens tjänsteutlåtande som svar på remissen.

Bakgrund

Motionen har, förutom till Södermalms stadsdelsnämnd, även remitterats till stadsledningskontoret, arbetsmarknadsnämnden samt Farsta stadsdelsnämnd.

Remisstiden sträcker sig till den 1 april 2025.

Förvaltningens synpunkter och förslag

Förvaltningen har inga synpunkter.

Alexandra Wynn
Stadsdelsdirektör

Bilagor

1. Motion
`;

const ANSWER_LIST = ` Svar på remiss från kommunstyrelsen, Dnr KS 2020/904

Förslag till beslut
Spånga-Tensta stadsdelsnämnd beslutar att överlämna 
förvaltningens tjänsteutlåtande som svar på remissen. 

Sammanfattning
Kommunstyrelsen har remitterat Stockholms stads strategi för 
arbetsmarknadsinsatser till Spånga-Tensta stadsdelsnämnd. Övriga 
remissinstanser är stadsledningskontoret, Almega Kompetensföretagen, 
arbetsförmedlingen och de övriga stadsdelsnämnderna. 

Förvaltningen avstyrker strategin. 
 Fredrik Jurdell Abdi-Nur Isse
Stadsdelsdirektör Avdelningschef
`;

const INCOMING = ` Svar angående: Rekommendation att teckna överenskommelse om att 
skapa en vuxenutbildningsregion i Stockholms län  
 
KSLs styrelse beslutade vid sitt sammanträde 2008-06-13 att rekommendera 
kommunerna att anta överenskommelsen. KSLs kansli önskar besked om Tyresö kommuns ställningstagande 
senast den 5 oktober. 

Förslag till beslut 
Utvecklingsförvaltningen tillstyrker delvis rekommendationen. 

Britt-Marie Lundberg Björk  Erik Hamner 
Förvaltningschef  Rektor C3L 
`;

describe('remiss document parser', () => {
  it('recognises the two shapes, and nothing else', () => {
    expect(detectKind(DECISION)).toBe('decision');
    expect(detectKind(ANSWER_PROSE)).toBe('answer');
    expect(detectKind(INCOMING)).toBe('answer');
    expect(detectKind('Bilaga 1. Underlag för budget')).toBeNull();
    expect(() => parseRemissDocument('Bilaga 1. Underlag för budget')).toThrow(RemissParseError);
    expect(() => parseRemissDocument('   ')).toThrow('tomt');
  });

  it('a sending decision: §, case number, meeting date, decider, kind, deadline and the list without distribution lines', () => {
    const d = parseRemissDocument(DECISION);
    expect(d.remiss).toEqual({
      caseNumber: 'STK-2024-1374',
      title: 'Återrapportering kring kraftsamlande insatser',
      kind: 'förslag',
      // Not "Kommunstyrelsen", who "beslutar" in the summary above the decision.
      sender: { text: 'Kommunstyrelsens arbetsutskott', line: 15 },
      decidedOn: '2025-03-24',
      paragraph: '141',
      answerBy: '2025-06-13',
    });
    expect(d.recipients.map((r) => [r.text, r.line])).toEqual([
      ['Hälsa-, vård- och omsorgsnämnden', 21],
      ['MKB', 23],
    ]);
    expect(d.distributionOnly).toEqual([{ text: 'Stadskontorets handläggare', line: 25 }]);
    expect(d.warnings).toEqual([]);
  });

  it('a decision without its § or with an empty list fails with the line', () => {
    expect(() => parseRemissDocument(DECISION.replace('§ 141 ', ''))).toThrow(/paragraf/);
    expect(() => parseRemissDocument('§ 1 Rubrik\n\nBeslutet skickas till\n\nBeslutsunderlag\n')).toThrow(/tom \(rad 3\)/);
  });

  it('an answer naming the others in prose ("förutom till …, även remitterats till … samt …")', () => {
    const d = parseRemissDocument(ANSWER_PROSE);
    expect(d.remiss).toMatchObject({ caseNumber: 'KS 2025/216', title: 'Motion om teknikcollege', kind: 'motion', sender: { text: 'Kommunstyrelsen' }, answerBy: '2025-04-01' });
    expect(d.recipients.map((r) => r.text)).toEqual(['Södermalms stadsdelsnämnd', 'stadsledningskontoret', 'arbetsmarknadsnämnden', 'Farsta stadsdelsnämnd']);
    expect(d.recipients.every((r) => r.line === 15)).toBe(true);
    expect(d.answer).toMatchObject({
      answeredBy: { text: 'Södermalms stadsdelsnämnd', line: 2 },
      answeredOn: '2025-03-20',
      position: 'no-comments',
      positionEvidence: { text: 'Förvaltningen har inga synpunkter.', line: 21 },
      signatories: ['Alexandra Wynn'],
      decidedHow: 'board',
    });
    expect(d.answer!.parts.map((p) => p.kind)).toEqual(['forslag-till-beslut', 'bakgrund', 'synpunkter']);
    expect(d.answer!.parts[2].text).toBe('Förvaltningen har inga synpunkter.');
  });

  it('an answer listing "Övriga remissinstanser är …" over wrapped lines, with a group of the others', () => {
    const d = parseRemissDocument(ANSWER_LIST);
    expect(d.remiss).toMatchObject({ caseNumber: 'KS 2020/904', title: 'Stockholms stads strategi för arbetsmarknadsinsatser', kind: 'strategi', answerBy: null });
    expect(d.recipients.map((r) => [r.text, r.others])).toEqual([
      ['Spånga-Tensta stadsdelsnämnd', false],
      ['stadsledningskontoret', false],
      ['Almega Kompetensföretagen', false],
      ['arbetsförmedlingen', false],
      ['stadsdelsnämnderna', true],
    ]);
    expect(d.answer).toMatchObject({ position: 'opposes', answeredOn: null, signatories: ['Fredrik Jurdell', 'Abdi-Nur Isse'] });
    // What the parser cannot be sure of, each with its line.
    expect(d.warnings.map((w) => [w.code, w.line])).toEqual([
      ['no-answer-date', 1],
      ['no-deadline', 1],
      ['signatories-split', 14],
    ]);
  });

  it('an incoming remiss answered for the municipality: the year of "senast den 5 oktober" is guessed and said', () => {
    const d = parseRemissDocument(INCOMING);
    expect(d.remiss).toMatchObject({ caseNumber: null, kind: 'rekommendation', sender: { text: 'KSL' }, decidedOn: '2008-06-13', answerBy: '2008-10-05' });
    expect(d.remiss.title).toBe('Rekommendation att teckna överenskommelse om att skapa en vuxenutbildningsregion i Stockholms län');
    expect(d.answer).toMatchObject({ forOrganisation: true, answeredBy: { text: 'Utvecklingsförvaltningen' }, position: 'partly-supports', signatories: ['Britt-Marie Lundberg Björk', 'Erik Hamner'] });
    // The signatures are not part of the proposal's text.
    expect(d.answer!.summary).toBe('Utvecklingsförvaltningen tillstyrker delvis rekommendationen.');
    expect(d.warnings.find((w) => w.code === 'deadline-year-guessed')).toMatchObject({ line: 6 });
  });

  it('a weak position phrase is read with a warning; none at all is a warning and null', () => {
    const weak = parseRemissDocument(ANSWER_PROSE.replace('Förvaltningen har inga synpunkter.', 'Förvaltningen ser positivt på motionen och har inga andra synpunkter.'));
    expect(weak.answer!.position).toBe('supports');
    expect(weak.warnings.map((w) => w.code)).toContain('position-read');
    const none = parseRemissDocument(ANSWER_PROSE.replace('Förvaltningen har inga synpunkter.', 'Förvaltningen har läst motionen.'));
    expect(none.answer!.position).toBeNull();
    expect(none.warnings.map((w) => w.code)).toContain('no-position');
  });

  it('an answer naming neither a case number nor a title cannot be tied to a remiss', () => {
    expect(() => parseRemissDocument('Förslag till beslut\nNämnden beslutar att överlämna tjänsteutlåtandet som svar på remissen.\n')).toThrow(/varken diarienummer eller rubrik/);
  });
});

describe('remiss text helpers', () => {
  it('reads Swedish dates and refuses impossible ones', () => {
    expect(parseSwedishDate('den 13 juni 2025')).toEqual({ date: '2025-06-13', yearGuessed: false });
    expect(parseSwedishDate('5 oktober', 2008)).toEqual({ date: '2008-10-05', yearGuessed: true });
    expect(parseSwedishDate('5 oktober')).toBeNull();
    expect(parseSwedishDate('31 februari 2025')).toBeNull();
    expect(parseSwedishDate('2025-02-30')).toBeNull();
  });

  it('splits name lists but keeps compound names whole', () => {
    expect(splitNameList('Arbetsmarknads- och socialnämnden, Hälsa-, vård- och omsorgsnämnden samt Famna och de övriga stadsdelsnämnderna.')).toEqual([
      'Arbetsmarknads- och socialnämnden',
      'Hälsa-, vård- och omsorgsnämnden',
      'Famna',
      'de övriga stadsdelsnämnderna',
    ]);
  });
});
