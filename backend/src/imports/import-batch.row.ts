import type { PlannedCatalogueRow } from './catalogue-plan.js';
import type { ImportBatchDto, ImportBatchState, ImportKind, ImportRowDto, ImportSummaryDto } from './dto/import.dto.js';
import type { PlannedRow } from './statement-plan.js';

/** An `import_batch` row (`IMPORT_BATCH_COLUMNS`), with its cycle's name and year. */
export interface ImportBatchRow {
  id: number;
  organisation_id: number;
  cycle_id: number;
  cycle_name: string;
  cycle_year: number;
  kind: ImportKind;
  created_by: number;
  file_name: string;
  file_sha256: string;
  state: ImportBatchState;
  /** PlannedRow for statements, PlannedCatalogueRow for the catalogue (by `kind`). */
  rows: (PlannedRow | PlannedCatalogueRow)[];
  summary: ImportSummaryDto;
  created_at: Date;
  expires_at: Date;
  applied_at: Date | null;
  expired: boolean;
}

export const SELECT_IMPORT_BATCH = `
  SELECT t.id, t.organisation_id, t.cycle_id, c.name AS cycle_name, c.year AS cycle_year, t.kind, t.created_by, t.file_name,
         t.file_sha256, t.state, t.rows, t.summary, t.created_at, t.expires_at, t.applied_at, (t.expires_at <= now()) AS expired
    FROM import_batch t JOIN reporting_cycle c ON c.id = t.cycle_id`;

export function summarise(rows: { outcome: PlannedRow['outcome'] }[]): ImportSummaryDto {
  const count = (o: PlannedRow['outcome']) => rows.filter((r) => r.outcome === o).length;
  return { rows: rows.length, create: count('create'), update: count('update'), unchanged: count('unchanged'), error: count('error') };
}

export function toImportBatchDto(r: ImportBatchRow): ImportBatchDto {
  return {
    id: r.id,
    cycle: { id: r.cycle_id, name: r.cycle_name, year: r.cycle_year },
    kind: r.kind,
    fileName: r.file_name,
    state: r.state,
    createdAt: new Date(r.created_at).toISOString(),
    expiresAt: new Date(r.expires_at).toISOString(),
    appliedAt: r.applied_at === null ? null : new Date(r.applied_at).toISOString(),
    summary: r.summary,
    rows: r.rows.map((p) => (r.kind === 'catalogue' ? catalogueRowDto(p as PlannedCatalogueRow) : statementRowDto(p as PlannedRow))),
  };
}

const statementRowDto = (p: PlannedRow): ImportRowDto => ({
  row: p.row,
  outcome: p.outcome,
  statementId: p.statementId,
  board: p.board,
  measure: p.measure,
  changes: p.changes,
  values: p.values,
  measureValues: null,
  errors: p.problems,
});

const catalogueRowDto = (p: PlannedCatalogueRow): ImportRowDto => ({
  row: p.row,
  outcome: p.outcome,
  statementId: null,
  board: null,
  measure: p.measure,
  changes: p.changes,
  values: null,
  measureValues: p.values,
  errors: p.problems,
});
