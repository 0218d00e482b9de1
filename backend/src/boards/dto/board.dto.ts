import { applyDecorators } from '@nestjs/common';
import { OptionalIdQuery } from '../../common/query-fields.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { BOARD_KINDS, type BoardKind } from '../board.row.js';
import { ORGANISATION_SLUG, OrganisationPageQueryDto, OrganisationRefDto } from '../../organisations/dto/organisation.dto.js';

export class BoardDto {
  @ApiProperty({ example: 14 })
  id: number;

  @ApiProperty({ example: 'Trafiknämnden' })
  name: string;

  @ApiProperty({ example: 'Trafikkontoret' })
  administration: string;

  @ApiProperty({ enum: BOARD_KINDS, example: 'central' })
  kind: BoardKind;

  @ApiProperty({ type: OrganisationRefDto })
  organisation: OrganisationRefDto;

  @ApiProperty({ example: null, nullable: true, type: String, description: 'first day the board exists (ISO date; null: always)' })
  validFrom: string | null;

  @ApiProperty({ example: null, nullable: true, type: String, description: 'last day the board exists (ISO date; null: open-ended)' })
  validTo: string | null;
}

/** An optional ISO date of a board's validity: null clears it. */
function OptionalDateField(name: string, description: string, example: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ example, nullable: true, type: String, description }),
    IsOptional(),
    IsDateString({ strict: true }, { message: `${name} must be a date YYYY-MM-DD` }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `${name} must be a date YYYY-MM-DD` }),
  );
}

/** `GET /api/boards`: one page, of one organisation, and optionally the boards valid at a date. */
export class ListBoardsQueryDto extends OrganisationPageQueryDto {
  @ApiPropertyOptional({ example: '2016-06-30', description: 'only boards valid on that day (validFrom ≤ date ≤ validTo)' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'validAt must be a date YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validAt must be a date YYYY-MM-DD' })
  validAt?: string;
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

  @ApiPropertyOptional({ example: 'stockholms-stad', description: "organisation slug; default: the signed-in admin's organisation" })
  @IsOptional()
  @Matches(ORGANISATION_SLUG, { message: 'organisation must be an organisation slug such as "stockholms-stad"' })
  organisation?: string;

  @OptionalDateField('validFrom', 'first day the board exists (null: always)', '2020-01-01')
  validFrom?: string | null;

  @OptionalDateField('validTo', 'last day the board exists (null: open-ended)', '2019-12-31')
  validTo?: string | null;
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

  @OptionalDateField('validFrom', 'first day the board exists (null: always; omitted: unchanged)', '2020-01-01')
  validFrom?: string | null;

  @OptionalDateField('validTo', 'last day the board exists (null: open-ended; omitted: unchanged)', '2019-12-31')
  validTo?: string | null;

  @ApiProperty({ example: 1 })
  @IsInt({ message: 'version must be a positive integer' })
  @Min(1, { message: 'version must be a positive integer' })
  version: number;
}
