import { ApiProperty } from '@nestjs/swagger';
import { CYCLE_STATUSES, type CycleStatus } from '../../cycles/cycle.row.js';
import { PreviousCycleDto, StatementDto } from './statement.dto.js';
import { OrganisationRefDto } from '../../organisations/dto/organisation.dto.js';

/** What a cycle asks of a board, by its role (the 2016 instructions, seed 004). */
export const ROLE_ASKS = {
  lead: 'Redovisa hur nämnden avser att arbeta vidare med åtgärden.',
  contributing: 'Beskriv nämndens förutsättningar för att bidra till åtgärdens genomförande utifrån nämndens ansvar och åtgärdens genomförbarhet.',
} as const;

class TodoCycleDto {
  @ApiProperty({ example: 3 }) id: number;
  @ApiProperty({ example: 'Underlag för budget 2027' }) name: string;
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ example: '2026-05-31', nullable: true, type: String }) deadline: string | null;
  @ApiProperty({ enum: CYCLE_STATUSES }) status: CycleStatus;
  @ApiProperty({ example: 12, nullable: true, type: Number, description: 'whole days until the deadline (Stockholm date); 0 on the day, negative after it' })
  daysLeft: number | null;
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
  @ApiProperty({ type: PreviousCycleDto, nullable: true, description: 'the cycle before this one ("last year"), or null' })
  previous: PreviousCycleDto | null;
}

class TodoBoardDto {
  @ApiProperty({ example: 14 }) id: number;
  @ApiProperty({ example: 'Trafiknämnden' }) name: string;
  @ApiProperty({ example: 'Trafikkontoret' }) administration: string;
}

class TodoMeasureDto {
  @ApiProperty({ example: 31 }) id: number;
  @ApiProperty({ example: '6.3.1' }) number: string;
  @ApiProperty({ example: 'delad' }) report: string;
  @ApiProperty({ example: 'Utveckla modell för socialt värdeskapande analys (SVA)' }) title: string;
}

export class TodoItemDto {
  @ApiProperty({ type: TodoMeasureDto }) measure: TodoMeasureDto;
  @ApiProperty({ enum: ['lead', 'contributing'] }) role: 'lead' | 'contributing';
  @ApiProperty({ example: ROLE_ASKS.lead, description: 'what the role asks of the board (Swedish, from the cycle instructions)' }) asks: string;
  @ApiProperty({ type: StatementDto, nullable: true, description: 'the board\'s statement so far (any state; reviewComment holds an admin\'s comment), or null' })
  statement: StatementDto | null;
  @ApiProperty({ type: StatementDto, nullable: true, description: "the board's delivered statement on the measure in the previous cycle, or null" })
  previous: StatementDto | null;
}

export class TodoBoardSectionDto {
  @ApiProperty({ type: TodoBoardDto }) board: TodoBoardDto;
  @ApiProperty({ type: StatementDto, nullable: true, description: 'the board\'s general statement, or null' }) generalStatement: StatementDto | null;
  @ApiProperty({ type: StatementDto, nullable: true, description: "the board's delivered general statement in the previous cycle, or null" })
  previousGeneralStatement: StatementDto | null;
  @ApiProperty({ type: [TodoItemDto] }) items: TodoItemDto[];
  @ApiProperty({ example: 7, description: 'measures the board leads or contributes to' }) expected: number;
  @ApiProperty({ example: 3, description: 'of those, with a submitted or approved statement' }) submitted: number;
  @ApiProperty({ example: 1, description: 'of those, returned to the board with a comment (listed first in items)' }) returned: number;
}

export class TodoDto {
  @ApiProperty({ type: TodoCycleDto }) cycle: TodoCycleDto;
  @ApiProperty({ type: [TodoBoardSectionDto] }) boards: TodoBoardSectionDto[];
}
