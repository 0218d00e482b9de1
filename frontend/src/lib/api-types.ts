/**
 * Mirror of the backend's JSON contract (docs/product.md and the API brief).
 * Keep in step with the backend DTOs; field names are the wire names.
 */

export type Role = 'lead' | 'contributing';
export type BoardKind = 'central' | 'district' | 'company' | 'executive';
export type CycleStatus = 'draft' | 'open' | 'closed';
export type GapKind = 'no-statement' | 'measure-not-addressed';

export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: Record<string, string>;
}

export interface Health {
  status: 'ok';
  database: 'embedded' | 'server';
}

export interface BoardRef {
  id: number;
  name: string;
}

export interface Board extends BoardRef {
  administration: string;
  kind: BoardKind;
}

export interface BoardMeasureRef {
  id: number;
  number: string;
  report: string;
  title: string;
}

export interface BoardDetail extends Board {
  responsibilities: { measure: BoardMeasureRef; role: Role }[];
}

export interface Report {
  id: number;
  key: string;
  title: string;
  area: string;
  measureCount: number;
}

export interface RecommendationRef {
  number: string;
  title: string;
}

export interface MeasureSummary {
  id: number;
  report: string;
  number: string;
  title: string;
  recommendation: RecommendationRef | null;
  responsibilities: { board: BoardRef; role: Role }[];
}

export interface MeasureDetail {
  id: number;
  report: { key: string; title: string };
  number: string;
  title: string;
  description: string;
  ongoingWork: string;
  responsibilityText: string;
  recommendation: RecommendationRef | null;
  responsibilities: {
    board: BoardRef & { administration: string };
    role: Role;
    sourceText: string;
  }[];
}

export interface CycleRef {
  id: number;
  name: string;
  year: number;
}

export interface Cycle extends CycleRef {
  /** ISO date or null */
  deadline: string | null;
  status: CycleStatus;
}

export interface MeasureCoverageRow {
  cycle: CycleRef;
  board: BoardRef;
  role: Role;
  delivered: boolean;
  statementId: number | null;
}

export interface Counts {
  expected: number;
  delivered: number;
  missing: number;
}

export interface CycleCoverage {
  cycle: Cycle;
  totals: Counts & { rate: number; lead: Counts; contributing: Counts };
  boards: {
    board: Board;
    expected: number;
    delivered: number;
    missing: number;
    /** 0..1, or null when nothing is expected of the board */
    rate: number | null;
    lead: Counts;
    contributing: Counts;
    statementMissing: boolean;
    generalStatement: boolean;
    participant: boolean;
  }[];
  reports: {
    report: { id: number; key: string; title: string };
    expected: number;
    delivered: number;
    missing: number;
    rate: number;
  }[];
  plannedYears: { year: number; statements: number }[];
}

export type BoardCoverage = CycleCoverage['boards'][number];

export interface Gap {
  board: BoardRef;
  measure: BoardMeasureRef | null;
  role: Role | null;
  kind: GapKind;
}

export interface GapFilters {
  board?: number;
  report?: string;
  role?: Role;
  kind?: GapKind;
}

export interface Matrix {
  boards: { id: number; name: string; kind: BoardKind }[];
  measures: {
    id: number;
    number: string;
    title: string;
    report: string;
    recommendation: RecommendationRef | null;
  }[];
  cells: { measureId: number; boardId: number; role: Role; delivered: boolean }[];
}

export interface Statement {
  id: number;
  board: BoardRef & { administration: string };
  /** null: the board's general statement */
  measure: BoardMeasureRef | null;
  role: Role | null;
  text: string;
  plannedYears: number[];
  status: string;
  version: number;
  updatedAt: string;
}

export interface StatementFilters {
  board?: number;
  report?: string;
  measure?: number;
}

export interface TrendPoint extends Counts {
  cycle: CycleRef;
  rate: number;
}
