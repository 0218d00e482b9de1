import sv from '@nlpjs/lang-sv';
import { levenshtein } from './text.js';

/**
 * Finds measures that running text names by their title — quoted, inflected, shortened, words in
 * another order — without their number. Words come from the ICU word segmenter (Intl.Segmenter,
 * Swedish), stems from the Snowball Swedish stemmer and stop words from nlp.js's Swedish list
 * (`@nlpjs/lang-sv`); no hand-written suffix rules. A passage is scored against every title in
 * scope by how much of the title's weight (IDF over all titles, so "civilsamhället" counts little
 * and "facilitatorer" much) it covers within one window of words.
 */

const stemmer = new sv.StemmerSv();
const stopwords = new sv.StopwordsSv();
const segmenter = new Intl.Segmenter('sv', { granularity: 'word' });

/** Confident: at least this share of the title's weight, and clearly ahead of any rival. */
export const LINK_SCORE = 0.72;
/** Below a link but still worth a person's look. */
export const SUGGEST_SCORE = 0.55;
/** A rival title within this much of the best makes the passage ambiguous. */
export const RIVAL_MARGIN = 0.15;
/** A passage with this share of all the title's words quotes it (method `title`); less paraphrases it (`title-near`). */
export const QUOTE_SCORE = 0.9;
const INFLECTION_MATCH = 0.9;
const COMPOUND_MATCH = 0.6;
const TYPO_MATCH = 0.8;
/** A long title is seldom quoted whole: coverage is measured against about this many words' weight. */
const QUOTED_WORDS = 6;
const MIN_PREFIX = 4;
const RARE_DF = 1;
/** Consecutive title words quoted as they stand that make a partial quote. */
const QUOTE_RUN = 4;

export interface Token {
  /** as written */
  text: string;
  stem: string;
  /** character offsets in the text */
  start: number;
  end: number;
}

const stemCache = new Map<string, string>();
function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemmer.stemWord(word) as string;
    stemCache.set(word, s);
  }
  return s;
}

/** The content words of a text (stop words and one-letter words left out), with their stems and offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const seg of segmenter.segment(text.normalize('NFC'))) {
    if (!seg.isWordLike) continue;
    const lower = seg.segment.toLowerCase();
    // An acronym ("SKA", "SVA") is a word of its own even when its letters spell a stop word.
    const acronym = seg.segment.length >= 2 && seg.segment === seg.segment.toUpperCase() && /\p{Lu}/u.test(seg.segment);
    if (lower.length < 2 || /^\d+$/.test(lower) || (stopwords.isStopword(lower) && !acronym)) continue;
    out.push({ text: seg.segment, stem: stem(lower), start: seg.index, end: seg.index + seg.segment.length });
  }
  return out;
}

/**
 * How well two stems match: equal → 1; one starts the other and is most of it (an inflection the
 * stemmer left, "reaktionsförmåg"/"reaktionsförmågan") → INFLECTION_MATCH; one only starts the
 * other (a compound, "lots"/"lotsfunktion") → COMPOUND_MATCH; a long word one or two letters off (a
 * typo, "facilatorer") → TYPO_MATCH.
 */
export function stemMatch(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // Swedish doubles a final consonant before an ending ("program" → "programmen"); the stemmer
  // leaves the double ("programm"), which is still the same word.
  if (short.length >= MIN_PREFIX && long.length === short.length + 1 && long.startsWith(short) && long.endsWith(short.slice(-1))) return 1;
  if (short.length >= MIN_PREFIX && long.startsWith(short)) return short.length >= 0.65 * long.length ? INFLECTION_MATCH : COMPOUND_MATCH;
  if (short.length >= 8 && long.length - short.length <= 2 && a.slice(0, 3) === b.slice(0, 3) && levenshtein(a, b) <= 2) return TYPO_MATCH;
  return 0;
}

export interface TitleEntry {
  /** `${reportKey}|${number}` */
  key: string;
  reportKey: string;
  number: string;
  title: string;
}

interface IndexedTitle extends TitleEntry {
  /** rare: a word at most RARE_DF titles use; a match needs one */
  terms: { stem: string; weight: number; rare: boolean }[];
  total: number;
  /** what a full match weighs: the total, less for long titles */
  norm: number;
}

export interface TitleIndex {
  titles: IndexedTitle[];
  /** every title word's stem, by its first two letters (every kind of match needs those equal) */
  vocabulary: Map<string, string[]>;
  /**
   * The first three letters of the words a match needs (the rare ones; all of a title without a
   * rare word): a passage with none of them cannot match, and is not segmented at all.
   */
  heads: Set<string>;
  /** per passage stem, the title stems it matches and how well (filled as passages are read) */
  rows: Map<string, Map<string, number>>;
}

/** The title stems a passage stem matches, computed once per stem for the whole document. */
function matchRow(index: TitleIndex, stem: string): Map<string, number> {
  let row = index.rows.get(stem);
  if (!row) {
    row = new Map();
    for (const v of index.vocabulary.get(stem.slice(0, 2)) ?? []) {
      const m = stemMatch(stem, v);
      if (m > 0) row.set(v, m);
    }
    index.rows.set(stem, row);
  }
  return row;
}

/** IDF over all titles of the document: a word that many titles share tells little about which one is meant. */
export function buildTitleIndex(entries: TitleEntry[]): TitleIndex {
  const stemsOf = entries.map((e) => [...new Set(tokenize(e.title).map((t) => t.stem))]);
  const df = new Map<string, number>();
  for (const stems of stemsOf) for (const s of stems) df.set(s, (df.get(s) ?? 0) + 1);
  const n = entries.length;
  const titles = entries.map((e, i) => {
    const terms = stemsOf[i].map((s) => ({ stem: s, weight: Math.log(1 + n / df.get(s)!), rare: df.get(s)! <= RARE_DF }));
    const total = terms.reduce((a, t) => a + t.weight, 0);
    return { ...e, terms, total, norm: total * Math.min(1, Math.sqrt(QUOTED_WORDS / Math.max(1, terms.length))) };
  });
  const vocabulary = new Map<string, string[]>();
  for (const v of df.keys()) vocabulary.set(v.slice(0, 2), [...(vocabulary.get(v.slice(0, 2)) ?? []), v]);
  const kept = titles.filter((t) => t.terms.length >= 2);
  const heads = new Set(kept.flatMap((t) => (t.terms.some((x) => x.rare) ? t.terms.filter((x) => x.rare) : t.terms).map((x) => x.stem.slice(0, 3))));
  return { titles: kept, vocabulary, heads, rows: new Map() };
}

export interface TitleMatch {
  key: string;
  reportKey: string;
  number: string;
  score: number;
  method: 'title' | 'title-near';
  /** offsets of the first and last matched word in the text */
  start: number;
  end: number;
  /** the matched words as written, for highlighting */
  words: string[];
}

/** How much of one title a passage covers: the best window of about the title's length. */
export function scoreTitle(
  tokens: Token[],
  title: IndexedTitle,
  match: (stem: string, term: string) => number = stemMatch,
): { score: number; covered: number; tokens: number[]; rare: boolean } | null {
  if (!tokens.length) return null;
  const window = Math.max(title.terms.length + 4, Math.ceil(title.terms.length * 1.8));
  // For every passage token, the best term it matches (each term counts once per window).
  const matches = tokens.map((tok) => {
    let best = { term: -1, value: 0 };
    title.terms.forEach((t, i) => {
      const v = match(tok.stem, t.stem);
      if (v > best.value) best = { term: i, value: v };
    });
    return best;
  });
  let bestScore = 0;
  let bestTokens: number[] = [];
  let bestTerms: number[] = [];
  for (let from = 0; from < tokens.length; from++) {
    if (matches[from].term < 0) continue;
    const got = new Map<number, { value: number; token: number }>();
    for (let j = from; j < Math.min(tokens.length, from + window); j++) {
      const m = matches[j];
      if (m.term < 0) continue;
      const v = m.value * title.terms[m.term].weight;
      if (v <= (got.get(m.term)?.value ?? 0)) continue;
      got.set(m.term, { value: v, token: j });
      const score = [...got.values()].reduce((a, x) => a + x.value, 0) / title.norm;
      if (score > bestScore + 1e-9) {
        bestScore = score;
        bestTokens = [...got.values()].map((x) => x.token).sort((a, b) => a - b);
        bestTerms = [...got.keys()];
      }
    }
  }
  if (bestScore === 0) return null;
  // A verbatim stretch of the title ("… etablera studiecirklar i områden med socioekonomiskt
  // ogynnsamma förutsättningar" of a longer title) is a partial quote: worth more than its share.
  const run = longestQuotedRun(tokens, title);
  if (run && run.tokens.length >= QUOTE_RUN && run.terms.some((t) => title.terms[t].rare)) {
    const weight = run.terms.reduce((a, t) => a + title.terms[t].weight, 0) / title.norm;
    const quoted = 0.6 + 0.4 * weight;
    if (quoted > bestScore) {
      bestScore = quoted;
      bestTokens = run.tokens;
      bestTerms = run.terms;
    }
  }
  // Rare words count only when matched exactly: "stads-" starting "stadsplanering" is not evidence.
  const rare = bestTerms.some((t) => title.terms[t].rare && bestTokens.some((k) => match(tokens[k].stem, title.terms[t].stem) >= TYPO_MATCH));
  const covered = bestTerms.reduce((a, t) => a + title.terms[t].weight, 0) / title.total;
  return { score: Math.min(1, bestScore), covered, tokens: bestTokens, rare };
}

/** The longest stretch of consecutive passage words equal (by stem) to consecutive title words. */
function longestQuotedRun(tokens: Token[], title: IndexedTitle): { tokens: number[]; terms: number[] } | null {
  let best: { tokens: number[]; terms: number[] } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    for (let j = 0; j < title.terms.length; j++) {
      let k = 0;
      while (i + k < tokens.length && j + k < title.terms.length && tokens[i + k].stem === title.terms[j + k].stem) k++;
      if (k > (best?.tokens.length ?? 0)) best = { tokens: [...Array(k).keys()].map((x) => i + x), terms: [...Array(k).keys()].map((x) => j + x) };
    }
  }
  return best;
}

export interface TitleScope {
  /** reports whose titles are candidates (null: all) */
  reports: string[] | null;
  /** the report the text is about, when known: a match elsewhere is at most a suggestion */
  context: string | null;
}

export interface TitleRefs {
  links: TitleMatch[];
  suggestions: TitleMatch[];
}

/**
 * The titles a passage refers to. Confident (score ≥ LINK_SCORE, at least two title words, no rival
 * within RIVAL_MARGIN for the same words, in the context's report) → link; a close rival, a middling
 * score or a report other than the context → suggestion; anything less → nothing. One passage may
 * name several measures when they match different words ("… ta fram stadsövergripande riktlinjer
 * och … digitalisera ansökningsprocessen …").
 */
export function findTitleRefs(text: string, index: TitleIndex, scope: TitleScope): TitleRefs {
  const words = text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  if (!words.some((w) => index.heads.has(w.slice(0, 3)))) return { links: [], suggestions: [] };
  let tokens = tokenize(text);
  const rows = tokens.map((tok) => matchRow(index, tok.stem));
  const matched = new Set(rows.flatMap((r) => [...r.keys()]));
  const match = (stem: string, term: string) => index.rows.get(stem)?.get(term) ?? 0;
  // Only titles two of whose words the passage has at all are worth scoring.
  const titles = index.titles.filter((t) => (!scope.reports || scope.reports.includes(t.reportKey)) && t.terms.filter((x) => matched.has(x.stem)).length >= 2);
  const links: TitleMatch[] = [];
  const suggestions: TitleMatch[] = [];
  // Greedy: the best title takes its words, then the rest of the passage is scored again, so two
  // measures named side by side are both found and one passage's words never serve two titles.
  for (;;) {
    const scored = titles
      .filter((t) => ![...links, ...suggestions].some((x) => x.key === t.key))
      .map((t) => ({ t, s: scoreTitle(tokens, t, match) }))
      // One shared word is never a reference, and neither are common words alone (unless they are the whole title).
      .filter(
        (x): x is { t: IndexedTitle; s: NonNullable<ReturnType<typeof scoreTitle>> } =>
          !!x.s && x.s.tokens.length >= 2 && (x.s.rare || x.s.covered >= QUOTE_SCORE) && x.s.score >= SUGGEST_SCORE,
      )
      .sort((a, b) => b.s.score - a.s.score);
    if (!scored.length) break;
    const [best, ...others] = scored;
    const taken = new Set(best.s.tokens);
    const rival = others.some((o) => best.s.score - o.s.score < RIVAL_MARGIN && o.s.tokens.some((k) => taken.has(k)));
    const words = best.s.tokens.map((k) => tokens[k]);
    const found: TitleMatch = {
      key: best.t.key,
      reportKey: best.t.reportKey,
      number: best.t.number,
      score: Math.round(best.s.score * 1000) / 1000,
      method: best.s.covered >= QUOTE_SCORE ? 'title' : 'title-near',
      start: words[0].start,
      end: words[words.length - 1].end,
      words: words.map((w) => w.text),
    };
    const inContext = !scope.context || best.t.reportKey === scope.context;
    if (best.s.score >= LINK_SCORE && !rival && inContext) links.push(found);
    else suggestions.push(found);
    tokens = tokens.filter((_, k) => !taken.has(k));
  }
  links.sort((a, b) => a.start - b.start);
  suggestions.sort((a, b) => a.start - b.start);
  return { links, suggestions };
}
