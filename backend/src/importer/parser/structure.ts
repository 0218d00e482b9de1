import { findReportMentions, detectReportHeading } from './reports.js';
import { parseMeasureHeading, parseRecommendationHeading } from './measure-refs.js';
import { joinLines, splitSentences } from './text.js';
import type { ReferenceData, SourceLine } from './types.js';

export interface Para {
  lines: SourceLine[];
  text: string;
  line: number;
}

export type Element =
  | { kind: 'report'; reportKey: string; line: number; text: string }
  | { kind: 'recommendation'; number: string; title: string; line: number; context: string | null }
  | { kind: 'heading'; numbers: string[]; marked: boolean; title: string; line: number; context: string | null; lead: Para | null }
  | { kind: 'para'; para: Para; context: string | null };

const STRUCTURAL = /^Rekommendationer och åtgärder\b/i;
const BULLET = /^[•·▪◦]/;
const LABEL_START = /^(?:Ansvarig|Pågående arbete|Beskrivning|Kommentar|Svar|Hantering)\s*:/;

const startsLower = (s: string) => /^[a-zåäöé(]/.test(s);

/**
 * A sentence broken by a page footer (blanked by normaliseLines) or a stray blank line goes on
 * after it: the text before stops mid-sentence and the next text starts in lower case.
 */
function continuesAfterBlank(cur: SourceLine[], body: SourceLine[], i: number): boolean {
  if (!cur.length || /[.!?:;”")]$/.test(cur[cur.length - 1].text)) return false;
  const next = body.slice(i + 1).find((x) => x.text);
  return !!next && startsLower(next.text);
}

function makePara(lines: SourceLine[]): Para {
  return { lines, text: joinLines(lines.map((l) => l.text)), line: lines[0].line };
}

/**
 * Paragraphs of a section body: split at blank lines and also before a line that opens a measure,
 * a recommendation or a bullet (the PDF often drops the blank line at a page break).
 */
export function paragraphs(body: SourceLine[]): Para[] {
  const out: Para[] = [];
  let cur: SourceLine[] = [];
  const flush = () => {
    if (cur.length) out.push(makePara(cur));
    cur = [];
  };
  for (let i = 0; i < body.length; i++) {
    const l = body[i];
    if (!l.text) {
      if (!continuesAfterBlank(cur, body, i)) flush();
      continue;
    }
    if (cur.length && (parseMeasureHeading(l.text) || /^\d{1,2}\.\d{1,2}\s+[A-ZÅÄÖ]/.test(l.text) || BULLET.test(l.text) || LABEL_START.test(l.text))) flush();
    cur.push(l);
  }
  flush();
  return out;
}


/** Where a sentence leaves the report context: one report named → that report; several → unknown. */
export function contextAfter(text: string, context: string | null, reference: ReferenceData): string | null {
  let ctx = context;
  for (const s of splitSentences(text)) {
    const keys = new Set(findReportMentions(s, reference).map((m) => m.reportKey));
    if (keys.size === 1) ctx = [...keys][0];
    else if (keys.size > 1) ctx = null;
  }
  return ctx;
}

/**
 * Turns a section body into report headings, recommendation headings, measure headings (with their
 * title cut from the text that follows) and plain paragraphs, each tagged with the report context
 * in force ("Rapport: …" lines and reports named in running text set it).
 */
export function buildElements(body: SourceLine[], reference: ReferenceData): Element[] {
  const paras = paragraphs(body);
  const out: Element[] = [];
  let context: string | null = null;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    const first = p.lines[0].text;
    if (STRUCTURAL.test(p.text) && p.lines.length <= 2) continue;
    // Report headings stand on a line of their own.
    const report = p.lines.length === 1 ? detectReportHeading(first, reference) : null;
    if (report) {
      out.push({ kind: 'report', reportKey: report, line: p.line, text: first });
      context = report;
      continue;
    }
    const h = parseMeasureHeading(first);
    if (h) {
      // The title runs on over lines that start in lower case (even across a blank line) and stops at a sentence end.
      let n = 1;
      while (n < p.lines.length && startsLower(p.lines[n].text)) n++;
      const titleLines = [h.rest, ...p.lines.slice(1, n).map((l) => l.text)];
      if (n === p.lines.length && i + 1 < paras.length && startsLower(paras[i + 1].lines[0].text)) {
        titleLines.push(paras[i + 1].text);
        paras.splice(i + 1, 1);
      }
      const joined = joinLines(titleLines);
      const end = /[.!?][”")]*\s+(?=[A-ZÅÄÖ])/.exec(joined);
      const title = end ? joined.slice(0, end.index + 1).trim() : joined;
      const spill = end ? joined.slice(end.index + end[0].length).trim() : '';
      const restLines = p.lines.slice(n);
      const leadLines: SourceLine[] = [];
      if (spill) leadLines.push({ line: p.line, text: spill });
      leadLines.push(...restLines);
      out.push({
        kind: 'heading',
        numbers: h.numbers,
        marked: h.marked,
        title,
        line: p.line,
        context,
        lead: leadLines.length ? makePara(leadLines) : null,
      });
      continue;
    }
    const nextHeading = paras.slice(i + 1).find((q) => parseMeasureHeading(q.lines[0].text));
    const nextNumber = nextHeading ? parseMeasureHeading(nextHeading.lines[0].text)!.numbers[0] : '';
    const single = /^\d+$/.test(first.split('.')[0]) && nextNumber.split('.').length === 2 && nextNumber.startsWith(`${first.split('.')[0]}.`);
    const rec = parseRecommendationHeading(first, single);
    if (rec) {
      let n = 1;
      while (n < p.lines.length && startsLower(p.lines[n].text)) n++;
      const title = joinLines([rec.title, ...p.lines.slice(1, n).map((l) => l.text)]).replace(/\s*\.$/, '');
      out.push({ kind: 'recommendation', number: rec.number, title, line: p.line, context });
      if (n < p.lines.length) paras.splice(i + 1, 0, makePara(p.lines.slice(n)));
      continue;
    }
    out.push({ kind: 'para', para: p, context });
    context = contextAfter(p.text, context, reference);
  }
  return out;
}

export function isBullet(p: Para): boolean {
  return BULLET.test(p.text);
}

export function bulletText(p: Para): string {
  return p.text.replace(BULLET, '').trim();
}
