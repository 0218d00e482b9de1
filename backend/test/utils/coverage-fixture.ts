import type { DataSource } from 'typeorm';
import { storeScopeFromCatalogue } from '../../src/cycles/cycle-scope.js';

/**
 * A small synthetic catalogue that exercises every coverage case:
 *  report r1: 1.1 (A lead, B contributing), 1.2 (A lead, the group "distrikten" = D1, D2 contributing)
 *  report r2: 1.1 (C lead, B contributing) — the same number as r1's 1.1, a different measure
 *  cycle "full" (participants A, B, D1, D2, X): A answers r1 1.1 and has a draft for r1 1.2,
 *    D1 answers r1 1.2 after the deadline (late),
 *    B writes only a general statement, D1 answers r1 1.2, D2, X (no measures) and C (responsible,
 *    not a participant) are silent.
 *  cycle "empty": same commission, no participants, no statements.
 *  cycle "nothing": another commission without reports.
 */
export interface CoverageFixture {
  boards: Record<'A' | 'B' | 'C' | 'D1' | 'D2' | 'X', number>;
  measures: Record<'r1_11' | 'r1_12' | 'r2_11', number>;
  cycles: Record<'full' | 'empty' | 'nothing', number>;
}

export async function insertCoverageFixture(ds: DataSource): Promise<CoverageFixture> {
  const one = async (sql: string, params: unknown[] = []): Promise<number> => (await ds.query(sql, params))[0].id;
  const org = await one(`INSERT INTO organisation (slug, name) VALUES ('testkommun', 'Testkommun') RETURNING id`);
  const board = (name: string, kind: string) =>
    one(`INSERT INTO board (organisation_id, name, administration, kind, slug) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
      org,
      name,
      `${name} förvaltning`,
      kind,
      name.toLowerCase(),
    ]);
  const boards = {
    A: await board('A', 'central'),
    B: await board('B', 'central'),
    C: await board('C', 'central'),
    D1: await board('D1', 'district'),
    D2: await board('D2', 'district'),
    X: await board('X', 'central'),
  };
  const group = await one(`INSERT INTO board_group (organisation_id, slug, name) VALUES ($1, 'distrikten', 'Distrikten') RETURNING id`, [org]);
  await ds.query(`INSERT INTO board_group_member (group_id, board_id) VALUES ($1, $2), ($1, $3)`, [group, boards.D1, boards.D2]);
  const commission = await one(`INSERT INTO commission (organisation_id, slug, name) VALUES ($1, 'k', 'Kommissionen') RETURNING id`, [org]);
  const other = await one(`INSERT INTO commission (organisation_id, slug, name) VALUES ($1, 'tom', 'Tom kommission') RETURNING id`, [org]);
  const r1 = await one(`INSERT INTO report (commission_id, key, title) VALUES ($1, 'r1', 'Rapport 1') RETURNING id`, [commission]);
  const r2 = await one(`INSERT INTO report (commission_id, key, title) VALUES ($1, 'r2', 'Rapport 2') RETURNING id`, [commission]);
  const measure = (report: number, number: string) =>
    one(`INSERT INTO measure (report_id, number, title) VALUES ($1, $2, $3) RETURNING id`, [report, number, `Åtgärd ${number}`]);
  const measures = { r1_11: await measure(r1, '1.1'), r1_12: await measure(r1, '1.2'), r2_11: await measure(r2, '1.1') };
  const resp = (m: number, b: number, role: string, via: number | null = null) =>
    ds.query(`INSERT INTO responsibility (measure_id, board_id, role, via_group_id) VALUES ($1, $2, $3, $4)`, [m, b, role, via]);
  await resp(measures.r1_11, boards.A, 'lead');
  await resp(measures.r1_11, boards.B, 'contributing');
  await resp(measures.r1_12, boards.A, 'lead');
  await resp(measures.r1_12, boards.D1, 'contributing', group);
  await resp(measures.r1_12, boards.D2, 'contributing', group);
  await resp(measures.r2_11, boards.C, 'lead');
  await resp(measures.r2_11, boards.B, 'contributing');
  const cycle = (name: string, c: number) =>
    one(`INSERT INTO reporting_cycle (organisation_id, commission_id, name, year, status) VALUES ($1, $2, $3, 2024, 'open') RETURNING id`, [org, c, name]);
  const cycles = { full: await cycle('Full', commission), empty: await cycle('Tom', commission), nothing: await cycle('Ingenting', other) };
  // Cycles written straight to the database get their scope the way the API gives it: from the catalogue.
  for (const id of Object.values(cycles)) await storeScopeFromCatalogue(ds.manager, id);
  for (const b of [boards.A, boards.B, boards.D1, boards.D2, boards.X]) {
    await ds.query(`INSERT INTO cycle_participant (cycle_id, board_id) VALUES ($1, $2)`, [cycles.full, b]);
  }
  const statement = (b: number, m: number | null, state: string, years: number[] = [], late = false) =>
    ds.query(`INSERT INTO statement (cycle_id, board_id, measure_id, text, planned_years, state, late) VALUES ($1, $2, $3, 'Text', $4, $5, $6)`, [
      cycles.full,
      b,
      m,
      years,
      state,
      late,
    ]);
  await statement(boards.A, measures.r1_11, 'submitted', [2024, 2025]);
  await statement(boards.A, measures.r1_12, 'draft', [2026]);
  await statement(boards.B, null, 'submitted', [2025]);
  await statement(boards.D1, measures.r1_12, 'submitted', [], true);
  return { boards, measures, cycles };
}
