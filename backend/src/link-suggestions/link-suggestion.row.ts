import type { VersionedTable } from '../database/versioned-update.js';
import type { SuggestionState } from './dto/link-suggestion.dto.js';

/** A `link_suggestion` row as the versioned write reads it. */
export interface LinkSuggestionRow {
  id: number;
  cycle_id: number;
  board_id: number;
  measure_id: number;
  passage: string;
  line_from: number;
  line_to: number;
  score: number;
  planned_years: number[];
  state: SuggestionState;
  statement_id: number | null;
  version: number;
  /** The cycle's organisation. */
  organisation_id: number;
}

export const LINK_SUGGESTION_TABLE: VersionedTable<LinkSuggestionRow> = {
  name: 'link_suggestion',
  label: 'Link suggestion',
  columns: `t.id, t.cycle_id, t.board_id, t.measure_id, t.passage, t.line_from, t.line_to, t.score, t.planned_years, t.state, t.statement_id, t.version,
    (SELECT c.organisation_id FROM reporting_cycle c WHERE c.id = t.cycle_id) AS organisation_id`,
  entityType: 'link_suggestion',
  organisationOf: (r) => r.organisation_id,
  // The decision is what changes; the passage itself is the import's and never edited.
  snapshot: (r) => ({ id: r.id, state: r.state, statementId: r.statement_id, version: r.version }),
};
