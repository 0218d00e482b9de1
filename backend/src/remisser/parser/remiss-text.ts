/** Text helpers of the remiss parser: lines and paragraphs with their line numbers, Swedish dates, lists of names. */

export interface Line {
  /** 1-based line number in the document. */
  no: number;
  text: string;
}

/** A run of non-empty lines joined with spaces, with where each line starts in the joined text. */
export interface Paragraph {
  text: string;
  starts: { offset: number; no: number }[];
}

export function toLines(text: string): Line[] {
  return text.replace(/\r\n?/g, '\n').split('\n').map((t, i) => ({ no: i + 1, text: t.replace(/\s+$/, '') }));
}

export function toParagraphs(lines: Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (const line of lines) {
    const t = line.text.trim();
    if (t === '') {
      current = null;
      continue;
    }
    if (!current) {
      current = { text: '', starts: [] };
      out.push(current);
    } else {
      // A word broken over lines with a hyphen ("data-\nadministrativa") is kept as written.
      current.text += current.text.endsWith('-') ? '' : ' ';
    }
    current.starts.push({ offset: current.text.length, no: line.no });
    current.text += t;
  }
  return out;
}

/** The document line at an offset of a paragraph's text. */
export function lineAt(p: Paragraph, offset: number): number {
  let no = p.starts[0].no;
  for (const s of p.starts) if (s.offset <= offset) no = s.no;
  return no;
}

/** The first match of `re` in any paragraph, with its line. */
export function findInParagraphs(paragraphs: Paragraph[], re: RegExp): { match: RegExpExecArray; line: number; paragraph: Paragraph } | null {
  for (const p of paragraphs) {
    const match = re.exec(p.text);
    if (match) return { match, line: lineAt(p, match.index), paragraph: p };
  }
  return null;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

const pad = (n: number) => String(n).padStart(2, '0');

/** A valid ISO date or null (no 2025-02-30). */
export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/**
 * "13 juni 2025", "den 1 april 2025", "2025-03-24" → ISO; "5 oktober" without a year takes
 * `fallbackYear` and says so (`yearGuessed`). Null when it is no date.
 */
export function parseSwedishDate(text: string, fallbackYear?: number): { date: string; yearGuessed: boolean } | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) {
    const date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? { date, yearGuessed: false } : null;
  }
  const m = /(\d{1,2})\s+([a-zåäö]+)(?:\s+(\d{4}))?/i.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[2].toLowerCase()) + 1;
  if (month === 0) return null;
  const year = m[3] ? Number(m[3]) : fallbackYear;
  if (year === undefined) return null;
  const date = isoDate(year, month, Number(m[1]));
  return date ? { date, yearGuessed: !m[3] } : null;
}

/** A Swedish date phrase: "13 juni 2025", "5 oktober", "2025-03-24". */
export const SWEDISH_DATE = `(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+(?:${MONTHS.join('|')})(?:\\s+\\d{4})?)`;

/**
 * Splits a written list of names: "a, b, c samt d", "… och de övriga stadsdelsnämnderna". A comma
 * or "och" right after a hyphen belongs to a compound name ("Hälsa-, vård- och omsorgsnämnden",
 * "Arbetsmarknads- och socialnämnden") and does not split.
 */
export function splitNameList(text: string): string[] {
  const parts = text.split(/(?<!-),\s*|\s+samt\s+|(?<!-)\s+och\s+/);
  return parts.map((p) => p.trim().replace(/[.;:]+$/, '').trim()).filter((p) => p !== '');
}

/** Case number (diarienummer): "KS 2025/216", "Dnr KS 2020/904", "STK-2024-1374". */
export const CASE_NUMBER = /\b([A-ZÅÄÖ]{2,6}(?:\s\d{4}\/\d{1,6}|-\d{4}-\d{1,6}))\b/;

/** Capitalises the first letter ("kommunstyrelsen" → "Kommunstyrelsen"). */
export const capitalise = (s: string): string => (s === '' ? s : s[0].toLocaleUpperCase('sv') + s.slice(1));
