import { normaliseForMatch, similarity } from './text.js';

const NUM = String.raw`\d{1,2}(?:\.\d{1,2}){1,2}`;
const HEADING = new RegExp(String.raw`^((?:${NUM})(?:\s*\/\s*${NUM})*)\.?\s+(Åtgärd\s*:\s*)?(.*)$`);
const RECOMMENDATION_1 = /^(\d{1,2})\.\s+([A-ZÅÄÖ].*)$/;

export interface MeasureHeading {
  numbers: string[];
  /** written "N Åtgärd: title" */
  marked: boolean;
  /** the text after the number (and "Åtgärd:") on the heading line */
  rest: string;
}

/**
 * A line that opens a measure: "4.1.1 Åtgärd: …", "1.1 Åtgärd: …", "6.1.3 Satsa på …" (three-level,
 * unmarked), or two measures under one heading "4.3.1 / 4.3.2 …". Two-level numbers without
 * "Åtgärd:" are recommendation headings, not measures (see parseRecommendationHeading).
 */
export function parseMeasureHeading(line: string): MeasureHeading | null {
  const m = HEADING.exec(line.trim());
  if (!m) return null;
  const numbers = m[1].split('/').map((n) => n.trim());
  const marked = !!m[2];
  const rest = m[3].trim();
  if (!/^[A-ZÅÄÖ”"“]/.test(rest)) return null;
  if (!marked && numbers.some((n) => n.split('.').length < 3)) return null;
  return { numbers, marked, rest };
}

/** "6.2 Minska skolsegregationen" (two-level) or, in a two-level report, "1. Få fler kortutbildade att välja studier". */
export function parseRecommendationHeading(line: string, singleLevel: boolean): { number: string; title: string } | null {
  const t = line.trim();
  const two = /^(\d{1,2}\.\d{1,2})\s+([A-ZÅÄÖ].*)$/.exec(t);
  if (two && !/^Åtgärd\b/.test(two[2])) return { number: two[1], title: two[2].replace(/\s*\.$/, '') };
  if (singleLevel) {
    const one = RECOMMENDATION_1.exec(t);
    if (one) return { number: one[1], title: one[2].replace(/\s*\.$/, '') };
  }
  return null;
}

export interface InlineRef {
  number: string;
  /** a quoted title right after the number: 6.3.1 ”Utveckla modell …” */
  quotedTitle?: string;
  index: number;
}

/**
 * Measure numbers inside running text: "(6.2.1)", "(4.1.2.)", "åtgärd 4.1.1", "Åtgärd 4.2.2",
 * "(4.2.1 - 4.2.2)", "6.1.1 ”title”". Three-level numbers count anywhere; two-level ones only after
 * "åtgärd" (so "Kapitel 4.6" and "Dialog 2.0" are not measures).
 */
export function findInlineRefs(text: string): InlineRef[] {
  const out: InlineRef[] = [];
  const three = /(?<![\d.])(\d{1,2}\.\d{1,2}\.\d{1,2})(?![\d])(?:\.?\s*[”"“]([^”"“]{5,200})[”"])?/g;
  let m: RegExpExecArray | null;
  while ((m = three.exec(text))) out.push({ number: m[1], quotedTitle: m[2]?.trim(), index: m.index });
  const two = /(?<!\p{L})åtgärd(?:en|erna)?\s+(\d{1,2}\.\d{1,2})(?![.\d])/giu;
  while ((m = two.exec(text))) out.push({ number: m[1], index: m.index });
  return out.sort((a, b) => a.index - b.index);
}

/**
 * How well a piece of text names a title: whole-string similarity, or — for headings that run on
 * into text or stop early — similarity of the title with the text's first as many words.
 */
export function titleScore(text: string, title: string): { score: number; prefixWords: number | null; partial: boolean } {
  const whole = similarity(text, title, 0.6);
  const tw = normaliseForMatch(title).split(' ').filter(Boolean);
  const xw = normaliseForMatch(text).split(' ').filter(Boolean);
  let prefix = 0;
  let prefixWords: number | null = null;
  if (xw.length > tw.length && tw.length >= 3) {
    prefix = similarity(xw.slice(0, tw.length).join(' '), tw.join(' '), 0.6);
    prefixWords = tw.length;
  } else if (xw.length < tw.length && xw.length >= 4) {
    // A shortened title ("I samverkan med stadens centrala studieförbund, etablera studiecirklar").
    prefix = similarity(xw.join(' '), tw.slice(0, xw.length).join(' '), 0.6) - 0.05;
  }
  return prefix > whole ? { score: prefix, prefixWords, partial: true } : { score: whole, prefixWords: null, partial: false };
}

/** Cuts the first `words` words (as normalised) off the original text; returns [title, rest]. */
export function cutWords(text: string, words: number): [string, string] {
  const re = /[^\s–—/-]+/g;
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (normaliseForMatch(m[0])) count++;
    if (count === words) {
      const end = m.index + m[0].length;
      return [text.slice(0, end).trim(), text.slice(end).trim()];
    }
  }
  return [text.trim(), ''];
}
