import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { BOARD_KINDS, type BoardKind } from '../../boards/board.row.js';
import { OptionalIdQuery, OptionalReportKeyQuery } from '../../common/query-fields.js';
import { PageQueryDto } from '../../common/pagination.js';
import { CycleDto } from '../../cycles/dto/cycle.dto.js';
import { OrganisationRefDto } from '../../organisations/dto/organisation.dto.js';
import { RecommendationRefDto } from '../../measures/dto/measure.dto.js';
import { CYCLE_STATUSES, type CycleStatus } from '../../cycles/cycle.row.js';
import { STATEMENT_STATUSES, type StatementStatus } from '../../statements/statement.row.js';
import { RESPONSIBILITY_ROLES, type ResponsibilityRole } from '../../measures/measure.row.js';

export const GAP_KINDS = ['no-statement', 'measure-not-addressed'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

export class CountsDto {
  @ApiProperty({ example: 12 }) expected: number;
  @ApiProperty({ example: 9 }) delivered: number;
  @ApiProperty({ example: 3 }) missing: number;
}

export class RatedCountsDto extends CountsDto {
  @ApiProperty({ example: 0.75, nullable: true, type: Number, description: 'delivered / expected; null when nothing is expected' })
  rate: number | null;
}

/** What the delivered statements say about the measures; the five sum to `delivered`. */
export class StatusCountsDto {
  @ApiProperty({ example: 3, description: 'genomförd' }) done: number;
  @ApiProperty({ example: 4, description: 'pågående' }) inProgress: number;
  @ApiProperty({ example: 1, description: 'ej påbörjad' }) notStarted: number;
  @ApiProperty({ example: 0, description: 'avvaktar' }) waiting: number;
  @ApiProperty({ example: 1, description: 'delivered without a status (e.g. imported from the 2016 appendix)' }) none: number;
}

export class SplitCountsDto extends RatedCountsDto {
  @ApiProperty({ example: 1, description: 'delivered statements submitted after the cycle deadline (counted in delivered too)' })
  late: number;

  @ApiProperty({ type: StatusCountsDto, description: 'the statuses of the delivered statements' }) statuses: StatusCountsDto;

  @ApiProperty({ type: CountsDto, description: 'lead (huvudansvar) responsibilities' }) lead: CountsDto;
  @ApiProperty({ type: CountsDto, description: 'contributing (delansvar) responsibilities' }) contributing: CountsDto;
}

class CoverageBoardRefDto {
  @ApiProperty({ example: 14 }) id: number;
  @ApiProperty({ example: 'Trafiknämnden' }) name: string;
  @ApiProperty({ example: 'Trafikkontoret' }) administration: string;
  @ApiProperty({ enum: BOARD_KINDS }) kind: BoardKind;
}

/** The cycle's counts: the statement counts, and the board counts of docs/coverage.md ("One vocabulary"). */
export class CycleTotalsDto extends SplitCountsDto {
  @ApiProperty({ example: 118, description: "measures in the cycle's scope" }) measures: number;
  @ApiProperty({ example: 2, description: 'measures with at least one delivered statement saying genomförd' }) measuresReportedDone: number;
  @ApiProperty({ example: 40, description: 'boards asked to report (participants)' }) participants: number;
  @ApiProperty({ example: 11, description: 'silent boards: asked, delivered nothing at all ("Skrivning saknas")' }) silentBoards: number;
  @ApiProperty({ example: 6, description: 'silent boards with no responsibility in scope (each one gap with measure null)' }) silentBoardsWithoutMeasures: number;
  @ApiProperty({ example: 1, description: 'boards responsible for a measure in scope but not asked to report; never expected, never silent' }) notAskedBoards: number;
  @ApiProperty({ example: 5, description: 'responsibilities in scope held by boards not asked' }) notAskedResponsibilities: number;
  @ApiProperty({ example: 8, description: 'boards asked that delivered something (a general statement) but none of the measure statements expected of them' })
  generalOnlyBoards: number;
  @ApiProperty({ example: 98, description: 'gaps = missing + silentBoardsWithoutMeasures, the length of GET /api/cycles/:id/gaps' }) gaps: number;
}

export class BoardCoverageDto extends SplitCountsDto {
  @ApiProperty({ type: CoverageBoardRefDto }) board: CoverageBoardRefDto;
  @ApiProperty({ description: 'silent board: asked to report and delivered nothing in the cycle ("Skrivning saknas"); false for a board not asked' })
  statementMissing: boolean;
  @ApiProperty({ description: 'the board delivered a general statement' }) generalStatement: boolean;
  @ApiProperty({ description: 'asked, delivered something, but none of the measure statements expected of it' }) generalOnly: boolean;
  @ApiProperty({ description: 'the board was asked to report in the cycle; a board not asked has expected 0' }) participant: boolean;
  @ApiProperty({ example: 7, description: "the board's responsibilities in the cycle's scope, asked or not" }) responsibilities: number;
}

class CoverageReportRefDto {
  @ApiProperty({ example: 3 }) id: number;
  @ApiProperty({ example: 'delad' }) key: string;
  @ApiProperty() title: string;
}

export class ReportCoverageDto extends SplitCountsDto {
  @ApiProperty({ type: CoverageReportRefDto }) report: CoverageReportRefDto;
}

class CoverageMeasureRefDto {
  @ApiProperty({ example: 31 }) id: number;
  @ApiProperty({ example: '6.3.1' }) number: string;
  @ApiProperty({ example: 'delad', description: 'report key' }) report: string;
  @ApiProperty() title: string;
}

export class MeasureCoverageRowDto extends SplitCountsDto {
  @ApiProperty({ type: CoverageMeasureRefDto }) measure: CoverageMeasureRefDto;
}

export class PlannedYearDto {
  @ApiProperty({ example: 2017 }) year: number;
  @ApiProperty({ example: 12, description: 'submitted statements planning for the year' }) statements: number;
}

export class ReviewCountsDto {
  @ApiProperty({ example: 4, description: 'statements being written (drafts, general statements included)' }) drafts: number;
  @ApiProperty({ example: 6, description: 'submitted, awaiting review (counted as delivered)' }) awaitingReview: number;
  @ApiProperty({ example: 1, description: 'returned to the board with a comment (counted as missing until resubmitted)' }) returned: number;
  @ApiProperty({ example: 20, description: 'approved (counted as delivered)' }) approved: number;
}

export class CycleCoverageDto {
  @ApiProperty({ type: CycleDto }) cycle: CycleDto;
  @ApiProperty({ type: CycleTotalsDto }) totals: CycleTotalsDto;
  @ApiProperty({ type: [BoardCoverageDto] }) boards: BoardCoverageDto[];
  @ApiProperty({ type: [ReportCoverageDto], description: 'the reports holding a measure in scope' }) reports: ReportCoverageDto[];
  @ApiProperty({ type: [PlannedYearDto] }) plannedYears: PlannedYearDto[];
  @ApiProperty({ type: ReviewCountsDto, description: "where the cycle's statements are in the review loop" }) review: ReviewCountsDto;
}

export class CycleMeasuresQueryDto extends PageQueryDto {
  @OptionalReportKeyQuery()
  report?: string;
}

export class GapsQueryDto extends PageQueryDto {
  @OptionalIdQuery('board id')
  board?: number;

  @OptionalReportKeyQuery()
  report?: string;

  @ApiPropertyOptional({ enum: RESPONSIBILITY_ROLES })
  @IsOptional()
  @IsIn(RESPONSIBILITY_ROLES, { message: 'role must be lead or contributing' })
  role?: ResponsibilityRole;

  @ApiPropertyOptional({ enum: GAP_KINDS })
  @IsOptional()
  @IsIn(GAP_KINDS, { message: 'kind must be no-statement or measure-not-addressed' })
  kind?: GapKind;
}

export class MatrixQueryDto {
  @OptionalReportKeyQuery()
  report?: string;
}

class GapBoardDto {
  @ApiProperty({ example: 4 }) id: number;
  @ApiProperty({ example: 'Fastighetsnämnden' }) name: string;
}

class GapMeasureDto {
  @ApiProperty({ example: 31 }) id: number;
  @ApiProperty({ example: '6.3.1' }) number: string;
  @ApiProperty({ example: 'delad' }) report: string;
  @ApiProperty() title: string;
}

export class GapDto {
  @ApiProperty({ type: GapBoardDto }) board: GapBoardDto;
  @ApiProperty({ type: GapMeasureDto, nullable: true }) measure: GapMeasureDto | null;
  @ApiProperty({ enum: RESPONSIBILITY_ROLES, nullable: true, type: String }) role: ResponsibilityRole | null;
  @ApiProperty({ enum: GAP_KINDS }) kind: GapKind;
}

class MatrixBoardDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty() administration: string;
  @ApiProperty({ enum: BOARD_KINDS }) kind: BoardKind;
  @ApiProperty({ description: 'asked to report in the cycle' }) participant: boolean;
}

class MatrixMeasureDto {
  @ApiProperty() id: number;
  @ApiProperty() number: string;
  @ApiProperty() title: string;
  @ApiProperty() report: string;
  @ApiProperty({ type: RecommendationRefDto, nullable: true }) recommendation: RecommendationRefDto | null;
}

class MatrixCellDto {
  @ApiProperty() measureId: number;
  @ApiProperty() boardId: number;
  @ApiProperty({ enum: RESPONSIBILITY_ROLES }) role: ResponsibilityRole;
  @ApiProperty({ description: 'the board is a participant; a cell of a board not asked is never missing' }) asked: boolean;
  @ApiProperty() delivered: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'the submitted statement' }) statementId: number | null;
  @ApiProperty({ enum: STATEMENT_STATUSES, nullable: true, type: String }) status: StatementStatus | null;
  @ApiProperty({ nullable: true, type: String }) position: string | null;
}

export class MatrixDto {
  @ApiProperty({ type: [MatrixBoardDto] }) boards: MatrixBoardDto[];
  @ApiProperty({ type: [MatrixMeasureDto] }) measures: MatrixMeasureDto[];
  @ApiProperty({ type: [MatrixCellDto], description: 'one cell per responsibility; no cell: the board has no responsibility for the measure' })
  cells: MatrixCellDto[];
}

class CycleRefDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: CYCLE_STATUSES }) status: CycleStatus;
}

export class MeasureCoverageDto {
  @ApiProperty({ type: CycleRefDto }) cycle: CycleRefDto;
  @ApiProperty({ type: GapBoardDto }) board: GapBoardDto;
  @ApiProperty({ enum: RESPONSIBILITY_ROLES }) role: ResponsibilityRole;
  @ApiProperty({ description: 'the board was asked to report in that cycle' }) asked: boolean;
  @ApiProperty() delivered: boolean;
  @ApiProperty({ nullable: true, type: Number }) statementId: number | null;
  @ApiProperty({ enum: STATEMENT_STATUSES, nullable: true, type: String }) status: StatementStatus | null;
  @ApiProperty({ nullable: true, type: String }) position: string | null;
  @ApiProperty({ description: "the board has a draft or returned statement on the measure in that cycle; told only to admins and the board's editors (false for everyone else)" })
  inProgress: boolean;
}

class TrendCycleDto extends CycleRefDto {
  @ApiProperty({ example: '2026-05-31', nullable: true, type: String }) deadline: string | null;
}

export class TrendPointDto extends RatedCountsDto {
  @ApiProperty({ type: TrendCycleDto, description: 'an open cycle\'s rate is its share so far, not a result' }) cycle: TrendCycleDto;
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
}

class LateBoardRefDto {
  @ApiProperty({ example: 14 }) id: number;
  @ApiProperty({ example: 'Trafiknämnden' }) name: string;
  @ApiProperty({ example: 'Trafikkontoret' }) administration: string;
}

export class LateBoardDto extends CountsDto {
  @ApiProperty({ type: LateBoardRefDto }) board: LateBoardRefDto;
  @ApiProperty({ description: 'the board has delivered nothing at all in the cycle ("Skrivning saknas")' }) statementMissing: boolean;
  @ApiProperty({ example: 2, description: 'drafts the board is writing' }) drafts: number;
  @ApiProperty({ example: 1, description: 'statements returned to the board, not yet resubmitted' }) returned: number;
  @ApiProperty({ example: 12, description: 'whole days since the deadline (Stockholm date)' }) daysOverdue: number;
  @ApiProperty({ nullable: true, type: String, example: null, description: 'when the board\'s editors were last sent a reminder; null: never (or no reminders yet)' })
  lastReminderAt: string | null;
  @ApiProperty({ type: [String], example: ['redaktor.trafiknamnden@example.se'], description: "the board's active editors" }) contacts: string[];
}

export class CycleLateDto {
  @ApiProperty({ type: CycleDto }) cycle: CycleDto;
  @ApiProperty({ nullable: true, type: Number, example: 12, description: 'days since the deadline; null while it has not passed (or there is none)' })
  daysOverdue: number | null;
  @ApiProperty({ type: [LateBoardDto], description: 'boards still owing statements after the deadline: silent boards first, then by how much they owe' })
  boards: LateBoardDto[];
}
