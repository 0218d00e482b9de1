/**
 * Short names for the API's types. Every type here is taken from `api-schema.d.ts`, which
 * `npm run api:types` generates from the backend's OpenAPI document (`npm run lint` fails while it
 * is stale): no field is written by hand, so a DTO change reaches the frontend's type check.
 */
import type { components, operations } from './api-schema';

type Schemas = components['schemas'];
/** The query parameters of an operation, as the API declares them. */
type QueryOf<Operation extends keyof operations> = NonNullable<operations[Operation]['parameters']['query']>;

export type ErrorCode = Schemas['ErrorCode'];
export type ApiErrorBody = Schemas['ErrorEnvelopeDto'];

export type Organisation = Schemas['OrganisationDto'];
/** The organisation a row belongs to, as every list row names it. */
export type OrganisationRef = Schemas['OrganisationRefDto'];

export type Board = Schemas['BoardDto'];
/** Declared once, by the API (board.entity.ts's BOARD_KINDS). */
export type BoardKind = Board['kind'];
export type BoardDetail = Schemas['BoardDetailDto'];

export type Report = Schemas['ReportDto'];
export type MeasureSummary = Schemas['MeasureDto'];
export type MeasureDetail = Schemas['MeasureDetailDto'];
export type MeasureEdit = Schemas['UpdateMeasureDto'];
export type SetResponsibilityBody = Schemas['SetResponsibilityDto'];
export type Role = Schemas['ResponsibilityDto']['role'];

export type Cycle = Schemas['CycleDto'];
export type CycleStatus = Cycle['status'];
export type CreateCycleBody = Schemas['CreateCycleDto'];
export type UpdateCycleBody = Schemas['UpdateCycleDto'];
export type Participant = Schemas['ParticipantDto'];

export type Counts = Schemas['CountsDto'];
export type CycleCoverage = Schemas['CycleCoverageDto'];
export type CycleTotals = Schemas['CycleTotalsDto'];
export type StatusCounts = Schemas['StatusCountsDto'];
export type ScopeChanges = Schemas['ScopeChangesDto'];
export type ScopeResponsibility = Schemas['ScopeResponsibilityDto'];
export type BoardCoverage = Schemas['BoardCoverageDto'];
export type MeasureCoverage = Schemas['MeasureCoverageRowDto'];
export type MeasureCoverageRow = Schemas['MeasureCoverageDto'];
export type TrendPoint = Schemas['TrendPointDto'];
export type Gap = Schemas['GapDto'];
export type GapKind = Gap['kind'];
export type GapFilters = QueryOf<'CoverageController_gaps'>;
export type Matrix = Schemas['MatrixDto'];

export type Statement = Schemas['StatementDto'];
/** How the import tied a statement to its measure (`link`), and the doubtful ones left for an admin. */
export type StatementLink = Schemas['StatementLinkDto'];
export type LinkSuggestion = Schemas['LinkSuggestionDto'];
export type SuggestionState = LinkSuggestion['state'];
export type StatementStatus = NonNullable<Statement['status']>;
export type CreateStatementBody = Schemas['CreateStatementDto'];
export type UpdateStatementBody = Schemas['UpdateStatementDto'];
/** What the statement form sends, on create and update alike. */
export type StatementInput = Required<Omit<UpdateStatementBody, 'version'>>;
export type StatementFilters = QueryOf<'StatementsController_list'>;

/** ej påbörjad | pågående | genomförd | avvaktar, in the order the form offers them. */
export const STATEMENT_STATUSES = ['not-started', 'in-progress', 'done', 'waiting'] as const satisfies readonly StatementStatus[];

/** Limits the backend enforces (write-statement.dto.ts); api-types.test.ts checks them against the OpenAPI document. */
export const MAX_STATEMENT_TEXT = 20_000;
export const MIN_PLANNED_YEAR = 2000;
export const MAX_PLANNED_YEAR = 2100;

export type Todo = Schemas['TodoDto'];
export type TodoBoard = Schemas['TodoBoardSectionDto'];

export type Me = Schemas['MeDto'];
export type AccountRole = Me['role'];
export type LoginResponse = Schemas['LoginResponseDto'];
export type User = Schemas['UserDto'];
export type CreateUserBody = Schemas['CreateUserDto'];
export type UpdateUserBody = Schemas['UpdateUserDto'];

export type AuditEvent = Schemas['AuditEventDto'];
export type AuditEntityType = AuditEvent['entityType'];
export type AuditFilters = Omit<QueryOf<'AuditController_list'>, 'limit'>;
export const AUDIT_ENTITY_TYPES = ['statement', 'measure', 'board', 'cycle', 'user', 'link_suggestion', 'organisation', 'import', 'remiss', 'remiss_answer', 'external_body'] as const satisfies readonly AuditEntityType[];

export type Appendix = Schemas['AppendixDto'];
export type AppendixSection = Schemas['AppendixSectionDto'];
export type AppendixPart = AppendixSection['general'][number];
// --- The reporting season (issue 15) -----------------------------------------
export type StatementState = Statement['state'];
/** The states coverage counts as delivered and the public sees (COUNTED_STATES in statement.row.ts). */
export const COUNTED_STATES: readonly StatementState[] = ['submitted', 'approved'];
/** The backend's limit for a return comment or a reopen reason (MAX_REVIEW_COMMENT). */
export const MAX_REVIEW_COMMENT = 2_000;
export type PreviousStatement = Schemas['PreviousStatementDto'];
export type CycleLate = Schemas['CycleLateDto'];
export type LateBoard = Schemas['LateBoardDto'];
export type Reminder = Schemas['ReminderDto'];
export type ReminderState = Reminder['state'];
export type ReminderPhase = Reminder['phase'];
export type OutboxSummary = Schemas['OutboxSummaryDto'];
export type ReminderPreview = Schemas['ReminderPreviewDto'];
export type SendRemindersResult = Schemas['SendRemindersResultDto'];
export const REMINDER_STATES = ['queued', 'sent', 'failed'] as const satisfies readonly ReminderState[];

export type ImportBatch = Schemas['ImportBatchDto'];
export type ImportRow = Schemas['ImportRowDto'];
export type ImportOutcome = Schemas['ImportOutcome'];
export type ImportRowProblem = Schemas['ImportRowProblem'];
export type ImportFileProblem = Schemas['ImportFileProblem'];
export type ImportFileProblemDetail = Schemas['ImportFileProblemDto'];
export type ImportField = Schemas['ImportField'];
export type ImportKind = Schemas['ImportKind'];
export const IMPORT_KINDS = ['statements', 'catalogue'] as const satisfies readonly ImportKind[];
/** The outcomes in the order the preview's filter offers them. */
export const IMPORT_OUTCOMES = ['create', 'update', 'unchanged', 'error'] as const satisfies readonly ImportOutcome[];
/** The import's file limit (backend imports/import-upload.interceptor.ts, MAX_IMPORT_BYTES); checked before sending. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type RemissListItem = Schemas['RemissListItemDto'];
export type RemissDetail = Schemas['RemissDetailDto'];
export type RemissStatus = RemissListItem['status'];
export type RemissRecipient = Schemas['RecipientDto'];
export type RemissAnswer = Schemas['RemissAnswerDto'];
export type RemissPosition = NonNullable<RemissAnswer['position']>;
export type RemissFollowUp = Schemas['RemissFollowUpDto'];
export type RecipientFollowUp = Schemas['RecipientFollowUpDto'];
export type RemissOverdue = Schemas['OverdueDto'];
export type RemissTodo = Schemas['TodoRemissDto'];
export type RemissCompilation = Schemas['RemissCompilationDto'];
export type AnswerContentBody = Schemas['AnswerContentDto'];
export type RemisserFilter = QueryOf<'RemisserController_list'>;
