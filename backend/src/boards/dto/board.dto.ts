import { OptionalIdQuery } from '../../common/query-fields.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { BOARD_KINDS, type BoardKind } from '../board.row.js';
import { MAX_ID } from '../../common/ids.js';

export class BoardDto {
  @ApiProperty({ example: 14 })
  id: number;

  @ApiProperty({ example: 'Trafiknämnden' })
  name: string;

  @ApiProperty({ example: 'Trafikkontoret' })
  administration: string;

  @ApiProperty({ enum: BOARD_KINDS, example: 'central' })
  kind: BoardKind;
}

export class BoardResponsibilityMeasureDto {
  @ApiProperty({ example: 31 }) id: number;
  @ApiProperty({ example: '6.3.1' }) number: string;
  @ApiProperty({ example: 'delad', description: 'report key' }) report: string;
  @ApiProperty({ example: 'Utveckla modell för socialt värdeskapande analys (SVA)' }) title: string;
}

export class BoardResponsibilityDto {
  @ApiProperty({ type: BoardResponsibilityMeasureDto }) measure: BoardResponsibilityMeasureDto;
  @ApiProperty({ enum: ['lead', 'contributing'] }) role: 'lead' | 'contributing';
}

export class BoardDetailDto extends BoardDto {
  @ApiProperty({ example: 'trafiknamnden' })
  slug: string;

  @ApiProperty({ type: [BoardResponsibilityDto] })
  responsibilities: BoardResponsibilityDto[];

  @ApiProperty({ example: 1, description: 'for optimistic locking on PUT' })
  version: number;

  @ApiPropertyOptional({ description: 'with ?cycle=: whether the board was asked to report in that cycle' })
  participant?: boolean;
}

export class BoardQueryDto {
  @OptionalIdQuery("cycle id: the responsibilities of that cycle's scope instead of today's catalogue")
  cycle?: number;
}

/** A board as written by an admin. */
export class SavedBoardDto extends BoardDto {
  @ApiProperty({ example: 'trafiknamnden' }) slug: string;
  @ApiProperty({ example: 1 }) version: number;
}

const KIND_MESSAGE = `kind must be one of ${BOARD_KINDS.join(', ')}`;

export class CreateBoardDto {
  @ApiProperty({ example: 'Trafiknämnden' })
  @IsString({ message: 'name must be a string' })
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(300, { message: 'name must be at most 300 characters' })
  name: string;

  @ApiProperty({ example: 'Trafikkontoret', description: 'förvaltning' })
  @IsString({ message: 'administration must be a string' })
  @MinLength(1, { message: 'administration must not be empty' })
  @MaxLength(300, { message: 'administration must be at most 300 characters' })
  administration: string;

  @ApiProperty({ enum: BOARD_KINDS, example: 'central' })
  @IsIn(BOARD_KINDS, { message: KIND_MESSAGE })
  kind: BoardKind;

  @ApiPropertyOptional({ example: 1, description: 'may be omitted while there is only one organisation' })
  @IsOptional()
  @IsInt({ message: 'organisationId must be a positive integer' })
  @Min(1, { message: 'organisationId must be a positive integer' })
  @Max(MAX_ID, { message: 'organisationId must be a positive integer' })
  organisationId?: number;
}

export class UpdateBoardDto {
  @ApiPropertyOptional({ example: 'Trafiknämnden' })
  @IsOptional()
  @IsString({ message: 'name must be a string' })
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(300, { message: 'name must be at most 300 characters' })
  name?: string;

  @ApiPropertyOptional({ example: 'Trafikkontoret' })
  @IsOptional()
  @IsString({ message: 'administration must be a string' })
  @MinLength(1, { message: 'administration must not be empty' })
  @MaxLength(300, { message: 'administration must be at most 300 characters' })
  administration?: string;

  @ApiPropertyOptional({ enum: BOARD_KINDS })
  @IsOptional()
  @IsIn(BOARD_KINDS, { message: KIND_MESSAGE })
  kind?: BoardKind;

  @ApiProperty({ example: 1 })
  @IsInt({ message: 'version must be a positive integer' })
  @Min(1, { message: 'version must be a positive integer' })
  version: number;
}
