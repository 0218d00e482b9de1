import { rowProblem, type RowProblem } from './import-problems.js';
import { CATALOGUE_COLUMN as C, type ParsedCatalogueRow } from './catalogue-sheet.js';

export const CATALOGUE_FIELDS = ['title', 'description', 'ongoingWork', 'responsibilityText', 'lead', 'contributing'] as const;
export type CatalogueField = (typeof CATALOGUE_FIELDS)[number];

/** A measure of the cycle's commission with its responsible boards, as the catalogue holds it today. */
export interface ExistingMeasure {
  id: number;
  version: number;
  report: string;
  number: string;
  title: string;
  description: string | null;
  ongoingWork: string | null;
  responsibilityText: string | null;
  responsibilities: { boardId: number; role: 'lead' | 'contributing' }[];
}

export interface CatalogueReference {
  boards: { id: number; name: string; aliases: string[] }[];
  /** Report keys of the commission, each with its recommendation numbers. */
  reports: { key: string; recommendations: string[] }[];
  measures: ExistingMeasure[];
}

export interface MeasureValues {
  report: string;
  number: string;
  recommendation: string | null;
  title: string;
  description: string | null;
  ongoingWork: string | null;
  responsibilityText: string | null;
  lead: { id: number; name: string }[];
  contributing: { id: number; name: string }[];
}

export interface PlannedCatalogueRow {
  row: number;
  outcome: 'create' | 'update' | 'unchanged' | 'error';
  measure: { id: number | null; report: string; number: string } | null;
  version: number | null;
  values: MeasureValues | null;
  changes: CatalogueField[];
  problems: RowProblem[];
}

const norm = (s: string) => s.trim().toLowerCase();
const sameSet = (a: number[], b: number[]) => a.length === b.length && [...a].sort((x, y) => x - y).every((v, i) => v === [...b].sort((x, y) => x - y)[i]);
const blankToNull = (s: string | null) => (s === null || s.trim() === '' ? null : s);

/**
 * Decides each catalogue row like the statements' plan: by measure id (with its version), or by
 * report and number for a new measure; `unchanged` when title, texts and the lead and contributing
 * boards equal the catalogue's; every board named must exist, and in one role only.
 */
export function planCatalogueRows(rows: ParsedCatalogueRow[], ref: CatalogueReference): PlannedCatalogueRow[] {
  const boards = new Map<string, { id: number; name: string }>();
  for (const b of ref.boards) for (const n of [b.name, ...b.aliases]) boards.set(norm(n), { id: b.id, name: b.name });
  const reports = new Map(ref.reports.map((r) => [norm(r.key), r]));
  const byId = new Map(ref.measures.map((m) => [m.id, m]));
  const byKey = new Map(ref.measures.map((m) => [`${norm(m.report)}:${m.number}`, m]));
  const keys: (string | null)[] = [];

  const planned = rows.map((r, i): PlannedCatalogueRow => {
    const problems = [...r.problems];
    let existing: ExistingMeasure | undefined;
    let report: string | null = null;
    if (r.id !== null) {
      existing = byId.get(r.id);
      if (!existing) problems.push(rowProblem(C.id, 'unknown_measure_id', { id: r.id }));
      else {
        const given = `${r.report ?? ''} ${r.number ?? ''}`;
        if (norm(given) !== norm(`${existing.report} ${existing.number}`)) {
          problems.push(rowProblem(C.number, 'key_mismatch', { expected: `${existing.report} ${existing.number}` }));
        }
      }
    } else if (!r.problems.some((p) => p.column === C.id)) {
      if (r.report === null || r.number === null) problems.push(rowProblem(r.report === null ? C.report : C.number, 'missing_key'));
      else {
        const known = reports.get(norm(r.report));
        if (!known) problems.push(rowProblem(C.report, 'unknown_report', { report: r.report }));
        else {
          report = known.key;
          existing = byKey.get(`${norm(r.report)}:${r.number}`);
          if (!existing && r.recommendation !== null && !known.recommendations.includes(r.recommendation)) {
            problems.push(rowProblem(C.recommendation, 'unknown_recommendation', { report: known.key, number: r.recommendation }));
          }
        }
      }
    }
    const resolve = (list: string[], column: string) =>
      list.flatMap((name) => {
        const b = boards.get(norm(name));
        if (!b) problems.push(rowProblem(column, 'unknown_board', { name }));
        return b ? [b] : [];
      });
    const lead = resolve(r.lead, C.lead);
    const contributing = resolve(r.contributing, C.contributing);
    for (const b of lead.filter((l) => contributing.some((c) => c.id === l.id))) problems.push(rowProblem(C.contributing, 'board_in_both', { board: b.name }));
    if (r.title === null && !r.problems.some((p) => p.column === C.title)) problems.push(rowProblem(C.title, 'missing_title'));

    const values: MeasureValues = {
      report: existing?.report ?? report ?? r.report ?? '',
      number: existing?.number ?? r.number ?? '',
      recommendation: r.recommendation,
      title: r.title ?? '',
      description: blankToNull(r.description),
      ongoingWork: blankToNull(r.ongoingWork),
      responsibilityText: blankToNull(r.responsibilityText),
      lead,
      contributing,
    };
    const ids = (role: 'lead' | 'contributing') => existing!.responsibilities.filter((x) => x.role === role).map((x) => x.boardId);
    const changes: CatalogueField[] = existing
      ? [
          ...(values.title !== existing.title ? (['title'] as const) : []),
          ...(values.description !== blankToNull(existing.description) ? (['description'] as const) : []),
          ...(values.ongoingWork !== blankToNull(existing.ongoingWork) ? (['ongoingWork'] as const) : []),
          ...(values.responsibilityText !== blankToNull(existing.responsibilityText) ? (['responsibilityText'] as const) : []),
          ...(!sameSet(lead.map((b) => b.id), ids('lead')) ? (['lead'] as const) : []),
          ...(!sameSet(contributing.map((b) => b.id), ids('contributing')) ? (['contributing'] as const) : []),
        ]
      : [];
    const writes = !existing || changes.length > 0;
    if (existing && writes && r.id !== null && r.version === null && !r.problems.some((p) => p.column === C.version)) problems.push(rowProblem(C.version, 'missing_version'));
    if (existing && writes && r.version !== null && r.version !== existing.version) {
      problems.push(rowProblem(C.version, 'stale_version', { version: r.version, current: existing.version }));
    }
    keys[i] = existing ? `m${existing.id}` : report && r.number ? `k${norm(report)}:${r.number}` : null;
    const outcome = problems.length > 0 ? 'error' : !existing ? 'create' : changes.length === 0 ? 'unchanged' : 'update';
    return {
      row: r.row,
      outcome,
      measure: existing ? { id: existing.id, report: existing.report, number: existing.number } : report && r.number ? { id: null, report, number: r.number } : null,
      version: existing?.version ?? null,
      values: outcome === 'error' ? null : values,
      changes,
      problems,
    };
  });
  const seen = new Map<string, number>();
  planned.forEach((p, i) => {
    const key = keys[i];
    if (key === null) return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, p.row);
    else {
      p.problems.push(rowProblem(null, 'duplicate_row', { row: first, what: 'measure' }));
      p.outcome = 'error';
      p.values = null;
    }
  });
  return planned;
}
