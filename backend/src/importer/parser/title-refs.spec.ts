import { describe, expect, it } from '@jest/globals';
import { parse2016 } from '../../../test/utils/appendix-2016.js';
import { parseAppendix } from './appendix.js';
import { buildTitleIndex, findTitleRefs, stemMatch, tokenize } from './title-refs.js';
import type { ReferenceData } from './types.js';

// The catalogue of seed 004 (48 titles): the IDF weights are those the importer uses, and it has
// the near misses of the real document — similar titles in two reports (kortutbildade 1.4 / skola
// 6.3.2), titles sharing common words ("socialt hållbar", "civilsamhället", "utveckla").
const seed = parse2016();
const index = buildTitleIndex(seed.measures.map((m) => ({ key: `${m.reportKey}|${m.number}`, reportKey: m.reportKey, number: m.number, title: m.title })));
const all = { reports: null, context: null };
const linked = (text: string, scope: Parameters<typeof findTitleRefs>[2] = all) => findTitleRefs(text, index, scope).links.map((l) => `${l.reportKey} ${l.number}`);
const suggested = (text: string, scope: Parameters<typeof findTitleRefs>[2] = all) => findTitleRefs(text, index, scope).suggestions.map((l) => `${l.reportKey} ${l.number}`);

describe('tokenize', () => {
  it('stems with the Snowball Swedish stemmer and drops stop words', () => {
    expect(tokenize('Samordna områdesplaneringen med de lokala utvecklingsprogrammen').map((x) => x.stem)).toEqual([
      'samordn',
      'områdesplanering',
      'lokal',
      'utvecklingsprogramm',
    ]);
    const [w] = tokenize('  mötesplatser');
    expect(w).toEqual({ text: 'mötesplatser', stem: 'mötesplats', start: 2, end: 14 });
  });

  it('matches inflections the stemmer leaves, compounds weakly, and long words with a typo', () => {
    expect(stemMatch('reaktionsförmåg', 'reaktionsförmågan')).toBe(0.9);
    expect(stemMatch('lots', 'lotsfunktion')).toBe(0.6);
    expect(stemMatch('facilator', 'facilitator')).toBe(0.8);
    expect(stemMatch('stad', 'skol')).toBe(0);
    // "utvecklingsprogrammen" stems to "utvecklingsprogramm": the doubled consonant is the same word
    expect(stemMatch('utvecklingsprogramm', 'utvecklingsprogram')).toBe(1);
    expect(stemMatch('programs', 'program')).toBe(0.9);
  });
});

describe('findTitleRefs', () => {
  it('links an exact quote, with its words and offsets, as method "title"', () => {
    const text = 'Förslaget att samordna områdesplaneringen med lokala utvecklingsprogram stödjs.';
    const [l] = findTitleRefs(text, index, all).links;
    expect(l).toMatchObject({ key: 'delad|6.2.1', method: 'title', words: ['samordna', 'områdesplaneringen', 'lokala', 'utvecklingsprogram'] });
    expect(text.slice(l.start, l.end)).toBe('samordna områdesplaneringen med lokala utvecklingsprogram');
  });

  it('links inflected forms and words in another order as "title-near" or "title"', () => {
    expect(linked('Stöd föreslås också till etablerande av medborgardrivna mötesplatser, främst i socioekonomiskt utsatta områden.')).toEqual(['samverkan 4.4.1']);
    expect(linked('Förvaltningen föreslår att områdesplaneringen samordnas med de lokala utvecklingsprogrammen.')).toEqual(['delad 6.2.1']);
    const [near] = findTitleRefs('I delrapporten görs stadsdelsnämnderna huvudansvariga för att inrätta lokala Community Centers.', index, all).links;
    expect(near).toMatchObject({ key: 'skola|6.5.3', method: 'title-near' });
  });

  it('links a partial quote of a long title', () => {
    expect(linked('De övriga förslagen är att etablera studiecirklar i områden med socioekonomiskt ogynnsamma förutsättningar.')).toEqual(['skola 6.5.2']);
  });

  it('finds two measures named side by side in one sentence', () => {
    expect(linked('Det ena förslaget är att ta fram stadsövergripande riktlinjer för hur staden fördelar bidrag och det andra att digitalisera ansökningsprocessen för föreningsbidrag och skapa ”en väg in”.')).toEqual([
      'samverkan 4.2.1',
      'samverkan 4.2.2',
    ]);
  });

  it('tolerates a misspelt rare word ("facilatorer")', () => {
    expect(linked('Särskilda facilatorer skulle kunna utses för att underlätta och moderera där dialoger är svåra att få till stånd.')).toEqual(['samverkan 4.3.2']);
  });

  it('does not link a sentence that shares only common words with a title', () => {
    const text = 'Kommissionen vill främja en socialt hållbar utveckling i staden genom samverkan med civilsamhället.';
    expect(findTitleRefs(text, index, all)).toEqual({ links: [], suggestions: [] });
    // one rare word alone is no reference either
    expect(findTitleRefs('Det finns två Community-initiativ i stadsdelen.', index, all)).toEqual({ links: [], suggestions: [] });
  });

  it('keeps similar titles of different reports apart by the report the text is about', () => {
    const text = 'Nämnden vill stärka studie- och yrkesvägledningen.';
    // 1.4 "Stärk studie- och yrkesvägledningen" (kortutbildade) is quoted whole; the skola title only shares the words.
    expect(linked(text)).toEqual(['kortutbildade 1.4']);
    // Within En skola only, the shared words are not enough for a link to 6.3.2.
    expect(linked(text, { reports: ['skola'], context: 'skola' })).toEqual([]);
    // A match outside the report the text is about is left to a person.
    expect(linked(text, { reports: null, context: 'skola' })).toEqual([]);
    expect(suggested(text, { reports: null, context: 'skola' })).toEqual(['kortutbildade 1.4']);
  });

  it('makes a middling match a suggestion, not a link', () => {
    const text = 'Rapporten lyfter även fram ett behov av fler community centers i staden.';
    expect(linked(text)).toEqual([]);
    expect(suggested(text)).toEqual(['skola 6.5.3']);
  });
});

// A minimal appendix: the parser links a title wrapped over a page footer to its measure.
const REFERENCE: ReferenceData = {
  boards: [
    { name: 'Utbildningsnämnden', administration: 'Utbildningsförvaltningen', kind: 'central' },
    { name: 'Farsta stadsdelsnämnd', administration: 'Farsta stadsdelsförvaltning', kind: 'district' },
  ],
  groups: [],
  reports: [{ key: 'skola', title: 'En skola där alla ska lyckas', aliases: [] }],
};

describe('parseAppendix with title references', () => {
  it('links a title split by a page-number line, with the lines of the matched words', () => {
    const doc = [
      'Fackförvaltningar',
      '',
      'Utbildningsförvaltningen',
      '',
      'Rapport: En skola där alla ska lyckas',
      '',
      '6.5.3 Åtgärd: Etablera fler lokala Community Center',
      'Svar: Nämnden bidrar.',
      '',
      'Stadsdelsförvaltningar',
      '',
      'Farsta',
      '',
      'I delrapporten En skola där alla ska lyckas föreslås att stadsdelsnämnderna ska etablera fler',
      '',
      '    12 (44) ',
      '',
      'lokala Community Center. Förvaltningen planerar för det under 2017.',
      '',
    ].join('\n');
    const r = parseAppendix(doc, { cycleYear: 2016, reference: REFERENCE });
    const farsta = r.sections.find((s) => s.board === 'Farsta stadsdelsnämnd')!;
    expect(farsta.statements.map((s) => s.measure)).toEqual([{ reportKey: 'skola', number: '6.5.3' }]);
    expect(farsta.statements[0].link).toEqual({ method: 'title', lines: [14, 18], score: 1 });
    expect(farsta.statements[0].plannedYears).toEqual([2017]);
  });
});
