import { bestTitleScore, buildCatalogue, chooseTitle, measureKey, TITLE_MATCH, type Catalogue, type HeadingResolution } from './catalogue.js';
import { splitLabels, type Label } from './labels.js';
import { findInlineRefs } from './measure-refs.js';
import { findReportMentions } from './reports.js';
import { buildTitleIndex, findTitleRefs, type TitleIndex, type TitleMatch } from './title-refs.js';
import { buildNameIndex } from './names.js';
import { extractPlannedYears, type CycleYears } from './planned-years.js';
import { parseResponsibility } from './responsibility.js';
import { splitSections } from './sections.js';
import { bulletText, buildElements, contextAfter, isBullet, type Element, type Para } from './structure.js';
import { joinLinesWithOffsets, normaliseForMatch, normaliseLines, splitSentences } from './text.js';
import {
  AppendixParseError,
  type ParsedAppendix,
  type ParsedMeasure,
  type ParsedSection,
  type ParsedStatement,
  type ParsedSuggestion,
  type ParseWarning,
  type StatementLink,
  type ReferenceData,
  type StatementPart,
  type StatementPartKind,
} from './types.js';

export { AppendixParseError } from './types.js';
export type { ParsedAppendix, ParsedMeasure, ParsedResponsibility, ParsedSection, ParsedStatement, ParsedSuggestion, ParseWarning, ReferenceData, StatementLink } from './types.js';

const CYCLE_NAME = /Underlag för budget (\d{4}) med inriktning (\d{4})\s*[-–]\s*(\d{4})/;

/** The reporting cycle: named in the document ("Underlag för budget 2017 med inriktning 2018-2019"), or derived from the cycle year. */
export function detectCycle(text: string, cycleYear?: number): ParsedAppendix['cycle'] {
  const m = CYCLE_NAME.exec(text.replace(/\s+/g, ' '));
  if (m) {
    const budget = Number(m[1]);
    const end = Number(m[3]);
    const planningPeriod = [];
    for (let y = budget; y <= end; y++) planningPeriod.push(y);
    return { name: m[0], year: cycleYear ?? budget - 1, planningPeriod };
  }
  if (cycleYear === undefined) return { name: 'Underlag för budget', year: new Date().getFullYear(), planningPeriod: [] };
  const b = cycleYear + 1;
  return { name: `Underlag för budget ${b} med inriktning ${b + 1}-${b + 2}`, year: cycleYear, planningPeriod: [b, b + 1, b + 2] };
}

/**
 * Parses the compiled appendix (seed 004) into the measure catalogue and every board's statements.
 * Pure: no I/O. Throws AppendixParseError when the text is empty, not an appendix, or truncated;
 * everything doubtful but usable becomes a warning with its line.
 */
export function parseAppendix(text: string, options: { reference: ReferenceData; cycleYear?: number }): ParsedAppendix {
  const reference = options.reference;
  if (!text || !text.trim()) throw new AppendixParseError('The document is empty');
  const warnings: ParseWarning[] = [];
  const normalised = normaliseLines(text);
  const split = splitSections(normalised.lines, reference);
  warnings.push(...split.warnings);
  const cycle = detectCycle(text, options.cycleYear);
  if (!cycle.planningPeriod.length) {
    warnings.push({ line: 1, code: 'no-cycle', message: 'The document does not name its cycle ("Underlag för budget … med inriktning …") and no cycle year was given' });
  }

  const sectionElements = split.sections.map((s) => ({ board: s.board, elements: s.missing ? [] : buildElements(s.body, reference) }));
  const { catalogue, resolutions, recommendations } = buildCatalogue(sectionElements, reference, warnings);

  // Titles are compared against the catalogue as the whole document defines it.
  const titleIndex = buildTitleIndex(
    [...catalogue.values()].map((m) => ({ key: measureKey(m.reportKey, m.number), reportKey: m.reportKey, number: m.number, title: chooseTitle(m).title })),
  );
  const suggestions: ParsedSuggestion[] = [];
  const sections: ParsedSection[] = split.sections.map((s, i) => ({
    part: s.part,
    heading: s.heading,
    board: s.board,
    line: s.line,
    missing: s.missing,
    statements: s.missing
      ? []
      : buildStatements(s.board, sectionElements[i].elements, { catalogue, resolutions, reference, cycle, warnings, titleIndex, suggestions }),
  }));

  const measures = finishMeasures(catalogue, recommendations, reference, warnings);
  warnings.sort((a, b) => a.line - b.line);
  return {
    cycle,
    reports: reference.reports.map((r) => ({ key: r.key, title: r.title })),
    measures,
    sections,
    suggestions,
    warnings,
  };
}

interface Target {
  key: string | null;
  /** how the text was tied to the measure (null for the general statement) */
  link: StatementLink | null;
  /** where the statement on this measure starts (its heading, bullet or sentence) */
  line?: number;
}

interface Draft {
  measure: { reportKey: string; number: string } | null;
  parts: StatementPart[];
  link: StatementLink | null;
  line: number;
}

/** A number is the strongest evidence; a link found by number replaces one found by title. */
function strongerLink(a: StatementLink | null, b: StatementLink | null): StatementLink | null {
  if (!a) return b;
  if (!b) return a;
  return a.method !== 'number' && b.method === 'number' ? b : a;
}

const numberLink = (from: number, to = from): StatementLink => ({ method: 'number', lines: [from, to], score: 1 });
const linkedBy = (l: StatementLink | null): 'number' | 'title' | null => (l ? (l.method === 'number' ? 'number' : 'title') : null);

function partKind(label: Label | null): StatementPartKind | null {
  if (label === null) return 'text';
  if (label === 'kommentar' || label === 'svar' || label === 'hantering' || label === 'pagaende') return label;
  return null; // "Ansvarig:" and "Beskrivning:" belong to the catalogue
}

/** Resolves a measure number met in a statement against the finished catalogue (never creates a measure). */
export function resolveRef(
  number: string,
  context: string | null,
  catalogue: Catalogue,
  line: number,
  warnings: ParseWarning[],
  titleHint?: string,
): string | null {
  const candidates = [...catalogue.values()].filter((m) => m.number === number);
  if (titleHint && candidates.length) {
    const scored = candidates.map((m) => ({ m, s: bestTitleScore(titleHint, m).score })).sort((a, b) => b.s - a.s);
    if (scored[0].s >= TITLE_MATCH) return measureKey(scored[0].m.reportKey, number);
  }
  if (context) {
    const inContext = candidates.find((m) => m.reportKey === context);
    if (inContext) return measureKey(context, number);
  }
  if (candidates.length === 1) {
    if (context) {
      warnings.push({ line, code: 'report-context-mismatch', message: `Measure ${number} is not in report ${context}; linked to the only ${number}, in report ${candidates[0].reportKey}` });
    }
    return measureKey(candidates[0].reportKey, number);
  }
  if (!candidates.length) {
    warnings.push({ line, code: 'unknown-measure', message: `Measure ${number} is referred to but the document never describes it` });
  } else {
    warnings.push({ line, code: 'ambiguous-measure', message: `Measure ${number} exists in ${candidates.map((c) => c.reportKey).join(' and ')} and the text does not say which report` });
  }
  return null;
}

/** A bullet line that is a measure's title (Miljöförvaltningen's "• Styr forskningsnära samverkan …"). */
export function matchBulletTitle(
  text: string,
  context: string | null,
  catalogue: Catalogue,
  line: number,
  warnings: ParseWarning[],
): { key: string; score: number } | null {
  // Bullets are list items, mostly short; only a bullet of a title's length can be a title.
  if (text.split(/\s+/).length < 3) return null;
  const scored = [...catalogue.values()].map((m) => ({ m, s: bestTitleScore(text, m).score })).sort((a, b) => b.s - a.s);
  if (!scored.length || scored[0].s < 0.7) return null;
  const top = scored.filter((x) => x.s >= scored[0].s - 0.03);
  if (scored[0].s < TITLE_MATCH + 0.05) {
    warnings.push({ line, code: 'unresolved-title', message: `"${text.slice(0, 60)}" resembles the title of ${scored[0].m.reportKey} ${scored[0].m.number} but not closely enough to link it` });
    return null;
  }
  if (top.length > 1) {
    const inContext = context ? top.filter((x) => x.m.reportKey === context) : [];
    if (inContext.length === 1) return { key: measureKey(inContext[0].m.reportKey, inContext[0].m.number), score: round3(inContext[0].s) };
    warnings.push({
      line,
      code: 'ambiguous-title',
      message: `"${text.slice(0, 60)}" matches the titles of ${top.map((x) => `${x.m.reportKey} ${x.m.number}`).join(' and ')} equally well; not linked`,
    });
    return null;
  }
  return { key: measureKey(scored[0].m.reportKey, scored[0].m.number), score: round3(scored[0].s) };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

interface StatementContext {
  catalogue: Catalogue;
  resolutions: Map<Element, HeadingResolution>;
  reference: ReferenceData;
  cycle: CycleYears;
  warnings: ParseWarning[];
  titleIndex: TitleIndex;
  /** where the ambiguous title references of every section are collected */
  suggestions: ParsedSuggestion[];
}

function buildStatements(board: string, elements: Element[], ctx: StatementContext): ParsedStatement[] {
  const { catalogue, resolutions, reference, cycle, warnings, titleIndex } = ctx;
  const sectionSuggestions: ParsedSuggestion[] = [];
  // Title references are looked for within the reports the section names (all when it names none).
  const namedReports = sectionReports(elements, reference);
  const drafts = new Map<string, Draft>();
  const order: string[] = [];
  const append = (target: Target, kind: StatementPartKind, text: string, line: number) => {
    if (!text) return;
    const id = target.key ?? 'general';
    let d = drafts.get(id);
    if (!d) {
      const [reportKey, number] = target.key ? target.key.split('|') : [];
      d = { measure: target.key ? { reportKey, number } : null, parts: [], link: target.link, line: target.line ?? line };
      drafts.set(id, d);
      order.push(id);
    }
    d.link = strongerLink(d.link, target.link);
    const last = d.parts[d.parts.length - 1];
    if (last && last.kind === kind) last.text += (/[.!?:;”")]$/.test(last.text) ? ' ' : ' ') + text;
    else d.parts.push({ kind, text });
  };
  // Paragraph breaks inside one part are kept as blank lines.
  const appendPara = (targets: Target[], kind: StatementPartKind, text: string, line: number, newPara: boolean) => {
    for (const t of targets) {
      const id = t.key ?? 'general';
      const d = drafts.get(id);
      const last = d?.parts[d.parts.length - 1];
      if (newPara && last && last.kind === kind) {
        last.text += `\n\n${text}`;
        if (d) d.link = strongerLink(d.link, t.link);
      } else append(t, kind, text, line);
    }
  };

  type Run = { keys: Target[]; body: Para[]; line: number; numbers: string[] };
  // Headings and bullets that are measure titles (resolved once, so each warning is given once).
  const keysCache = new Map<Element, Target[] | null>();
  const headingKeys = (x: Element): Target[] | null => {
    if (keysCache.has(x)) return keysCache.get(x)!;
    let out: Target[] | null = null;
    if (x.kind === 'heading') {
      const r = resolutions.get(x);
      out = x.numbers.map((n, k) => {
        const key = r?.keys[k] ?? resolveRef(n, x.context, catalogue, x.line, warnings, x.numbers.length === 1 ? x.title : undefined);
        return { key, link: numberLink(x.line), line: x.line };
      });
    } else if (x.kind === 'para' && isBullet(x.para)) {
      // Bullets that are measure titles act as headings without a number.
      const m = matchBulletTitle(bulletText(x.para), x.context, catalogue, x.para.line, warnings);
      const last = x.para.lines[x.para.lines.length - 1]?.line ?? x.para.line;
      out = m ? [{ key: m.key, link: { method: 'title', lines: [x.para.line, last], score: m.score }, line: x.para.line }] : null;
    }
    keysCache.set(x, out);
    return out;
  };

  // Measures the section writes about under their own heading: a mention of their title in its
  // prose (an introduction summing up the report) is not a second statement on them.
  const headed = new Set(elements.flatMap((e) => headingKeys(e) ?? []).map((t) => t.key).filter((k): k is string => !!k));

  let context: string | null = null;
  let inRecommendation = false;
  let i = 0;
  while (i < elements.length) {
    const e = elements[i];
    if (e.kind === 'report') {
      context = e.reportKey;
      inRecommendation = false;
      i++;
      continue;
    }
    context = e.context ?? context;
    if (e.kind === 'recommendation') {
      inRecommendation = true;
      i++;
      continue;
    }
    const first = headingKeys(e);
    if (first) {
      // A run: headings with nothing under them share the text under the last one
      // ("4.3.1 / 4.3.2 …", Östermalm's list of eight headings followed by one "Kommentar:").
      const run: Run = { keys: [], body: [], line: e.kind === 'heading' ? e.line : (e as { para: Para }).para.line, numbers: [] };
      let j = i;
      for (;;) {
        const cur = elements[j];
        run.keys.push(...headingKeys(cur)!);
        if (cur.kind === 'heading') run.numbers.push(...cur.numbers);
        const body: Para[] = [];
        if (cur.kind === 'heading') {
          const spill = resolutions.get(cur)?.spill;
          if (spill) body.push({ lines: [], text: spill, line: cur.line });
          if (cur.lead) body.push(cur.lead);
        }
        let k = j + 1;
        while (k < elements.length && elements[k].kind === 'para' && !headingKeys(elements[k])) {
          body.push((elements[k] as Extract<Element, { kind: 'para' }>).para);
          k++;
        }
        if (!body.length && k < elements.length && headingKeys(elements[k])) {
          j = k;
          continue;
        }
        run.body = body;
        i = k;
        break;
      }
      emitRun(run);
      inRecommendation = false;
      continue;
    }
    const p = (e as Extract<Element, { kind: 'para' }>).para;
    if (!inRecommendation) context = emitProse(p, context);
    // else: the description of a recommendation heading, quoted from the report, is not the board's text.
    i++;
  }

  function emitRun(run: Run) {
    const chunks = run.body.flatMap((p) => splitLabels(p.text).map((c, n) => ({ ...c, line: p.line, newPara: n === 0 })));
    const labelled = chunks.some((c) => c.label);
    let label: Label | null = null;
    const targets = uniqueTargets(run.keys);
    for (const t of targets) {
      const d = t.key ? drafts.get(t.key) : undefined;
      if (d) d.link = strongerLink(d.link, t.link);
    }
    for (const c of chunks) {
      if (c.label) label = c.label;
      // Before any label, a labelled block quotes the measure's description; an unlabelled block is the board's own text.
      if (label === null && labelled) continue;
      const kind = partKind(label);
      if (!kind) continue;
      appendPara(targets, kind, c.text, c.line, c.newPara && !c.label);
    }
    // A heading with no text under it still names the measure: an (empty) statement on it.
    for (const t of targets) {
      if (!drafts.has(t.key ?? 'general')) {
        const [reportKey, number] = t.key ? t.key.split('|') : [];
        drafts.set(t.key ?? 'general', { measure: t.key ? { reportKey, number } : null, parts: [], link: t.link, line: t.line ?? run.line });
        order.push(t.key ?? 'general');
      }
    }
    // Another measure's number in the text under a heading (Kulturförvaltningen's "numrering 6.5.3"
    // under 4.4.2): the text from that sentence on is also the board's statement on that measure.
    const own = new Set(run.keys.map((k) => k.key?.split('|')[1]));
    const runContext = run.keys.map((k) => k.key?.split('|')[0]).find((k) => !!k) ?? null;
    label = null;
    for (const c of chunks) {
      if (c.label) label = c.label;
      if (label === null && labelled) continue;
      const kind = partKind(label);
      if (!kind) continue;
      const para = run.body.find((p) => p.line === c.line);
      let cited: Target[] = [];
      for (const sentence of splitSentences(c.text)) {
        const refs = findInlineRefs(sentence).filter((r) => !own.has(r.number));
        if (refs.length) {
          const lines = para ? sentenceLines(para, sentence) : ([c.line, c.line] as [number, number]);
          cited = refs
            .map((r) => resolveRef(r.number, runContext, catalogue, lines[0], warnings, r.quotedTitle))
            .filter((k): k is string => !!k && !run.keys.some((t) => t.key === k))
            .map((key) => ({ key, link: numberLink(lines[0], lines[1]), line: lines[0] }));
          for (const r of refs) {
            warnings.push({ line: lines[0], code: 'cross-reference', message: `The text under ${run.numbers.join(' / ') || 'a title'} also names measure ${r.number}; linked to both` });
          }
        }
        for (const t of uniqueTargets(cited)) append(t, kind, sentence, t.line ?? c.line);
      }
    }
  }

  function emitProse(p: Para, ctxIn: string | null): string | null {
    let ctx = ctxIn;
    let targets: Target[] = [{ key: null, link: null }];
    let first = true;
    // A paragraph that names one report is about that report throughout, even before it names it.
    const paraReports = new Set(findReportMentions(p.text, reference).map((m) => m.reportKey));
    const paraContext = paraReports.size === 1 ? [...paraReports][0] : null;
    for (const c of splitLabels(p.text)) {
      const kind = partKind(c.label) ?? 'text';
      let prev: { sentence: string; found: Set<string> } | null = null;
      for (const sentence of splitSentences(c.text)) {
        ctx = contextAfter(sentence, ctx, reference);
        const lines = sentenceLines(p, sentence);
        const refs = findInlineRefs(sentence);
        const keys = refs
          .map((r) => resolveRef(r.number, ctx, catalogue, lineOf(p, r.number), warnings, r.quotedTitle))
          .filter((k): k is string => !!k);
        const numbered: Target[] = keys.map((key) => ({ key, link: numberLink(lines[0], lines[1]), line: lines[0] }));
        const titled = findTitleRefs(sentence, titleIndex, { reports: namedReports, context: paraContext ?? ctx });
        // A title the sentence also cites by number is the number's; the number is the evidence.
        const byTitle: Target[] = titled.links
          .filter((m) => !keys.includes(m.key) && !headed.has(m.key))
          .map((m) => ({ key: m.key, link: titleLink(p, sentence, m), line: titleLink(p, sentence, m).lines[0] }));
        for (const m of titled.suggestions) {
          if (keys.includes(m.key) || headed.has(m.key)) continue;
          sectionSuggestions.push({ board, measure: splitKey(m.key), passage: sentence, lines: titleLink(p, sentence, m).lines, score: m.score, words: m.words });
        }
        const found = new Set([...keys, ...titled.links.map((m) => m.key), ...titled.suggestions.map((m) => m.key)]);
        if (prev) {
          // A paraphrase spread over two sentences ("… fördelning av stadens bidrag till … civilsamhälle.
          // Det ena förslaget är att ta fram stadsövergripande riktlinjer …") is at most a suggestion:
          // neither sentence alone names the measure, so a person decides.
          const pair = pairText(p, prev.sentence, sentence);
          const split = pair.length - sentence.length;
          const spread = findTitleRefs(pair, titleIndex, { reports: namedReports, context: paraContext ?? ctx });
          for (const m of [...spread.links, ...spread.suggestions]) {
            if (found.has(m.key) || prev.found.has(m.key) || headed.has(m.key) || m.start >= split || m.end <= split) continue;
            sectionSuggestions.push({ board, measure: splitKey(m.key), passage: pair, lines: titleLink(p, pair, m).lines, score: m.score, words: m.words });
            found.add(m.key);
          }
        }
        prev = { sentence, found };
        if (numbered.length || byTitle.length) targets = uniqueTargets([...numbered, ...byTitle]);
        appendPara(targets, kind, sentence, p.line, first);
        first = false;
      }
    }
    return ctx;
  }

  // A suggestion for a measure the board already has a statement on adds nothing; of several
  // passages suggesting one measure, each is kept (a person may find the second one the real one).
  const seen = new Set<string>();
  for (const sg of sectionSuggestions) {
    const key = measureKey(sg.measure.reportKey, sg.measure.number);
    const id = `${key} ${sg.lines[0]}`;
    if (drafts.has(key) || seen.has(id)) continue;
    seen.add(id);
    ctx.suggestions.push({ ...sg, plannedYears: extractPlannedYears(sg.passage, cycle) });
  }

  return order
    .map((id) => drafts.get(id)!)
    .map((d): ParsedStatement => {
      const own = d.parts.filter((p) => p.kind !== 'pagaende');
      const text = (own.length ? own : d.parts).map((p) => p.text).join('\n\n');
      return {
        board,
        measure: d.measure,
        text,
        parts: d.parts,
        plannedYears: extractPlannedYears(own.map((p) => p.text).join('\n'), cycle),
        linkedBy: d.measure ? linkedBy(d.link) : null,
        link: d.measure ? d.link : null,
        line: d.line,
      };
    })
    .filter((s) => s.text || s.measure);
}

const splitKey = (key: string) => {
  const [reportKey, number] = key.split('|');
  return { reportKey, number };
};

const joinedCache = new WeakMap<Para, { text: string; starts: number[] }>();

/** Input lines [first, last] of the text between two offsets of a paragraph's joined text. */
function offsetLines(p: Para, start: number, end: number): [number, number] {
  if (!p.lines.length) return [p.line, p.line];
  let joined = joinedCache.get(p);
  if (!joined) {
    joined = joinLinesWithOffsets(p.lines.map((l) => l.text));
    joinedCache.set(p, joined);
  }
  const { text, starts } = joined;
  if (text !== p.text) return [p.line, p.lines[p.lines.length - 1].line];
  const at = (offset: number) => {
    let line = p.lines[0].line;
    starts.forEach((s, i) => {
      if (s >= 0 && s <= offset) line = p.lines[i].line;
    });
    return line;
  };
  return [at(start), at(Math.max(start, end - 1))];
}

/** Input lines of one sentence of a paragraph. */
function sentenceLines(p: Para, sentence: string): [number, number] {
  const start = p.text.indexOf(sentence);
  return start < 0 ? [p.line, p.line] : offsetLines(p, start, start + sentence.length);
}

/** Two consecutive sentences of a paragraph as they stand in its text. */
function pairText(p: Para, first: string, second: string): string {
  const start = p.text.indexOf(first);
  const end = start < 0 ? -1 : p.text.indexOf(second, start + first.length);
  return start < 0 || end < 0 ? `${first} ${second}` : p.text.slice(start, end + second.length);
}

/** The evidence of a title match: the lines of the matched words. */
function titleLink(p: Para, sentence: string, m: TitleMatch): StatementLink {
  const base = Math.max(0, p.text.indexOf(sentence));
  return { method: m.method, lines: offsetLines(p, base + m.start, base + m.end), score: m.score };
}

/** The reports a section names (report headings and reports named in its text); null when none. */
function sectionReports(elements: Element[], reference: ReferenceData): string[] | null {
  const keys = new Set<string>();
  for (const e of elements) {
    if (e.kind === 'report') keys.add(e.reportKey);
    if ('context' in e && e.context) keys.add(e.context);
    if (e.kind === 'para') for (const m of findReportMentions(e.para.text, reference)) keys.add(m.reportKey);
  }
  return keys.size ? [...keys] : null;
}

/** The input line of a paragraph on which a measure number stands (for warnings). */
function lineOf(p: Para, needle: string): number {
  return p.lines.find((l) => l.text.includes(needle))?.line ?? p.line;
}

function uniqueTargets(ts: Target[]): Target[] {
  const seen = new Set<string>();
  return ts.filter((t) => {
    const id = t.key ?? 'general';
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function finishMeasures(catalogue: Catalogue, recommendations: Map<string, string>, reference: ReferenceData, warnings: ParseWarning[]): ParsedMeasure[] {
  const index = buildNameIndex(reference);
  const order = new Map(reference.reports.map((r, i) => [r.key, i]));
  const cmp = (a: string, b: string) => {
    const x = a.split('.').map(Number);
    const y = b.split('.').map(Number);
    for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? -1) !== (y[i] ?? -1)) return (x[i] ?? -1) - (y[i] ?? -1);
    return 0;
  };
  const longest = (xs: string[]) => (xs.length ? xs.reduce((a, b) => (b.length > a.length ? b : a)) : null);
  return [...catalogue.values()]
    .sort((a, b) => (order.get(a.reportKey) ?? 99) - (order.get(b.reportKey) ?? 99) || cmp(a.number, b.number))
    .map((m): ParsedMeasure => {
      const { title, variants } = chooseTitle(m);
      if (variants.length > 1) {
        warnings.push({ line: m.line, code: 'title-variant', message: `${m.reportKey} ${m.number} is written in ${variants.length} ways: ${variants.join(' | ')}; using "${title}"` });
      }
      if (!title) warnings.push({ line: m.line, code: 'no-title', message: `${m.reportKey} ${m.number} is referred to but never given a title` });
      const respVariants = [...new Set(m.responsibilityTexts.map((r) => normaliseForMatch(r.text)))];
      if (respVariants.length > 1) {
        warnings.push({ line: m.responsibilityTexts[1].line, code: 'responsibility-variant', message: `${m.reportKey} ${m.number} has differing "Ansvarig:" texts; using the first` });
      }
      const resp = m.responsibilityTexts[0] ?? null;
      const parsed = resp ? parseResponsibility(resp.text, reference, resp.line, index) : { responsibilities: [], warnings: [] };
      warnings.push(...parsed.warnings);
      const recNumber = m.number.split('.').slice(0, -1).join('.');
      return {
        reportKey: m.reportKey,
        number: m.number,
        title,
        description: longest(m.descriptions),
        ongoingWork: longest(m.ongoing),
        responsibilityText: resp?.text ?? null,
        recommendation: recNumber ? { number: recNumber, title: recommendations.get(measureKey(m.reportKey, recNumber)) ?? null } : null,
        responsibilities: parsed.responsibilities,
        line: m.line,
      };
    });
}
