import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Matches, Min } from 'class-validator';
import { ORGANISATION_SLUG, OrganisationRefDto } from '../../organisations/dto/organisation.dto.js';
import { PageQueryDto } from '../../common/pagination.js';
import { OptionalIdQuery } from '../../common/query-fields.js';

export const SUGGESTION_STATES = ['pending', 'confirmed', 'rejected'] as const;
export type SuggestionState = (typeof SUGGESTION_STATES)[number];

/** Filters, and `?limit=&cursor=` (docs/api.md, Pagination). */
export class ListLinkSuggestionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: "organisation slug: the caller's own (another's: 403)", example: 'stockholms-stad' })
  @IsOptional()
  @Matches(ORGANISATION_SLUG, { message: 'organisation must be an organisation slug such as "stockholms-stad"' })
  organisation?: string;

  @OptionalIdQuery('cycle id')
  cycle?: number;

  @ApiPropertyOptional({ enum: SUGGESTION_STATES, example: 'pending' })
  @IsOptional()
  @IsIn(SUGGESTION_STATES, { message: `state must be one of ${SUGGESTION_STATES.join(', ')}` })
  state?: SuggestionState;
}

export class DecideLinkSuggestionDto {
  @ApiProperty({ example: 1, description: 'the version the admin saw; a stale one is a 409' })
  @IsInt({ message: 'version must be a positive integer' })
  @Min(1, { message: 'version must be a positive integer' })
  version: number;
}

class SuggestionCycleDto {
  @ApiProperty({ example: 1 }) id: number;
  @ApiProperty({ example: 'Underlag för budget 2017 med inriktning 2018-2019' }) name: string;
}

class SuggestionBoardDto {
  @ApiProperty({ example: 27 }) id: number;
  @ApiProperty({ example: 'Älvsjö stadsdelsnämnd' }) name: string;
}

class SuggestionMeasureDto {
  @ApiProperty({ example: 29 }) id: number;
  @ApiProperty({ example: '6.5.3' }) number: string;
  @ApiProperty({ example: 'skola' }) report: string;
  @ApiProperty({ example: 'Etablera fler lokala Community Center' }) title: string;
}

export class LinkSuggestionDto {
  @ApiProperty({ example: 7 }) id: number;
  @ApiProperty({ type: SuggestionCycleDto }) cycle: SuggestionCycleDto;
  @ApiProperty({ type: SuggestionBoardDto }) board: SuggestionBoardDto;
  @ApiProperty({ type: SuggestionMeasureDto, description: 'the measure the passage may refer to' }) measure: SuggestionMeasureDto;
  @ApiProperty({ example: 'Rapporten lyfter även fram ett behov av fler community centers i staden.' }) passage: string;
  @ApiProperty({ type: [Number], example: [2017, 2017], description: 'first and last line of the passage in the imported document' })
  lines: [number, number];
  @ApiProperty({ example: 0.617 }) score: number;
  @ApiProperty({ type: [String], example: ['community', 'centers'], description: 'the passage\'s words that match the title' }) words: string[];
  @ApiProperty({ enum: SUGGESTION_STATES }) state: SuggestionState;
  @ApiProperty({ nullable: true, type: Number, example: null, description: 'the statement a confirmation made (or found)' }) statementId: number | null;
  @ApiProperty({ nullable: true, type: String, example: null }) decidedAt: string | null;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
}
