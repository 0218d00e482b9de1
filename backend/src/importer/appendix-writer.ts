import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ImportReference } from './import-reference.js';
import type { ParsedAppendix, ParseWarning, StatementLink } from './parser/types.js';

export interface ImportCounts {
  /** rows this import created */
  created: number;
  /** rows the document names that were already there (a re-import) */
  existing: number;
}

export interface ImportSummary {
  cycle: { id: number; name: string; year: number; created: boolean };
  sections: { central: number; district: number; missing: number };
  recommendations: ImportCounts;
  measures: ImportCounts;
  responsibilities: ImportCounts;
  participants: ImportCounts;
  statements: ImportCounts;
  /** every statement tied to its measure by its title (not its number), with the evidence */
  titleLinks: ImportedLink[];
  /** the doubtful title references, stored for an admin to confirm or reject */
  suggestions: ImportCounts & { list: ImportedSuggestion[] };
  warnings: ParseWarning[];
}

export interface ImportedLink {
  board: string;
  measure: { reportKey: string; number: string };
  link: StatementLink;
}

export interface ImportedSuggestion {
  board: string;
  measure: { reportKey: string; number: string };
  lines: [number, number];
  score: number;
  passage: string;
  /** pending, or the decision an admin made on an earlier import */
  state: 'pending' | 'confirmed' | 'rejected';
}

/** The key a suggestion keeps across re-imports: its passage with case and spacing normalised. */
export function passageHash(passage: string): string {
  return createHash('sha256').update(passage.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim()).digest('hex');
}

export type ProgressListener = (done: number, total: number, label: string) => void;

/** Inserts rows, skipping those whose natural key exists; returns how many were new. */
async function insertNew(manager: EntityManager, sql: string, rows: unknown[], params: unknown[] = []): Promise<ImportCounts> {
  if (rows.length === 0) return { created: 0, existing: 0 };
  const inserted = await manager.query(sql, [JSON.stringify(rows), ...params]);
  return { created: inserted.length, existing: rows.length - inserted.length };
}

/**
 * Writes a parsed appendix in the caller's transaction. Every row is keyed by its natural key
 * (report key + measure number, measure × board, cycle name, cycle × board × measure) and
 * inserted only when missing, so importing the same document twice changes nothing.
 */
export async function writeAppendix(
  manager: EntityManager,
  parsed: ParsedAppendix,
  ref: ImportReference,
  onProgress: ProgressListener = () => undefined,
): Promise<ImportSummary> {
  const warnings = [...parsed.warnings];
  const total = parsed.sections.length + 5;
  let done = 0;
  const step = (label: string) => onProgress(++done, total, label);

  const boardId = (name: string): number => {
    const id = ref.boardIdByName.get(name);
    if (id === undefined) throw new Error(`The importer produced an unknown board "${name}"`);
    return id;
  };
  const reportId = (key: string): number => {
    const id = ref.reportIdByKey.get(key);
    if (id === undefined) throw new Error(`The importer produced an unknown report "${key}"`);
    return id;
  };
  step('referensdata');

  const recommendationRows = new Map<string, { report_id: number; number: string; title: string | null }>();
  for (const m of parsed.measures) {
    if (!m.recommendation) continue;
    const key = `${m.reportKey} ${m.recommendation.number}`;
    const known = recommendationRows.get(key);
    if (!known || (!known.title && m.recommendation.title)) {
      recommendationRows.set(key, { report_id: reportId(m.reportKey), number: m.recommendation.number, title: m.recommendation.title });
    }
  }
  const recommendations = await insertNew(
    manager,
    `INSERT INTO recommendation (report_id, number, title)
     SELECT r.report_id, r.number, r.title FROM jsonb_to_recordset($1::jsonb) AS r(report_id int, number text, title text)
     ON CONFLICT (report_id, number) DO NOTHING RETURNING id`,
    [...recommendationRows.values()],
  );

  const measures = await insertNew(
    manager,
    `INSERT INTO measure (report_id, recommendation_id, number, title, description, ongoing_work, responsibility_text)
     SELECT m.report_id, rec.id, m.number, m.title, m.description, m.ongoing_work, m.responsibility_text
       FROM jsonb_to_recordset($1::jsonb) AS m(report_id int, recommendation text, number text, title text,
                                                description text, ongoing_work text, responsibility_text text)
       LEFT JOIN recommendation rec ON rec.report_id = m.report_id AND rec.number = m.recommendation
     ON CONFLICT (report_id, number) DO NOTHING RETURNING id`,
    parsed.measures.map((m) => ({
      report_id: reportId(m.reportKey),
      recommendation: m.recommendation?.number ?? null,
      number: m.number,
      title: m.title,
      description: m.description,
      ongoing_work: m.ongoingWork,
      responsibility_text: m.responsibilityText,
    })),
  );
  const measureRows = await manager.query<{ id: number; report_id: number; number: string }[]>(
    `SELECT id, report_id, number FROM measure WHERE report_id = ANY($1::int[])`,
    [[...ref.reportIdByKey.values()]],
  );
  const measureIdByKey = new Map(measureRows.map((m) => [`${m.report_id} ${m.number}`, m.id]));
  const measureId = (reportKey: string, number: string) => measureIdByKey.get(`${reportId(reportKey)} ${number}`);
  step('åtgärder');

  // A board named twice for one measure keeps its strongest role: lead over contributing.
  const responsibilityRows = new Map<string, { measure_id: number; board_id: number; role: string; source_text: string; via_group_id: number | null }>();
  for (const m of parsed.measures) {
    const mid = measureId(m.reportKey, m.number)!;
    for (const r of m.responsibilities) {
      const key = `${mid} ${r.board}`;
      if (responsibilityRows.get(key)?.role === 'lead') continue;
      responsibilityRows.set(key, {
        measure_id: mid,
        board_id: boardId(r.board),
        role: r.role,
        source_text: r.sourceText,
        via_group_id: r.viaGroup ? (ref.groupIdBySlug.get(r.viaGroup) ?? null) : null,
      });
    }
  }
  const responsibilities = await insertNew(
    manager,
    `INSERT INTO responsibility (measure_id, board_id, role, source_text, via_group_id)
     SELECT r.measure_id, r.board_id, r.role, r.source_text, r.via_group_id
       FROM jsonb_to_recordset($1::jsonb) AS r(measure_id int, board_id int, role text, source_text text, via_group_id int)
     ON CONFLICT (measure_id, board_id) DO NOTHING RETURNING id`,
    [...responsibilityRows.values()],
  );
  step('ansvar');

  // A compiled appendix is the record of a finished cycle: it is imported closed.
  const created = await manager.query<{ id: number }[]>(
    `INSERT INTO reporting_cycle (organisation_id, commission_id, name, year, status)
     VALUES ($1, $2, $3, $4, 'closed') ON CONFLICT (organisation_id, name) DO NOTHING RETURNING id`,
    [ref.organisationId, ref.commissionId, parsed.cycle.name, parsed.cycle.year],
  );
  const [cycle] = await manager.query<{ id: number; year: number }[]>(
    `SELECT id, year FROM reporting_cycle WHERE organisation_id = $1 AND name = $2`,
    [ref.organisationId, parsed.cycle.name],
  );
  if (created.length > 0) {
    // The cycle's scope is what the document asked for: its measures and their responsibilities.
    await manager.query(
      `INSERT INTO cycle_scope_measure (cycle_id, measure_id) SELECT DISTINCT $1::int, unnest($2::int[])`,
      [cycle.id, [...new Set(parsed.measures.map((m) => measureId(m.reportKey, m.number)!))]],
    );
    await manager.query(
      `INSERT INTO cycle_scope_responsibility (cycle_id, measure_id, board_id, role)
       SELECT $2, r.measure_id, r.board_id, r.role FROM jsonb_to_recordset($1::jsonb) AS r(measure_id int, board_id int, role text)`,
      [JSON.stringify([...responsibilityRows.values()]), cycle.id],
    );
  }
  const participants = await insertNew(
    manager,
    `INSERT INTO cycle_participant (cycle_id, board_id)
     SELECT $2, p.board_id FROM jsonb_to_recordset($1::jsonb) AS p(board_id int)
     ON CONFLICT DO NOTHING RETURNING board_id`,
    [...new Set(parsed.sections.map((s) => boardId(s.board)))].map((board_id) => ({ board_id })),
    [cycle.id],
  );
  step('uppföljningsomgång');

  const statements: ImportCounts = { created: 0, existing: 0 };
  for (const section of parsed.sections) {
    const rows = [];
    for (const s of section.statements) {
      const mid = s.measure ? measureId(s.measure.reportKey, s.measure.number) : null;
      if (s.measure && mid === undefined) {
        warnings.push({ line: s.line, code: 'statement-without-measure', message: `${section.heading}: åtgärd ${s.measure.number} (${s.measure.reportKey}) finns inte; skrivningen sparades inte` });
        continue;
      }
      const link = s.measure ? s.link : null;
      rows.push({
        board_id: boardId(s.board),
        measure_id: mid,
        text: s.text,
        parts: s.parts,
        planned_years: s.plannedYears,
        source_line: s.line,
        link_method: link?.method ?? null,
        link_line_from: link?.lines[0] ?? null,
        link_line_to: link?.lines[1] ?? null,
        link_score: link?.score ?? null,
      });
    }
    const recordset = `jsonb_to_recordset($1::jsonb) AS s(board_id int, measure_id int, text text, parts jsonb, planned_years jsonb, source_line int,
                                                     link_method text, link_line_from int, link_line_to int, link_score real)`;
    const counts = await insertNew(
      manager,
      `INSERT INTO statement (cycle_id, board_id, measure_id, text, parts, planned_years, state, source_line, link_method, link_line_from, link_line_to, link_score)
       SELECT $2, s.board_id, s.measure_id, s.text, s.parts, ARRAY(SELECT jsonb_array_elements_text(s.planned_years)::int), 'submitted', s.source_line,
              s.link_method, s.link_line_from, s.link_line_to, s.link_score
         FROM ${recordset}
       ON CONFLICT DO NOTHING RETURNING id`,
      rows,
      [cycle.id],
    );
    // A statement imported before links carried evidence gets it now; its text is left alone.
    if (rows.length) {
      await manager.query(
        `UPDATE statement st
            SET link_method = s.link_method, link_line_from = s.link_line_from, link_line_to = s.link_line_to, link_score = s.link_score
           FROM ${recordset}
          WHERE st.cycle_id = $2 AND st.board_id = s.board_id AND st.measure_id = s.measure_id
            AND st.link_method IS NULL AND s.link_method IS NOT NULL AND st.source_line = s.source_line`,
        [JSON.stringify(rows), cycle.id],
      );
    }
    statements.created += counts.created;
    statements.existing += counts.existing;
    step(section.heading);
  }

  // Suggestions for a measure the board already has a statement on (say, one confirmed earlier)
  // are moot; a decision made on an earlier import is kept (the passage hash finds it again).
  const suggestionRows = parsed.suggestions.flatMap((sg) => {
    const mid = measureId(sg.measure.reportKey, sg.measure.number);
    if (mid === undefined) return [];
    return [
      {
        board_id: boardId(sg.board),
        measure_id: mid,
        passage: sg.passage,
        passage_hash: passageHash(sg.passage),
        line_from: sg.lines[0],
        line_to: sg.lines[1],
        score: sg.score,
        words: sg.words,
        planned_years: sg.plannedYears ?? [],
        source: sg,
      },
    ];
  });
  const suggestionCounts = await insertNew(
    manager,
    `INSERT INTO link_suggestion (cycle_id, board_id, measure_id, passage, passage_hash, line_from, line_to, score, words, planned_years)
     SELECT $2, g.board_id, g.measure_id, g.passage, g.passage_hash, g.line_from, g.line_to, g.score,
            ARRAY(SELECT jsonb_array_elements_text(g.words)), ARRAY(SELECT jsonb_array_elements_text(g.planned_years)::int)
       FROM jsonb_to_recordset($1::jsonb) AS g(n int, board_id int, measure_id int, passage text, passage_hash text, line_from int, line_to int,
                                               score real, words jsonb, planned_years jsonb)
      WHERE NOT EXISTS (SELECT 1 FROM statement st WHERE st.cycle_id = $2 AND st.board_id = g.board_id AND st.measure_id = g.measure_id)
      ORDER BY g.n
     ON CONFLICT (cycle_id, board_id, measure_id, passage_hash) DO NOTHING RETURNING id`,
    // n keeps the document's order in the ids (the review page lists by id).
    suggestionRows.map(({ source: _source, ...row }, n) => ({ n, ...row })),
    [cycle.id],
  );
  const states = await manager.query<{ passage_hash: string; board_id: number; measure_id: number; state: ImportedSuggestion['state'] }[]>(
    `SELECT passage_hash, board_id, measure_id, state FROM link_suggestion WHERE cycle_id = $1`,
    [cycle.id],
  );
  const stateOf = new Map(states.map((r) => [`${r.board_id} ${r.measure_id} ${r.passage_hash}`, r.state]));
  const list: ImportedSuggestion[] = suggestionRows.map(({ source, ...row }) => ({
    board: source.board,
    measure: source.measure,
    lines: source.lines,
    score: source.score,
    passage: source.passage,
    state: stateOf.get(`${row.board_id} ${row.measure_id} ${row.passage_hash}`) ?? 'pending',
  }));
  step('kopplingsförslag');

  const titleLinks: ImportedLink[] = parsed.sections.flatMap((sec) =>
    sec.statements.filter((st) => st.measure && st.link && st.link.method !== 'number').map((st) => ({ board: st.board, measure: st.measure!, link: st.link! })),
  );

  return {
    cycle: { id: cycle.id, name: parsed.cycle.name, year: cycle.year, created: created.length > 0 },
    sections: {
      central: parsed.sections.filter((s) => s.part === 'central').length,
      district: parsed.sections.filter((s) => s.part === 'district').length,
      missing: parsed.sections.filter((s) => s.missing).length,
    },
    recommendations,
    measures,
    responsibilities,
    participants,
    statements,
    titleLinks,
    suggestions: { ...suggestionCounts, list },
    warnings,
  };
}
