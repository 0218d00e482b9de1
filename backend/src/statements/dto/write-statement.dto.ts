import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { MAX_REVIEW_COMMENT, STATEMENT_STATUSES, type StatementStatus } from '../statement.row.js';
import { MAX_ID } from '../../common/ids.js';

export const MAX_STATEMENT_TEXT = 20_000;
export const MAX_POSITION_TEXT = 2_000;
export const MAX_PLANNED_YEARS = 20;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const YEARS_MESSAGE = `plannedYears must hold whole years between ${MIN_YEAR} and ${MAX_YEAR}`;
const ID_MESSAGE = (name: string) => `${name} must be a positive integer`;

/** What an editor writes: text, planned years, status and (where relevant) position. */
export class StatementContentDto {
  @ApiProperty({ example: 'Under 2017 kommer Trafikkontoret att …', maxLength: MAX_STATEMENT_TEXT, description: 'stored verbatim' })
  @IsString({ message: 'text must be a string' })
  @MaxLength(MAX_STATEMENT_TEXT, { message: `text must be at most ${MAX_STATEMENT_TEXT} characters` })
  text: string;

  @ApiProperty({ type: [Number], example: [2017, 2018], description: `distinct years ${MIN_YEAR}–${MAX_YEAR}, at most ${MAX_PLANNED_YEARS}` })
  @IsArray({ message: 'plannedYears must be a list of years' })
  @ArrayMaxSize(MAX_PLANNED_YEARS, { message: `plannedYears must have at most ${MAX_PLANNED_YEARS} years` })
  @ArrayUnique({ message: 'plannedYears must not repeat a year' })
  @IsInt({ each: true, message: YEARS_MESSAGE })
  @Min(MIN_YEAR, { each: true, message: YEARS_MESSAGE })
  @Max(MAX_YEAR, { each: true, message: YEARS_MESSAGE })
  plannedYears: number[];

  @ApiPropertyOptional({ enum: STATEMENT_STATUSES, nullable: true, description: 'ej påbörjad | pågående | genomförd | avvaktar; omitted on update: unchanged' })
  @IsOptional()
  @IsIn(STATEMENT_STATUSES, { message: `status must be one of ${STATEMENT_STATUSES.join(', ')} (or null)` })
  status?: StatementStatus | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Tillstyrker', maxLength: MAX_POSITION_TEXT, description: 'omitted on update: unchanged' })
  @IsOptional()
  @IsString({ message: 'position must be a string (or null)' })
  @MaxLength(MAX_POSITION_TEXT, { message: `position must be at most ${MAX_POSITION_TEXT} characters` })
  position?: string | null;
}

export class CreateStatementDto extends StatementContentDto {
  @ApiProperty({ example: 14 })
  @IsInt({ message: ID_MESSAGE('boardId') })
  @Min(1, { message: ID_MESSAGE('boardId') })
  @Max(MAX_ID, { message: ID_MESSAGE('boardId') })
  boardId: number;

  @ApiProperty({ example: 31, nullable: true, type: Number, description: "null: the board's general statement" })
  @ValidateIf((o: CreateStatementDto) => o.measureId !== null)
  @IsInt({ message: 'measureId must be a positive integer, or null for the general statement' })
  @Min(1, { message: 'measureId must be a positive integer, or null for the general statement' })
  @Max(MAX_ID, { message: 'measureId must be a positive integer, or null for the general statement' })
  measureId: number | null;
}

export class VersionDto {
  @ApiProperty({ example: 1, description: 'the version the client read; a stale one gets 409 version_conflict' })
  @IsInt({ message: 'version must be a positive integer' })
  @Min(1, { message: 'version must be a positive integer' })
  version: number;
}

export class UpdateStatementDto extends StatementContentDto {
  @ApiProperty({ example: 1, description: 'the version the client read; a stale one gets 409 version_conflict' })
  @IsInt({ message: 'version must be a positive integer' })
  @Min(1, { message: 'version must be a positive integer' })
  version: number;
}

const REVIEW_TEXT = (field: string) => `${field} must be a text of 1–${MAX_REVIEW_COMMENT} characters, not only spaces`;

export class ReopenStatementDto {
  @ApiPropertyOptional({ example: 2, description: 'when given, checked like on update' })
  @IsOptional()
  @IsInt({ message: 'version must be a positive integer' })
  @Min(1, { message: 'version must be a positive integer' })
  version?: number;

  @ApiProperty({ example: 'Nämnden har begärt att få komplettera skrivningen.', maxLength: MAX_REVIEW_COMMENT, description: "why it is reopened; the board's editors see it beside the draft" })
  @IsString({ message: REVIEW_TEXT('reason') })
  @Matches(/\S/, { message: REVIEW_TEXT('reason') })
  @MaxLength(MAX_REVIEW_COMMENT, { message: REVIEW_TEXT('reason') })
  reason: string;
}

export class ReturnStatementDto extends VersionDto {
  @ApiProperty({ example: 'Beskriv vilka år arbetet planeras och vem som ansvarar.', maxLength: MAX_REVIEW_COMMENT, description: "what the board should revise; its editors see it in their to-do list" })
  @IsString({ message: REVIEW_TEXT('comment') })
  @Matches(/\S/, { message: REVIEW_TEXT('comment') })
  @MaxLength(MAX_REVIEW_COMMENT, { message: REVIEW_TEXT('comment') })
  comment: string;
}
