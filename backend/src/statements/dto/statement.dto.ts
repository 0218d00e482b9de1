import { PageQueryDto } from '../../common/pagination.js';
import { ApiProperty } from '@nestjs/swagger';
import { OptionalIdQuery, OptionalReportKeyQuery } from '../../common/query-fields.js';
import { OrganisationRefDto } from '../../organisations/dto/organisation.dto.js';
import { STATEMENT_PART_KINDS, STATEMENT_STATES, STATEMENT_STATUSES, type StatementState, type StatementStatus } from '../statement.row.js';

export class ListStatementsQueryDto extends PageQueryDto {
  @OptionalIdQuery('board id')
  board?: number;

  @OptionalReportKeyQuery()
  report?: string;

  @OptionalIdQuery('measure id')
  measure?: number;
}

export class PreviousCycleDto {
  @ApiProperty({ example: 1 }) id: number;
  @ApiProperty({ example: 'Underlag för budget 2017 med inriktning 2018-2019' }) name: string;
  @ApiProperty({ example: 2016 }) year: number;
}

class StatementBoardDto {
  @ApiProperty({ example: 14 }) id: number;
  @ApiProperty({ example: 'Trafiknämnden' }) name: string;
  @ApiProperty({ example: 'Trafikkontoret' }) administration: string;
}

class StatementMeasureDto {
  @ApiProperty({ example: 31 }) id: number;
  @ApiProperty({ example: '6.3.1' }) number: string;
  @ApiProperty({ example: 'delad' }) report: string;
  @ApiProperty({ example: 'Utveckla modell för socialt värdeskapande analys (SVA)' }) title: string;
}

class StatementPartDto {
  @ApiProperty({ enum: STATEMENT_PART_KINDS }) kind: string;
  @ApiProperty() text: string;
}

export const LINK_METHODS = ['number', 'title', 'title-near', 'confirmed'] as const;

/** How an imported statement was tied to its measure, and where in the source document. */
export class StatementLinkDto {
  @ApiProperty({ enum: LINK_METHODS, example: 'title', description: 'number: a heading or a cited number; title: the title quoted; title-near: inflected, shortened or reordered; confirmed: a suggestion an admin confirmed' })
  method: (typeof LINK_METHODS)[number];
  @ApiProperty({ type: [Number], example: [1639, 1639], description: 'first and last line of the passage in the imported document' })
  lines: [number, number];
  @ApiProperty({ example: 0.97, description: 'how closely the passage matches (1 for a number)' })
  score: number;
}

export class StatementDto {
  @ApiProperty({ example: 7 }) id: number;
  @ApiProperty({ type: StatementBoardDto }) board: StatementBoardDto;
  @ApiProperty({ type: StatementMeasureDto, nullable: true, description: 'null: the board\'s general statement' })
  measure: StatementMeasureDto | null;
  @ApiProperty({ enum: ['lead', 'contributing'], nullable: true, type: String, description: 'the board\'s responsibility for the measure; null when it has none' })
  role: 'lead' | 'contributing' | null;
  @ApiProperty({ example: 'Under 2017 kommer kontoret att …' }) text: string;
  @ApiProperty({ type: [StatementPartDto], nullable: true }) parts: StatementPartDto[] | null;
  @ApiProperty({ type: [Number], example: [2017, 2018] }) plannedYears: number[];
  @ApiProperty({ enum: STATEMENT_STATUSES, nullable: true, type: String }) status: StatementStatus | null;
  @ApiProperty({ enum: STATEMENT_STATES, description: 'draft → submitted → returned (back to the board) or approved' }) state: StatementState;
  @ApiProperty({ nullable: true, type: String, example: 'Tillstyrker', description: 'the board\'s position, where the cycle asks for one' })
  position: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2026-05-20T08:00:00.000Z', description: 'when it was submitted ("Lämna in")' })
  submittedAt: string | null;
  @ApiProperty({ example: false, description: 'submitted after the cycle\'s deadline' }) late: boolean;
  @ApiProperty({ nullable: true, type: String, example: 'Beskriv vilka år arbetet planeras.', description: "the admin's comment on a return, or the reason for reopening; null once the board submits again" })
  reviewComment: string | null;
  @ApiProperty({ nullable: true, type: String, example: null, description: 'when it was last returned to the board' })
  returnedAt: string | null;
  @ApiProperty({ nullable: true, type: String, example: null, description: 'when it was approved (godkänd)' })
  approvedAt: string | null;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ example: '2016-06-01T00:00:00.000Z' }) updatedAt: string;
  @ApiProperty({ type: StatementLinkDto, nullable: true, description: 'the import\'s evidence for the measure; null for statements written in the app and general statements' })
  link: StatementLinkDto | null;
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
}

export class PreviousStatementDto {
  @ApiProperty({ type: PreviousCycleDto, nullable: true, description: "the cycle before the statement's (same commission); null for the first cycle" })
  cycle: PreviousCycleDto | null;
  @ApiProperty({ type: StatementDto, nullable: true, description: 'the same board\'s submitted or approved statement on the same measure there, or null' })
  statement: StatementDto | null;
}
