import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  Validate,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MAX_ID } from '../../common/ids.js';
import { ORGANISATION_SLUG } from '../../organisations/dto/organisation.dto.js';
import { IsIsoDate } from '../../cycles/dto/is-iso-date.js';
import { ANSWER_PART_KINDS, DECIDED_HOW, REMISS_DOCUMENT_KINDS, REMISS_POSITIONS, type AnswerPartKind, type DecidedHow, type RemissDocumentKind, type RemissPosition } from '../parser/types.js';
import { REMISS_STATUSES, type RemissStatus } from '../remiss.row.js';

const ID = (name: string) => `${name} must be a positive integer`;
const SLUG = ORGANISATION_SLUG;
export const MAX_SUMMARY = 5_000;
export const MAX_PART_TEXT = 20_000;

export class RemissLinkInputDto {
  @ApiProperty({ example: 'Motionen (PDF)' })
  @IsString({ message: 'links[].title must be a string' })
  @MinLength(1, { message: 'links[].title must not be empty' })
  @MaxLength(200, { message: 'links[].title must be at most 200 characters' })
  title: string;

  @ApiProperty({ example: 'https://example.se/motion.pdf' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'links[].url must be an http(s) address' })
  @MaxLength(2000, { message: 'links[].url must be at most 2000 characters' })
  url: string;
}

/** The fields of a remiss an admin writes; on update every field is optional (omitted: unchanged). */
export class RemissFieldsDto {
  @ApiPropertyOptional({ example: 'KS 2026/12', nullable: true, type: String, description: 'diarienummer, unique per organisation' })
  @IsOptional()
  @IsString({ message: 'caseNumber must be a string (or null)' })
  @Matches(/\S/, { message: 'caseNumber must not be blank' })
  @MaxLength(60, { message: 'caseNumber must be at most 60 characters' })
  caseNumber?: string | null;

  @ApiPropertyOptional({ example: 'motion', nullable: true, type: String, description: 'lower case: motion, strategi, förslag, rekommendation …' })
  @IsOptional()
  @Matches(/^[a-zåäö-]{1,40}$/, { message: 'kind must be a lower-case word (motion, strategi, förslag …)' })
  kind?: string | null;

  @ApiPropertyOptional({ example: 3, nullable: true, type: Number, description: 'the sending board of the organisation' })
  @IsOptional()
  @IsInt({ message: ID('senderBoardId') })
  @Min(1, { message: ID('senderBoardId') })
  @Max(MAX_ID, { message: ID('senderBoardId') })
  senderBoardId?: number | null;

  @ApiPropertyOptional({ example: null, nullable: true, type: Number, description: 'the sending external body (an incoming remiss)' })
  @IsOptional()
  @IsInt({ message: ID('senderExternalBodyId') })
  @Min(1, { message: ID('senderExternalBodyId') })
  @Max(MAX_ID, { message: ID('senderExternalBodyId') })
  senderExternalBodyId?: number | null;

  @ApiPropertyOptional({ example: '2026-02-01', nullable: true, type: String })
  @IsOptional()
  @Validate(IsIsoDate)
  decidedOn?: string | null;

  @ApiPropertyOptional({ example: '12', nullable: true, type: String, description: 'the § of the decision' })
  @IsOptional()
  @Matches(/^[0-9A-Za-z:.-]{1,20}$/, { message: 'paragraph must be a § number such as 141' })
  paragraph?: string | null;

  @ApiPropertyOptional({ example: '2026-04-30', nullable: true, type: String, description: 'sista svarsdatum' })
  @IsOptional()
  @Validate(IsIsoDate)
  answerBy?: string | null;

  @ApiPropertyOptional({ enum: REMISS_STATUSES, example: 'sent' })
  @IsOptional()
  @IsIn(REMISS_STATUSES, { message: `status must be one of ${REMISS_STATUSES.join(', ')}` })
  status?: RemissStatus;

  @ApiPropertyOptional({ type: [RemissLinkInputDto] })
  @IsOptional()
  @IsArray({ message: 'links must be a list' })
  @ArrayMaxSize(20, { message: 'links must have at most 20 entries' })
  @ValidateNested({ each: true })
  @Type(() => RemissLinkInputDto)
  links?: RemissLinkInputDto[];

  @ApiPropertyOptional({ example: 'Andrea Ax Karlsén', nullable: true, type: String })
  @IsOptional()
  @IsString({ message: 'handlingOfficer must be a string (or null)' })
  @MinLength(1, { message: 'handlingOfficer must not be empty' })
  @MaxLength(200, { message: 'handlingOfficer must be at most 200 characters' })
  handlingOfficer?: string | null;
}

export class CreateRemissDto extends RemissFieldsDto {
  @ApiProperty({ example: 'stockholms-stad', description: 'the organisation the remiss belongs to (slug)' })
  @Matches(SLUG, { message: 'organisation must be a slug (lower-case letters, digits, -)' })
  organisation: string;

  @ApiProperty({ example: 'Motion om fler cykelbanor' })
  @IsString({ message: 'title must be a string' })
  @Matches(/\S/, { message: 'title must not be blank' })
  @MaxLength(500, { message: 'title must be at most 500 characters' })
  title: string;

  @ApiPropertyOptional({ example: 'Kommunstyrelsen', description: 'as written; defaults to the sending board or body' })
  @IsOptional()
  @IsString({ message: 'senderName must be a string' })
  @Matches(/\S/, { message: 'senderName must not be blank' })
  @MaxLength(300, { message: 'senderName must be at most 300 characters' })
  senderName?: string;
}

export class UpdateRemissDto extends RemissFieldsDto {
  @ApiPropertyOptional({ example: 'Motion om fler cykelbanor' })
  @IsOptional()
  @IsString({ message: 'title must be a string' })
  @Matches(/\S/, { message: 'title must not be blank' })
  @MaxLength(500, { message: 'title must be at most 500 characters' })
  title?: string;

  @ApiPropertyOptional({ example: 'Kommunstyrelsen' })
  @IsOptional()
  @IsString({ message: 'senderName must be a string' })
  @Matches(/\S/, { message: 'senderName must not be blank' })
  @MaxLength(300, { message: 'senderName must be at most 300 characters' })
  senderName?: string;

  @ApiProperty({ example: 1, description: 'the version the client read; a stale one gets 409 version_conflict' })
  @IsInt({ message: 'version must be a positive integer' })
  @Min(1, { message: 'version must be a positive integer' })
  version: number;
}

export class AddRecipientDto {
  @ApiProperty({ enum: ['board', 'external', 'organisation'], example: 'board', description: 'a board or company (boardId), an external body (externalBodyId), or the organisation itself' })
  @IsIn(['board', 'external', 'organisation'], { message: 'kind must be board, external or organisation' })
  kind: 'board' | 'external' | 'organisation';

  @ApiPropertyOptional({ example: 12 })
  @ValidateIf((o: AddRecipientDto) => o.kind === 'board')
  @IsInt({ message: ID('boardId') })
  @Min(1, { message: ID('boardId') })
  @Max(MAX_ID, { message: ID('boardId') })
  boardId?: number;

  @ApiPropertyOptional({ example: 4 })
  @ValidateIf((o: AddRecipientDto) => o.kind === 'external')
  @IsInt({ message: ID('externalBodyId') })
  @Min(1, { message: ID('externalBodyId') })
  @Max(MAX_ID, { message: ID('externalBodyId') })
  externalBodyId?: number;

  @ApiProperty({ example: 1, description: 'the remiss version the client read' })
  @IsInt({ message: 'version must be a positive integer' })
  @Min(1, { message: 'version must be a positive integer' })
  version: number;
}

export class AnswerPartInputDto {
  @ApiProperty({ enum: ANSWER_PART_KINDS, example: 'synpunkter' })
  @IsIn(ANSWER_PART_KINDS, { message: `parts[].kind must be one of ${ANSWER_PART_KINDS.join(', ')}` })
  kind: AnswerPartKind;

  @ApiProperty({ example: 'Förvaltningens synpunkter' })
  @IsString({ message: 'parts[].heading must be a string' })
  @MaxLength(200, { message: 'parts[].heading must be at most 200 characters' })
  heading: string;

  @ApiProperty({ example: 'Förvaltningen ställer sig positiv …' })
  @IsString({ message: 'parts[].text must be a string' })
  @MaxLength(MAX_PART_TEXT, { message: `parts[].text must be at most ${MAX_PART_TEXT} characters` })
  text: string;
}

/** What a recipient writes; on update omitted fields are unchanged. */
export class AnswerContentDto {
  @ApiPropertyOptional({ enum: REMISS_POSITIONS, nullable: true, example: 'supports', description: 'required to submit' })
  @IsOptional()
  @IsIn(REMISS_POSITIONS, { message: `position must be one of ${REMISS_POSITIONS.join(', ')}` })
  position?: RemissPosition | null;

  @ApiPropertyOptional({ example: '2026-03-20', nullable: true, type: String, description: 'the answer\'s date; set to the submit day when empty' })
  @IsOptional()
  @Validate(IsIsoDate)
  answeredOn?: string | null;

  @ApiPropertyOptional({ example: 'Förvaltningen tillstyrker förslaget.', maxLength: MAX_SUMMARY })
  @IsOptional()
  @IsString({ message: 'summary must be a string' })
  @MaxLength(MAX_SUMMARY, { message: `summary must be at most ${MAX_SUMMARY} characters` })
  summary?: string;

  @ApiPropertyOptional({ type: [AnswerPartInputDto] })
  @IsOptional()
  @IsArray({ message: 'parts must be a list' })
  @ArrayMaxSize(20, { message: 'parts must have at most 20 entries' })
  @ValidateNested({ each: true })
  @Type(() => AnswerPartInputDto)
  parts?: AnswerPartInputDto[];

  @ApiPropertyOptional({ type: [String], example: ['Alexandra Wynn'] })
  @IsOptional()
  @IsArray({ message: 'signatories must be a list of names' })
  @ArrayMaxSize(20, { message: 'signatories must have at most 20 names' })
  @IsString({ each: true, message: 'signatories must be a list of names' })
  @Matches(/\S/, { each: true, message: 'signatories must not hold an empty name' })
  @MaxLength(200, { each: true, message: 'a signatory must be at most 200 characters' })
  signatories?: string[];

  @ApiPropertyOptional({ enum: DECIDED_HOW, nullable: true, example: 'board' })
  @IsOptional()
  @IsIn(DECIDED_HOW, { message: `decidedHow must be one of ${DECIDED_HOW.join(', ')}` })
  decidedHow?: DecidedHow | null;
}

export class UpdateAnswerDto extends AnswerContentDto {
  @ApiProperty({ example: 1, description: 'the version the client read; a stale one gets 409 version_conflict' })
  @IsInt({ message: 'version must be a positive integer' })
  @Min(1, { message: 'version must be a positive integer' })
  version: number;
}

/** `?version=` of a DELETE (a query string, so the number is parsed here). */
export class VersionQueryDto {
  @ApiProperty({ example: 2, description: 'the remiss version the client read; a stale one gets 409 version_conflict' })
  @Transform(({ value }) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'version must be a positive integer' })
  @Min(1, { message: 'version must be a positive integer' })
  version: number;
}

export class CreateExternalBodyDto {
  @ApiProperty({ example: 'stockholms-stad' })
  @Matches(SLUG, { message: 'organisation must be a slug (lower-case letters, digits, -)' })
  organisation: string;

  @ApiProperty({ example: 'Famna' })
  @IsString({ message: 'name must be a string' })
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(300, { message: 'name must be at most 300 characters' })
  name: string;
}

export const MAX_IMPORT_TEXT = 500_000;

export class ImportRemissDto {
  @ApiProperty({ example: 'Protokollsutdrag\n…\n§ 141 …', description: `the document as text (at most ${MAX_IMPORT_TEXT} characters)` })
  @IsString({ message: 'text must be the document as a string' })
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(MAX_IMPORT_TEXT, { message: `text must be at most ${MAX_IMPORT_TEXT} characters` })
  text: string;

  @ApiPropertyOptional({ example: 'malmo-stad', description: "the organisation (slug); omitted: the signed-in admin's own" })
  @IsOptional()
  @Matches(SLUG, { message: 'organisation must be a slug (lower-case letters, digits, -)' })
  organisation?: string;

  @ApiPropertyOptional({ enum: REMISS_DOCUMENT_KINDS, description: 'omitted: recognised from the text' })
  @IsOptional()
  @IsIn(REMISS_DOCUMENT_KINDS, { message: `kind must be one of ${REMISS_DOCUMENT_KINDS.join(', ')}` })
  kind?: RemissDocumentKind;

  @ApiPropertyOptional({ example: true, description: 'preview: do everything, write nothing' })
  @IsOptional()
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}
