import { normaliseForMatch } from './text.js';
import type { ReferenceData } from './types.js';

export interface ReportMention {
  reportKey: string;
  /** character offset in the normalised text */
  index: number;
}

const aliasCache = new WeakMap<ReferenceData, { key: string; alias: string }[]>();

function aliasesOf(reference: ReferenceData): { key: string; alias: string }[] {
  const cached = aliasCache.get(reference);
  if (cached) return cached;
  const out: { key: string; alias: string }[] = [];
  for (const r of reference.reports) {
    for (const a of [r.title, ...r.aliases]) {
      const alias = normaliseForMatch(a);
      if (alias) out.push({ key: r.key, alias });
    }
  }
  // Longest first, so "en stad i samverkan" wins over "stad i samverkan" at the same place.
  out.sort((a, b) => b.alias.length - a.alias.length);
  aliasCache.set(reference, out);
  return out;
}

/** Every place a text names a report by one of its titles or aliases, in order of appearance. */
export function findReportMentions(text: string, reference: ReferenceData): ReportMention[] {
  const norm = ` ${normaliseForMatch(text)} `;
  const found: ReportMention[] = [];
  const taken: [number, number][] = [];
  for (const { key, alias } of aliasesOf(reference)) {
    let from = 0;
    for (;;) {
      const i = norm.indexOf(` ${alias} `, from);
      if (i < 0) break;
      from = i + 1;
      const end = i + alias.length + 1;
      if (taken.some(([s, e]) => i < e && end > s)) continue;
      taken.push([i, end]);
      found.push({ reportKey: key, index: i });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const HEADING_PREFIX = /^(?:\d\.\s*)?(?:del)?rapport(?:en)?(?:\s*\d+)?\s*[:\-–]?\s*/i;

/**
 * A line that sets the report context: "Rapport: …", "Delrapport: …", "Delrapport - …",
 * "Delrapport 2: …", "Delrapporten ”…”", or a line that is only a (quoted) report title.
 * Returns the report key, or null when the line is not such a heading.
 */
export function detectReportHeading(line: string, reference: ReferenceData): string | null {
  const t = line.trim();
  if (!t || t.length > 160) return null;
  const prefixed = HEADING_PREFIX.test(t) && /^(?:\d\.\s*)?(?:del)?rapport/i.test(t);
  const rest = normaliseForMatch(t.replace(HEADING_PREFIX, '').replace(/^\d\.\s*/, ''));
  const mentions = findReportMentions(t, reference);
  const keys = new Set(mentions.map((m) => m.reportKey));
  if (keys.size !== 1) return null;
  const key = mentions[0].reportKey;
  const short = rest.split(' ').length <= 14;
  if (prefixed) return short ? key : null;
  // A bare title line: the line must start with the report's name (after a list number or quote).
  const r = reference.reports.find((x) => x.key === key)!;
  const starts = [r.title, ...r.aliases].map(normaliseForMatch).some((a) => rest.startsWith(a));
  return starts && short ? key : null;
}
