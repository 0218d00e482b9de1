import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_ID } from '../../common/ids.js';
import { PageQueryDto } from '../../common/pagination.js';
import { OptionalIdQuery } from '../../common/query-fields.js';
import { REMINDER_PHASES, REMINDER_STATES, type ReminderPhase, type ReminderState } from '../reminder-outbox.row.js';

/** A list of board ids to remind: at least one, no repeats. */
const BoardIdsRules = (): PropertyDecorator =>
  applyDecorators(
  IsArray({ message: 'boardIds must be a list of board ids' }),
  ArrayMinSize(1, { message: 'boardIds must name at least one board (leave it out to remind every board that owes)' }),
  ArrayMaxSize(1000, { message: 'boardIds must have at most 1000 ids' }),
  ArrayUnique({ message: 'boardIds must not repeat a board' }),
  IsInt({ each: true, message: 'boardIds must hold positive integers' }),
  Min(1, { each: true, message: 'boardIds must hold positive integers' }),
  Max(MAX_ID, { each: true, message: 'boardIds must hold positive integers' }),
  );

export class SendRemindersDto {
  @ApiPropertyOptional({ type: [Number], example: [14, 15], description: 'remind the editors of these boards; leave out for every board that still owes' })
  @IsOptional()
  @BoardIdsRules()
  boardIds?: number[];
}

export class SendRemindersResultDto {
  @ApiProperty({ example: 5, description: 'digests put in the outbox now (one per editor)' }) queued: number;
  @ApiProperty({ example: 1, description: 'recipients that already have a manual reminder of this cycle from today (the dedup key), not queued again' })
  alreadyQueued: number;
}

/** `?boardIds=14,15` of the preview. */
export class ReminderPreviewQueryDto {
  @ApiPropertyOptional({ type: String, example: '14,15', description: 'comma list of board ids; leave out for every board that still owes' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((v) => (/^[1-9]\d{0,9}$/.test(v.trim()) ? Number(v.trim()) : v)) : value))
  @BoardIdsRules()
  boardIds?: number[];
}

export class ReminderPreviewDto {
  @ApiProperty({ example: 5, description: 'editors who would get a digest' }) recipients: number;
  @ApiProperty({ example: 3, description: 'boards whose editors would be reminded' }) boards: number;
  @ApiProperty({ example: 2, description: 'of the recipients, those already reminded manually today (the dedup key skips them)' }) alreadyQueued: number;
}

export class ReminderBoardRefDto {
  @ApiProperty({ example: 14 }) id: number;
  @ApiProperty({ example: 'Trafiknämnden' }) name: string;
  @ApiProperty({ example: 3, description: 'what the board still owed when the digest was queued' }) missing: number;
}

export class ReminderDto {
  @ApiProperty({ example: 41 }) id: number;
  @ApiProperty({ example: 'redaktor.trafiknamnden@example.se' }) recipient: string;
  @ApiProperty({ enum: REMINDER_PHASES, example: 'before', description: 'before the deadline, on the deadline, late (weekly), or manual' }) phase: ReminderPhase;
  @ApiProperty({ example: '2026-05-17', description: 'the day of the phase (dedup key: recipient + cycle + phase + this date)' }) dueDate: string;
  @ApiProperty({ example: 'Påminnelse: 3 skrivningar saknas – Underlag för budget 2027' }) subject: string;
  @ApiProperty({ enum: REMINDER_STATES, example: 'queued' }) state: ReminderState;
  @ApiProperty({ example: 1, description: 'send attempts so far' }) attempts: number;
  @ApiProperty({ nullable: true, type: String, example: '2026-05-17T06:05:00.000Z', description: 'queued: when the sender tries next' }) nextAttemptAt: string | null;
  @ApiProperty({ nullable: true, type: String, example: null, description: 'what the SMTP server or connection said at the last failure' }) lastError: string | null;
  @ApiProperty({ example: '2026-05-17T06:00:00.000Z' }) createdAt: string;
  @ApiProperty({ nullable: true, type: String, example: null }) sentAt: string | null;
  @ApiProperty({ type: [ReminderBoardRefDto], description: 'the boards the digest is about' }) boards: ReminderBoardRefDto[];
}

export class ListRemindersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REMINDER_STATES, description: 'only this state' })
  @IsOptional()
  @IsIn(REMINDER_STATES, { message: `state must be one of ${REMINDER_STATES.join(', ')}` })
  state?: ReminderState;

  @OptionalIdQuery('only digests about this board')
  board?: number;
}

class OutboxBoardRefDto {
  @ApiProperty({ example: 14 }) id: number;
  @ApiProperty({ example: 'Trafiknämnden' }) name: string;
}

export class OutboxBoardDto {
  @ApiProperty({ type: OutboxBoardRefDto }) board: OutboxBoardRefDto;
  @ApiProperty({ example: 1 }) queued: number;
  @ApiProperty({ example: 4 }) sent: number;
  @ApiProperty({ example: 0 }) failed: number;
  @ApiProperty({ nullable: true, type: String, example: '2026-05-17T06:00:10.000Z', description: 'the last reminder about this board that was sent' }) lastSentAt: string | null;
}

export class OutboxCountsDto {
  @ApiProperty({ example: 2 }) queued: number;
  @ApiProperty({ example: 30 }) sent: number;
  @ApiProperty({ example: 1 }) failed: number;
}

export class OutboxSummaryDto {
  @ApiProperty({ description: 'SMTP_URL is set: queued messages are being sent; false: they stay queued' }) mailConfigured: boolean;
  @ApiProperty({ example: '14,3,0,+7', description: 'REMINDER_SCHEDULE: days before the deadline, +N = every N days once late' }) schedule: string;
  @ApiProperty({ type: OutboxCountsDto, description: 'digests of the cycle by state' }) totals: OutboxCountsDto;
  @ApiProperty({ type: [OutboxBoardDto], description: 'per board the digests were about, in board order' }) boards: OutboxBoardDto[];
}
