import { PageQueryDto } from '../../common/pagination.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { BOARD_KINDS, type BoardKind } from '../../boards/board.row.js';
import { OptionalIdQuery, OptionalReportKeyQuery } from '../../common/query-fields.js';
import { CycleDto } from '../../cycles/dto/cycle.dto.js';
import { RecommendationRefDto } from '../../measures/dto/measure.dto.js';
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

export class SplitCountsDto extends RatedCountsDto {
  @ApiProperty({ example: 1, description: 'delivered statements submitted after the cycle deadline (counted in delivered too)' })
  late: number;

  @ApiProperty({ type: CountsDto, description: 'lead (huvudansvar) responsibilities' }) lead: CountsDto;
  @ApiProperty({ type: CountsDto, description: 'contributing (delansvar) responsibilities' }) contributing: CountsDto;
}

class CoverageBoardRefDto {
  @ApiProperty({ example: 14 }) id: number;
  @ApiProperty({ example: 'Trafiknämnden' }) name: string;
  @ApiProperty({ example: 'Trafikkontoret' }) administration: string;
  @ApiProperty({ enum: BOARD_KINDS }) kind: BoardKind;
}

export class BoardCoverageDto extends SplitCountsDto {
  @ApiProperty({ type: CoverageBoardRefDto }) board: CoverageBoardRefDto;
  @ApiProperty({ description: 'the board delivered nothing in the cycle ("Skrivning saknas")' }) statementMissing: boolean;
  @ApiProperty({ description: 'the board delivered a general statement' }) generalStatement: boolean;
  @ApiProperty({ description: 'the board was asked to report in the cycle' }) participant: boolean;
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

export class CycleCoverageDto {
  @ApiProperty({ type: CycleDto }) cycle: CycleDto;
  @ApiProperty({ type: SplitCountsDto }) totals: SplitCountsDto;
  @ApiProperty({ type: [BoardCoverageDto] }) boards: BoardCoverageDto[];
  @ApiProperty({ type: [ReportCoverageDto] }) reports: ReportCoverageDto[];
  @ApiProperty({ type: [MeasureCoverageRowDto], description: 'every measure in scope, in report and number order; rate null when no board is responsible' })
  measures: MeasureCoverageRowDto[];
  @ApiProperty({ type: [PlannedYearDto] }) plannedYears: PlannedYearDto[];
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
  @ApiProperty({ enum: BOARD_KINDS }) kind: BoardKind;
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
  @ApiProperty() delivered: boolean;
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
}

export class MeasureCoverageDto {
  @ApiProperty({ type: CycleRefDto }) cycle: CycleRefDto;
  @ApiProperty({ type: GapBoardDto }) board: GapBoardDto;
  @ApiProperty({ enum: RESPONSIBILITY_ROLES }) role: ResponsibilityRole;
  @ApiProperty() delivered: boolean;
  @ApiProperty({ nullable: true, type: Number }) statementId: number | null;
}

export class TrendPointDto extends RatedCountsDto {
  @ApiProperty({ type: CycleRefDto }) cycle: CycleRefDto;
}
