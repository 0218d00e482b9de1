import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, Validate, ValidateIf } from 'class-validator';
import { IsIsoDate } from './is-iso-date.js';
import { CYCLE_STATUSES, type CycleStatus } from '../cycle.row.js';
import { MAX_ID } from '../../common/ids.js';
import { ORGANISATION_SLUG, OrganisationPageQueryDto, OrganisationRefDto } from '../../organisations/dto/organisation.dto.js';

export class CycleDto {
  @ApiProperty({ example: 1 }) id: number;
  @ApiProperty({ example: 'Underlag för budget 2017 med inriktning 2018-2019' }) name: string;
  @ApiProperty({ example: 2016 }) year: number;
  @ApiProperty({ example: '2016-05-31', nullable: true, type: String, description: 'ISO date' }) deadline: string | null;
  @ApiProperty({ enum: CYCLE_STATUSES, example: 'closed' }) status: CycleStatus;
  @ApiProperty({ example: 1, description: 'for optimistic locking on PUT' }) version: number;
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
}

/** `GET /api/cycles`: one page, optionally of one organisation. */
export class ListCyclesQueryDto extends OrganisationPageQueryDto {}

const STATUS_MESSAGE = `status must be one of ${CYCLE_STATUSES.join(', ')}`;

export class CreateCycleDto {
  @ApiProperty({ example: 'Underlag för budget 2027 med inriktning 2028-2029' })
  @IsString({ message: 'name must be a string' })
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(300, { message: 'name must be at most 300 characters' })
  name: string;

  @ApiProperty({ example: 2026 })
  @IsInt({ message: 'year must be a year between 2000 and 2100' })
  @Min(2000, { message: 'year must be a year between 2000 and 2100' })
  @Max(2100, { message: 'year must be a year between 2000 and 2100' })
  year: number;

  @ApiProperty({ example: '2026-05-31', nullable: true, type: String, description: 'ISO date (the last day to submit, Stockholm time)' })
  @ValidateIf((o: CreateCycleDto) => o.deadline !== null)
  @Validate(IsIsoDate)
  deadline: string | null;

  @ApiProperty({ enum: CYCLE_STATUSES, example: 'open' })
  @IsIn(CYCLE_STATUSES, { message: STATUS_MESSAGE })
  status: CycleStatus;

  @ApiPropertyOptional({ example: 'stockholms-stad', description: "organisation slug; default: the commission's, or the signed-in admin's" })
  @IsOptional()
  @Matches(ORGANISATION_SLUG, { message: 'organisation must be an organisation slug such as "stockholms-stad"' })
  organisation?: string;

  @ApiPropertyOptional({ example: 1, description: "the commission followed up; may be omitted while the organisation has only one" })
  @IsOptional()
  @IsInt({ message: 'commissionId must be a positive integer' })
  @Min(1, { message: 'commissionId must be a positive integer' })
  @Max(MAX_ID, { message: 'commissionId must be a positive integer' })
  commissionId?: number;
}

export class UpdateCycleDto {
  @ApiPropertyOptional({ example: 'Underlag för budget 2027' })
  @IsOptional()
  @IsString({ message: 'name must be a string' })
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(300, { message: 'name must be at most 300 characters' })
  name?: string;

  @ApiPropertyOptional({ example: '2026-06-15', nullable: true, type: String, description: 'omitted: unchanged; null: no deadline' })
  @IsOptional()
  @Validate(IsIsoDate)
  deadline?: string | null;

  @ApiPropertyOptional({ enum: CYCLE_STATUSES, example: 'closed', description: 'open, close, or reopen (closed → open)' })
  @IsOptional()
  @IsIn(CYCLE_STATUSES, { message: STATUS_MESSAGE })
  status?: CycleStatus;

  @ApiProperty({ example: 1 })
  @IsInt({ message: 'version must be a positive integer' })
  @Min(1, { message: 'version must be a positive integer' })
  version: number;
}

export class SetParticipantsDto {
  @ApiProperty({ type: [Number], example: [14, 15], description: 'the boards asked to report; replaces the current set' })
  @IsArray({ message: 'boardIds must be a list of board ids' })
  @ArrayMaxSize(1000, { message: 'boardIds must have at most 1000 ids' })
  @ArrayUnique({ message: 'boardIds must not repeat a board' })
  @IsInt({ each: true, message: 'boardIds must hold positive integers' })
  @Min(1, { each: true, message: 'boardIds must hold positive integers' })
  @Max(MAX_ID, { each: true, message: 'boardIds must hold positive integers' })
  boardIds: number[];
}

export class ParticipantDto {
  @ApiProperty({ example: 14 }) id: number;
  @ApiProperty({ example: 'Trafiknämnden' }) name: string;
  @ApiProperty({ example: 'Trafikkontoret' }) administration: string;
}
