import type { SourceLine } from './types.js';

const PAGE_NUMBER = /^\s*\d{1,3}\s*\(\d{1,3}\)\s*$/;
const PAGE_NUMBER_HEAD = /^\s*\d{1,3}\s*$/;
const PAGE_NUMBER_TAIL = /^\s*\(\d{1,3}\)\s*$/;

export interface NormalisedText {
  /** One entry per input line (same order, same count), so indexes map back to line numbers. */
  lines: SourceLine[];
  /** 1-based numbers of the lines that were page-number footers and are now blank. */
  pageNumberLines: number[];
}

/**
 * Line normalisation: drops form feeds, non-breaking and trailing spaces, the PDF's leading
 * page-break space, and the page footers "    4 (44) " (also when split over two lines, "22" / "(44)").
 * Line count is preserved so every later step can report 1-based input lines.
 */
export function normaliseLines(text: string): NormalisedText {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cleaned = raw.map((l) => l.replace(/\f/g, '').replace(/[\u00A0\u2007\u202F]/g, ' ').trim());
  const pageNumberLines: number[] = [];
  for (let i = 0; i < cleaned.length; i++) {
    if (PAGE_NUMBER.test(cleaned[i])) {
      pageNumberLines.push(i + 1);
      cleaned[i] = '';
    } else if (PAGE_NUMBER_HEAD.test(cleaned[i]) && i + 1 < cleaned.length && PAGE_NUMBER_TAIL.test(cleaned[i + 1])) {
      pageNumberLines.push(i + 1, i + 2);
      cleaned[i] = '';
      cleaned[i + 1] = '';
    }
  }
  return { lines: cleaned.map((t, i) => ({ line: i + 1, text: t })), pageNumberLines };
}

const JOINING_WORD = /^(och|eller|samt|till)\b/;

/**
 * Joins wrapped lines into running text. Hyphens are never removed (Swedish writes compounds with
 * hyphens and the PDF gives no soft-hyphen marker); only the spacing around a line-final hyphen is
 * decided: "studie-" + "och" → "studie- och", "Enskede-Årsta-" + "Vantör" → "Enskede-Årsta-Vantör",
 * "och -" + "utveckling" → "och -utveckling".
 */
export function joinLines(lines: string[]): string {
  return joinLinesWithOffsets(lines).text;
}

/** joinLines, also telling where in the joined text each input line starts (-1 for a blank line). */
export function joinLinesWithOffsets(lines: string[]): { text: string; starts: number[] } {
  let out = '';
  const starts: number[] = [];
  for (const raw of lines) {
    const l = raw.trim().replace(/\s+/g, ' ');
    if (!l) {
      starts.push(-1);
      continue;
    }
    if (out) {
      if (/-$/.test(out)) {
        if (!/\s-$/.test(out) && JOINING_WORD.test(l)) out += ' ';
      } else {
        out += ' ';
      }
    }
    starts.push(out.length);
    out += l;
  }
  return { text: out, starts };
}

/** Lower case, dashes/quotes/punctuation to spaces, whitespace collapsed; for comparing names and titles. */
export function normaliseForMatch(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\-–—]/g, ' ')
    .replace(/[”“"'’‘«»•:;,.!?()[\]/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** 1 for equal normalised strings, towards 0 for different ones (edit distance over the longer length). */
export function similarity(a: string, b: string, floor = 0): number {
  const x = compact(a);
  const y = compact(b);
  if (!x.length && !y.length) return 1;
  const max = Math.max(x.length, y.length);
  // The length difference alone bounds the score; skip the edit distance when it cannot reach the floor.
  const bound = 1 - Math.abs(x.length - y.length) / max;
  if (bound < floor) return bound;
  return 1 - levenshtein(x, y) / max;
}

const compactCache = new Map<string, string>();
function compact(s: string): string {
  let c = compactCache.get(s);
  if (c === undefined) {
    c = normaliseForMatch(s).replace(/ /g, '');
    if (compactCache.size > 5000) compactCache.clear();
    compactCache.set(s, c);
  }
  return c;
}

/**
 * Splits running text into sentences: after . ! ? (optionally followed by a closing quote or
 * parenthesis) when the next word starts with an upper-case letter, a digit or a bullet.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  const re = /[.!?][”")]*\s+(?=[A-ZÅÄÖÉ0-9•])/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    const s = text.slice(start, end).trim();
    if (s) out.push(s);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
