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
  /** null when the document names the recommendation only by number */
  title: string | null;
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
  description: string | null;
  ongoingWork: string | null;
  responsibilityText: string | null;
  /** For optimistic locking on PUT /measures/:id. */
  version?: number;
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
  /** For optimistic locking on PUT /cycles/:id. */
  version?: number;
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
  /** late: delivered after the cycle's deadline (counted in delivered too) */
  totals: Counts & { rate: number; late: number; lead: Counts; contributing: Counts };
  boards: {
    board: Board;
    expected: number;
    delivered: number;
    missing: number;
    /** 0..1, or null when nothing is expected of the board */
    rate: number | null;
    /** delivered after the cycle's deadline */
    late: number;
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
    /** null when nothing is expected */
    rate: number | null;
  }[];
  /** every measure in scope, in report and number order */
  measures: {
    measure: { id: number; number: string; report: string; title: string };
    expected: number;
    delivered: number;
    missing: number;
    /** null when no board is responsible for the measure */
    rate: number | null;
    lead: Counts;
    contributing: Counts;
  }[];
  plannedYears: { year: number; statements: number }[];
}

export type BoardCoverage = CycleCoverage['boards'][number];
export type MeasureCoverage = CycleCoverage['measures'][number];

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

/** ej påbörjad | pågående | genomförd | avvaktar */
export const STATEMENT_STATUSES = ['not-started', 'in-progress', 'done', 'waiting'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];
/** draft → submitted ("Lämna in"); an admin can reopen. */
export type StatementState = 'draft' | 'submitted';

export interface Statement {
  id: number;
  board: BoardRef & { administration: string };
  /** null: the board's general statement */
  measure: BoardMeasureRef | null;
  role: Role | null;
  text: string;
  parts?: { kind: string; text: string }[] | null;
  plannedYears: number[];
  status: StatementStatus | null;
  state: StatementState;
  position: string | null;
  submittedAt: string | null;
  /** submitted after the cycle's deadline */
  late: boolean;
  version: number;
  updatedAt: string;
}

/** Limits the backend enforces (write-statement.dto.ts). */
export const MAX_STATEMENT_TEXT = 20_000;
export const MIN_PLANNED_YEAR = 2000;
export const MAX_PLANNED_YEAR = 2100;

export interface StatementInput {
  text: string;
  plannedYears: number[];
  status: StatementStatus | null;
  position: string | null;
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

// --- Accounts and sessions -------------------------------------------------

export type AccountRole = 'admin' | 'editor' | 'analyst';

export interface Me {
  email: string;
  role: AccountRole;
  /** The boards an editor writes for; empty for admins and analysts. */
  boards: BoardRef[];
}

export interface LoginResponse {
  token: string;
  csrfToken?: string;
  expiresAt?: string;
  user: Me;
}

export interface User {
  id: number;
  email: string;
  role: AccountRole;
  boards: BoardRef[];
  active: boolean;
  demoPassword: boolean;
  version: number;
  createdAt: string;
}

// --- "Att redovisa" --------------------------------------------------------

export interface TodoItem {
  measure: BoardMeasureRef;
  role: Role;
  /** What the role asks of the board (Swedish, from the cycle's instructions). */
  asks: string;
  statement: Statement | null;
}

export interface TodoBoard {
  board: BoardRef & { administration: string };
  generalStatement: Statement | null;
  items: TodoItem[];
  expected: number;
  submitted: number;
}

export interface Todo {
  cycle: Cycle & { daysLeft: number | null };
  boards: TodoBoard[];
}

// --- Audit -----------------------------------------------------------------

export const AUDIT_ENTITY_TYPES = ['statement', 'measure', 'board', 'cycle', 'user'] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export interface AuditEvent {
  id: number;
  at: string;
  /** null in the public view of a statement's history (submitted versions only, by the board). */
  actor: { id: number | null; email: string } | null;
  action: string;
  entityType: AuditEntityType;
  entityId: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditFilters {
  entityType?: AuditEntityType;
  entityId?: number;
  actor?: string;
  from?: string;
  to?: string;
  /** only events older than this id: the next page of the newest-first log */
  beforeId?: number;
}

export interface Participant {
  id: number;
  name: string;
  administration: string;
}

export interface MeasureEdit {
  number?: string;
  title?: string;
  description?: string | null;
  ongoingWork?: string | null;
  responsibilityText?: string | null;
  version: number;
}
