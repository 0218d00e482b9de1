import { splitLabels } from './labels.js';
import { cutWords, findInlineRefs, titleScore } from './measure-refs.js';
import { contextAfter, type Element } from './structure.js';
import { normaliseForMatch, splitSentences } from './text.js';
import type { ParseWarning, ReferenceData } from './types.js';

export const TITLE_MATCH = 0.8;

export interface MeasureDraft {
  reportKey: string;
  number: string;
  titles: { text: string; weight: number; line: number }[];
  descriptions: string[];
  ongoing: string[];
  responsibilityTexts: { text: string; line: number }[];
  line: number;
}

export type Catalogue = Map<string, MeasureDraft>;
export const measureKey = (reportKey: string, number: string) => `${reportKey}|${number}`;

/** A section's elements, with its index, for resolving headings in document order. */
export interface SectionElements {
  board: string;
  elements: Element[];
}

/** What the catalogue step decided for a measure heading. */
export interface HeadingResolution {
  /** one entry per number of the heading; null when unresolved */
  keys: (string | null)[];
  /** the text after a title that ran on into the statement ("4.1.1 Etablera lotsar … Föreningssamordnare som …") */
  spill: string | null;
}

interface Definition {
  number: string;
  title: string | null;
  weight: number;
  context: string | null;
  line: number;
  heading: Extract<Element, { kind: 'heading' }> | null;
  fields: { description: string | null; ongoing: string | null; responsibility: string | null; responsibilityLine: number } | null;
}

/**
 * Builds the measure catalogue from every place the document quotes a measure: "N Åtgärd: title"
 * headings (with their "Beskrivning:", unlabelled description, "Pågående arbete:" and "Ansvarig:"),
 * unmarked numbered headings, and numbers followed by a quoted title in running text. Measures are
 * merged per (report, number). A definition without a report context is placed by its title, then by
 * its number (a number that only one report has, or a recommendation only one report has).
 */
export function buildCatalogue(
  sections: SectionElements[],
  reference: ReferenceData,
  warnings: ParseWarning[],
): { catalogue: Catalogue; resolutions: Map<Element, HeadingResolution>; recommendations: Map<string, string> } {
  const defs: Definition[] = [];
  const recommendations = new Map<string, string>();
  const resolutions = new Map<Element, HeadingResolution>();

  for (const s of sections) {
    const els = s.elements;
    for (let i = 0; i < els.length; i++) {
      const e = els[i];
      if (e.kind === 'recommendation' && e.context) {
        const k = measureKey(e.context, e.number);
        if (!recommendations.has(k)) recommendations.set(k, e.title);
      }
      if (e.kind === 'para') {
        let ctx = e.context;
        for (const sentence of splitSentences(e.para.text)) {
          ctx = contextAfter(sentence, ctx, reference);
          for (const r of findInlineRefs(sentence)) {
            if (r.quotedTitle) defs.push({ number: r.number, title: r.quotedTitle, weight: 1, context: ctx, line: e.para.line, heading: null, fields: null });
          }
        }
      }
      if (e.kind !== 'heading') continue;
      const body = runBody(els, i);
      const fields = e.numbers.length === 1 ? catalogueFields(e, body) : null;
      if (e.numbers.length === 1) {
        defs.push({ number: e.numbers[0], title: e.title, weight: e.marked ? 2 : 1, context: e.context, line: e.line, heading: e, fields });
      } else {
        resolutions.set(e, { keys: e.numbers.map(() => null), spill: null });
      }
    }
  }

  const catalogue: Catalogue = new Map();
  // Definitions whose report is known from the text around them go first; the others are placed
  // against those, repeatedly, so that a definition placed late can still place an earlier one.
  const firstRound = defs.filter((d) => d.context && (d.weight === 2 || !d.heading));
  let pending = defs.filter((d) => !firstRound.includes(d));
  const sectionOf = new Map<Definition, number>();
  sections.forEach((s, si) => {
    for (const d of defs) if (d.heading && s.elements.includes(d.heading)) sectionOf.set(d, si);
  });
  const placedInSection = new Map<number, string[]>();

  const add = (key: string, d: Definition, useTitle: boolean, title: string | null) => {
    const [reportKey, number] = key.split('|');
    let m = catalogue.get(key);
    if (!m) {
      m = { reportKey, number, titles: [], descriptions: [], ongoing: [], responsibilityTexts: [], line: d.line };
      catalogue.set(key, m);
    }
    if (useTitle && title) m.titles.push({ text: title, weight: d.weight, line: d.line });
    if (d.fields?.description) m.descriptions.push(d.fields.description);
    if (d.fields?.ongoing) m.ongoing.push(d.fields.ongoing);
    if (d.fields?.responsibility) m.responsibilityTexts.push({ text: d.fields.responsibility, line: d.fields.responsibilityLine });
  };

  const placed = (d: Definition, key: string) => {
    const si = sectionOf.get(d);
    if (si !== undefined) placedInSection.set(si, [...(placedInSection.get(si) ?? []), key.split('|')[0]]);
  };
  for (const d of firstRound) {
    const key = measureKey(d.context!, d.number);
    add(key, d, true, d.title);
    placed(d, key);
    if (d.heading) resolutions.set(d.heading, { keys: [key], spill: null });
  }
  const tryPlace = (d: Definition, final: boolean): boolean => {
    const candidates = [...catalogue.values()].filter((m) => m.number === d.number);
    let key: string | null = null;
    let title = d.title;
    let spill: string | null = null;
    let useTitle = true;
    if (d.title && candidates.length) {
      const scored = candidates
        .map((m) => ({ m, ...bestTitleScore(d.title!, m) }))
        .sort((a, b) => b.score - a.score);
      if (scored[0].score >= TITLE_MATCH && (scored.length === 1 || scored[1].score < scored[0].score - 0.05)) {
        key = measureKey(scored[0].m.reportKey, d.number);
        if (scored[0].prefixWords) [title, spill] = cutWords(d.title, scored[0].prefixWords);
        // A heading that only starts like the title (or stops early) is no evidence of how the title is spelt.
        if (scored[0].partial) useTitle = false;
        if (d.context && d.context !== scored[0].m.reportKey) {
          warnings.push({ line: d.line, code: 'report-context-mismatch', message: `${d.number} "${short(d.title)}" is placed by its title in report ${scored[0].m.reportKey}, although the text around it is about ${d.context}` });
        }
      }
    }
    if (!key) {
      const si = sectionOf.get(d);
      const ctx =
        d.context && fitsNumbering(d.number, d.context, catalogue)
          ? d.context
          : (inferReport(d.number, catalogue) ?? (final && si !== undefined ? majority(placedInSection.get(si) ?? []) : null));
      if (ctx) {
        key = measureKey(ctx, d.number);
        if (d.title && catalogue.has(key)) {
          warnings.push({ line: d.line, code: 'title-mismatch', message: `${d.number} "${short(d.title)}" does not match the title of ${d.number} in report ${ctx}; linked by number` });
          useTitle = false;
        }
      } else if (candidates.length === 1 && (final || !d.title)) {
        key = measureKey(candidates[0].reportKey, d.number);
        useTitle = false;
      } else if (!final) {
        return false;
      } else {
        warnings.push({
          line: d.line,
          code: candidates.length ? 'ambiguous-measure' : 'unresolved-report',
          message: `Cannot tell which report measure ${d.number}${d.title ? ` "${short(d.title)}"` : ''} belongs to`,
        });
      }
    }
    if (key) {
      add(key, d, useTitle, title);
      placed(d, key);
    }
    if (d.heading) resolutions.set(d.heading, { keys: [key], spill: spill || null });
    return true;
  };
  for (let progress = true; progress && pending.length; ) {
    const before = pending.length;
    pending = pending.filter((d) => !tryPlace(d, false));
    progress = pending.length < before;
  }
  for (const d of pending) tryPlace(d, true);
  return { catalogue, resolutions, recommendations };
}

function majority(keys: string[]): string | null {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return sorted.length && (sorted.length === 1 || sorted[0][1] > sorted[1][1]) ? sorted[0][0] : null;
}

function short(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

export function bestTitleScore(text: string, m: MeasureDraft): { score: number; prefixWords: number | null; partial: boolean } {
  let best = { score: 0, prefixWords: null as number | null, partial: false };
  for (const t of m.titles) {
    const s = titleScore(text, t.text);
    if (s.score > best.score) best = s;
  }
  return best;
}

/** A number fits a report when the report already uses numbers of that depth (or has none yet). */
function fitsNumbering(number: string, reportKey: string, catalogue: Catalogue): boolean {
  const depths = new Set([...catalogue.values()].filter((m) => m.reportKey === reportKey).map((m) => m.number.split('.').length));
  return !depths.size || depths.has(number.split('.').length);
}

/** The only report with a measure under the same recommendation (4.5.2 → 4.5), else in the same chapter. */
function inferReport(number: string, catalogue: Catalogue): string | null {
  const parts = number.split('.');
  for (const len of [parts.length - 1, 1]) {
    if (len < 1) continue;
    const prefix = `${parts.slice(0, len).join('.')}.`;
    const reports = new Set(
      [...catalogue.values()].filter((m) => m.number.split('.').length === parts.length && m.number.startsWith(prefix)).map((m) => m.reportKey),
    );
    if (reports.size === 1) return [...reports][0];
    if (reports.size > 1) return null;
  }
  return null;
}

/** The paragraphs that follow a heading up to the next heading, recommendation or report heading. */
export function runBody(els: Element[], i: number): Extract<Element, { kind: 'para' }>['para'][] {
  const e = els[i] as Extract<Element, { kind: 'heading' }>;
  const out = e.lead ? [e.lead] : [];
  for (let j = i + 1; j < els.length; j++) {
    const x = els[j];
    if (x.kind !== 'para') break;
    out.push(x.para);
  }
  return out;
}

function catalogueFields(e: Extract<Element, { kind: 'heading' }>, body: ReturnType<typeof runBody>): Definition['fields'] {
  const chunks = body.flatMap((p) => splitLabels(p.text).map((c) => ({ ...c, line: p.line })));
  const labelled = chunks.some((c) => c.label);
  if (!labelled) return null;
  let label: string | null = null;
  const get: Record<string, string[]> = { description: [], ongoing: [], responsibility: [] };
  let responsibilityLine = e.line;
  for (const c of chunks) {
    if (c.label) label = c.label;
    const target = label === null || label === 'beskrivning' ? 'description' : label === 'pagaende' ? 'ongoing' : label === 'ansvarig' ? 'responsibility' : null;
    if (label === 'ansvarig' && c.label) responsibilityLine = c.line;
    if (target && c.text) get[target].push(c.text);
  }
  const join = (xs: string[]) => (xs.length ? xs.join('\n\n') : null);
  return { description: join(get.description), ongoing: join(get.ongoing), responsibility: join(get.responsibility), responsibilityLine };
}

/** The title to show: the spelling most sources use ("Åtgärd:" headings count double), ties to the first. */
export function chooseTitle(m: MeasureDraft): { title: string; variants: string[] } {
  const groups = new Map<string, { text: string; weight: number; line: number }>();
  for (const t of m.titles) {
    const k = normaliseForMatch(t.text).replace(/ /g, '');
    const g = groups.get(k);
    if (g) g.weight += t.weight;
    else groups.set(k, { ...t });
  }
  const sorted = [...groups.values()].sort((a, b) => b.weight - a.weight || a.line - b.line);
  const clean = (s: string) => s.replace(/\s*[.]\s*$/, '').trim();
  return { title: sorted.length ? clean(sorted[0].text) : '', variants: sorted.map((g) => `${clean(g.text)} (line ${g.line})`) };
}
