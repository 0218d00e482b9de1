import { PageQueryDto } from '../../common/pagination.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { AUDIT_ENTITY_TYPES, type AuditEntityType } from '../audit-event.row.js';
import { MAX_ID } from '../../common/ids.js';
import { ORGANISATION_SLUG, OrganisationRefDto } from '../../organisations/dto/organisation.dto.js';

export class AuditActorDto {
  @ApiProperty({ example: 3, nullable: true, type: Number }) id: number | null;
  @ApiProperty({ example: 'redaktor.trafiknamnden@example.se' }) email: string;
}

export class AuditEventDto {
  @ApiProperty({ example: 12 }) id: number;
  @ApiProperty({ example: '2026-03-02T09:14:00.000Z' }) at: string;
  @ApiProperty({ type: AuditActorDto, nullable: true, description: 'who made the change; null in the public view of a statement history (the board is in the snapshot)' })
  actor: AuditActorDto | null;
  @ApiProperty({ example: 'statement.update' }) action: string;
  @ApiProperty({ enum: AUDIT_ENTITY_TYPES, example: 'statement' }) entityType: AuditEntityType;
  @ApiProperty({ example: 7 }) entityId: number;
  @ApiProperty({ type: OrganisationRefDto, nullable: true, description: 'the organisation of the object described; null only for an install-level event' })
  organisation: OrganisationRefDto | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'the row before the change; null for a creation', example: { text: 'Utkast', version: 1 } })
  before: unknown;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'the row after the change; null for a removal', example: { text: 'Under 2017 …', version: 2 } })
  after: unknown;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '4.1.1 (Stad i samverkan)',
    description:
      "the object's natural name today: a measure's number (report title), a statement's board – measure – cycle (no measure: the general statement), a board's or cycle's name, an account's e-mail; null when the object no longer exists",
  })
  label: string | null;
}

/** A whole date, or a date and time (offset optional: without one it is UTC). Not a bare year or month. */
const DATE_OR_TIMESTAMP = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export class ListAuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: "organisation slug: an admin reads only its own organisation's trail (another's: 403)", example: 'stockholms-stad' })
  @IsOptional()
  @Matches(ORGANISATION_SLUG, { message: 'organisation must be an organisation slug such as "stockholms-stad"' })
  organisation?: string;

  @ApiPropertyOptional({ enum: AUDIT_ENTITY_TYPES })
  @IsOptional()
  @IsIn(AUDIT_ENTITY_TYPES, { message: `entityType must be one of ${AUDIT_ENTITY_TYPES.join(', ')}` })
  entityType?: AuditEntityType;

  @ApiPropertyOptional({ example: 7 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'entityId must be a positive integer' })
  @Min(1, { message: 'entityId must be a positive integer' })
  @Max(MAX_ID, { message: 'entityId must be a positive integer' })
  entityId?: number;

  @ApiPropertyOptional({ description: "the actor's email", example: 'admin@example.se' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'actor must be an email address' })
  actor?: string;

  @ApiPropertyOptional({ description: 'changes at or after (ISO timestamp, or a date: from its start, UTC)', example: '2026-01-01' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be a date YYYY-MM-DD or an ISO 8601 timestamp' })
  @Matches(DATE_OR_TIMESTAMP, { message: 'from must be a date YYYY-MM-DD or an ISO 8601 timestamp' })
  from?: string;

  @ApiPropertyOptional({ description: 'changes before (ISO timestamp), or up to and including a date (UTC)', example: '2026-12-31' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be a date YYYY-MM-DD or an ISO 8601 timestamp' })
  @Matches(DATE_OR_TIMESTAMP, { message: 'to must be a date YYYY-MM-DD or an ISO 8601 timestamp' })
  to?: string;

  @ApiPropertyOptional({ description: 'only events older than this id (the older way to page; the cursor does the same)', example: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'beforeId must be a positive integer' })
  @Min(1, { message: 'beforeId must be a positive integer' })
  beforeId?: number;
}
