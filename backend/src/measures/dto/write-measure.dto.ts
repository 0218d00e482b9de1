import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { RESPONSIBILITY_ROLES, type ResponsibilityRole } from '../measure.row.js';
import { ORGANISATION_SLUG } from '../../organisations/dto/organisation.dto.js';

const LONG_TEXT = 20_000;

export class MeasureTextFieldsDto {
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: LONG_TEXT })
  @IsOptional()
  @IsString({ message: 'description must be a string (or null)' })
  @MaxLength(LONG_TEXT, { message: `description must be at most ${LONG_TEXT} characters` })
  description?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: LONG_TEXT, description: 'pågående arbete' })
  @IsOptional()
  @IsString({ message: 'ongoingWork must be a string (or null)' })
  @MaxLength(LONG_TEXT, { message: `ongoingWork must be at most ${LONG_TEXT} characters` })
  ongoingWork?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Trafiknämnden i samverkan med stadsdelsnämnderna', description: 'the "Ansvarig:" text as written' })
  @IsOptional()
  @IsString({ message: 'responsibilityText must be a string (or null)' })
  @MaxLength(2000, { message: 'responsibilityText must be at most 2000 characters' })
  responsibilityText?: string | null;
}

export class CreateMeasureDto extends MeasureTextFieldsDto {
  @ApiPropertyOptional({ example: 'stockholms-stad', description: "organisation slug whose report is meant; default: the commission's, or the signed-in admin's" })
  @IsOptional()
  @Matches(ORGANISATION_SLUG, { message: 'organisation must be an organisation slug such as "stockholms-stad"' })
  organisation?: string;

  @ApiPropertyOptional({ example: 1, description: 'the commission whose report is meant; required when several commissions have a report with this key' })
  @IsOptional()
  @IsInt({ message: 'commissionId must be a positive integer' })
  @Min(1, { message: 'commissionId must be a positive integer' })
  @Max(2_147_483_647, { message: 'commissionId must be a positive integer' })
  commissionId?: number;

  @ApiProperty({ example: 'delad', description: 'report key, unique within its commission' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'report must be a report key such as "delad"' })
  report: string;

  @ApiProperty({ example: '6.3.4', description: 'unique within the report' })
  @Matches(/^[0-9]+(\.[0-9]+)+$/, { message: 'number must be a measure number such as 6.3.4 or 1.4' })
  @MaxLength(30, { message: 'number must be at most 30 characters' })
  number: string;

  @ApiProperty({ example: 'Utveckla modell för socialt värdeskapande analys (SVA)' })
  @IsString({ message: 'title must be a string' })
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(2000, { message: 'title must be at most 2000 characters' })
  title: string;

  @ApiPropertyOptional({ example: '6.3', description: "the recommendation's number within the report" })
  @IsOptional()
  @Matches(/^[0-9]+(\.[0-9]+)*$/, { message: 'recommendation must be a recommendation number such as 6.3' })
  recommendation?: string;
}

export class UpdateMeasureDto extends MeasureTextFieldsDto {
  @ApiPropertyOptional({ example: '6.3.4' })
  @IsOptional()
  @Matches(/^[0-9]+(\.[0-9]+)+$/, { message: 'number must be a measure number such as 6.3.4 or 1.4' })
  @MaxLength(30, { message: 'number must be at most 30 characters' })
  number?: string;

  @ApiPropertyOptional({ example: 'Utveckla modell för socialt värdeskapande analys (SVA)' })
  @IsOptional()
  @IsString({ message: 'title must be a string' })
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(2000, { message: 'title must be at most 2000 characters' })
  title?: string;

  @ApiProperty({ example: 1 })
  @IsInt({ message: 'version must be a positive integer' })
  @Min(1, { message: 'version must be a positive integer' })
  version: number;
}

export class SetResponsibilityDto {
  @ApiProperty({ enum: RESPONSIBILITY_ROLES, example: 'lead' })
  @IsIn(RESPONSIBILITY_ROLES, { message: 'role must be lead or contributing' })
  role: ResponsibilityRole;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Trafiknämnden i samverkan med stadsdelsnämnderna' })
  @IsOptional()
  @IsString({ message: 'sourceText must be a string (or null)' })
  @MaxLength(2000, { message: 'sourceText must be at most 2000 characters' })
  sourceText?: string | null;
}

export class ResponsibilityDto {
  @ApiProperty({ example: 40 }) id: number;
  @ApiProperty({ example: 31 }) measureId: number;
  @ApiProperty({ example: 14 }) boardId: number;
  @ApiProperty({ enum: RESPONSIBILITY_ROLES }) role: ResponsibilityRole;
  @ApiProperty({ nullable: true, type: String }) sourceText: string | null;
}
