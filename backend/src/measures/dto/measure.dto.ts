import { PageQueryDto } from '../../common/pagination.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { ORGANISATION_SLUG, OrganisationRefDto } from '../../organisations/dto/organisation.dto.js';
import { OptionalIdQuery, OptionalReportKeyQuery } from '../../common/query-fields.js';
import { RESPONSIBILITY_ROLES, type ResponsibilityRole } from '../measure.row.js';

export class ListMeasuresQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: "organisation slug: only that organisation's measures (and its report keys)", example: 'stockholms-stad' })
  @IsOptional()
  @Matches(ORGANISATION_SLUG, { message: 'organisation must be an organisation slug such as "stockholms-stad"' })
  organisation?: string;

  @OptionalReportKeyQuery()
  report?: string;

  @OptionalIdQuery('commission id: the commission whose report key is meant (required when several commissions share the key)')
  commission?: number;
}

export class RecommendationRefDto {
  @ApiProperty({ example: '6.3' }) number: string;
  @ApiProperty({ example: 'Utveckla arbetssätt för social hållbarhet', nullable: true, type: String }) title: string | null;
}

export class BoardRefDto {
  @ApiProperty({ example: 14 }) id: number;
  @ApiProperty({ example: 'Trafiknämnden' }) name: string;
}

export class MeasureResponsibilityDto {
  @ApiProperty({ type: BoardRefDto }) board: BoardRefDto;
  @ApiProperty({ enum: RESPONSIBILITY_ROLES }) role: ResponsibilityRole;
}

export class MeasureDto {
  @ApiProperty({ example: 31 }) id: number;
  @ApiProperty({ example: 'delad', description: 'report key' }) report: string;
  @ApiProperty({ example: '6.3.1' }) number: string;
  @ApiProperty({ example: 'Utveckla modell för socialt värdeskapande analys (SVA)' }) title: string;
  @ApiProperty({ type: RecommendationRefDto, nullable: true }) recommendation: RecommendationRefDto | null;
  @ApiProperty({ type: [MeasureResponsibilityDto] }) responsibilities: MeasureResponsibilityDto[];
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
}

export class MeasureDetailBoardDto extends BoardRefDto {
  @ApiProperty({ example: 'Trafikkontoret' }) administration: string;
}

export class MeasureDetailResponsibilityDto {
  @ApiProperty({ type: MeasureDetailBoardDto }) board: MeasureDetailBoardDto;
  @ApiProperty({ enum: RESPONSIBILITY_ROLES }) role: ResponsibilityRole;
  @ApiProperty({ nullable: true, type: String, example: 'Stadsbyggnadsnämnden i samverkan med trafiknämnden' }) sourceText: string | null;
}

export class ReportRefDto {
  @ApiProperty({ example: 'delad' }) key: string;
  @ApiProperty({ example: 'Från delad till enad stad – Översiktsplanering för social hållbarhet' }) title: string;
}

export class MeasureDetailDto {
  @ApiProperty({ example: 31 }) id: number;
  @ApiProperty({ type: ReportRefDto }) report: ReportRefDto;
  @ApiProperty({ example: '6.3.1' }) number: string;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ nullable: true, type: String }) ongoingWork: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'the "Ansvarig:" text as written' }) responsibilityText: string | null;
  @ApiProperty({ type: RecommendationRefDto, nullable: true }) recommendation: RecommendationRefDto | null;
  @ApiProperty({ type: [MeasureDetailResponsibilityDto] }) responsibilities: MeasureDetailResponsibilityDto[];
  @ApiProperty({ example: 1, description: 'for optimistic locking on PUT' }) version: number;
  @ApiProperty({ type: OrganisationRefDto }) organisation: OrganisationRefDto;
}
