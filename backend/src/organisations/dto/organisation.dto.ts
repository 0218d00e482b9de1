import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination.js';

export const ORGANISATION_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class OrganisationDto {
  @ApiProperty({ example: 1 }) id: number;
  @ApiProperty({ example: 'stockholms-stad' }) slug: string;
  @ApiProperty({ example: 'Stockholms stad' }) name: string;
}

/** The organisation a row belongs to, as every list row names it. */
export class OrganisationRefDto {
  @ApiProperty({ example: 'stockholms-stad' }) slug: string;
  @ApiProperty({ example: 'Stockholms stad' }) name: string;
}

/**
 * `?organisation=SLUG` of every list endpoint: only that organisation's rows (an unknown slug → 404
 * `organisation_not_found`); without it the list spans every organisation the caller may read.
 */
export class OrganisationQueryDto {
  @ApiPropertyOptional({ description: "organisation slug: only that organisation's rows", example: 'stockholms-stad' })
  @IsOptional()
  @Matches(ORGANISATION_SLUG, { message: 'organisation must be an organisation slug such as "stockholms-stad"' })
  @MaxLength(100, { message: 'organisation must be at most 100 characters' })
  organisation?: string;
}

/** `?organisation=SLUG` of a paginated list (`?limit=&cursor=`, see PageQueryDto): the same filter, one page. */
export class OrganisationPageQueryDto extends IntersectionType(PageQueryDto, OrganisationQueryDto) {}

/** A new organisation and its first admin (role system only). */
export class CreateOrganisationDto {
  @ApiProperty({ example: 'tyreso-kommun', description: 'lower case letters, digits and single dashes' })
  @IsString({ message: 'slug must be a string' })
  @Matches(ORGANISATION_SLUG, { message: 'slug must be lower case letters, digits and single dashes, e.g. "tyreso-kommun"' })
  @MaxLength(100, { message: 'slug must be at most 100 characters' })
  slug: string;

  @ApiProperty({ example: 'Tyresö kommun' })
  @IsString({ message: 'name must be a string' })
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(300, { message: 'name must be at most 300 characters' })
  name: string;

  @ApiProperty({ example: 'admin@tyreso.se', description: "the organisation's first admin" })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'adminEmail must be an email address' })
  @MaxLength(254, { message: 'adminEmail must be at most 254 characters' })
  adminEmail: string;

  @ApiProperty({ format: 'password', description: "the first admin's password (at least 10 characters, at most 72 bytes, not the demo password)" })
  @IsString({ message: 'adminPassword must be a string' })
  adminPassword: string;
}

export class CreatedOrganisationDto extends OrganisationDto {
  @ApiProperty({ example: { id: 42, email: 'admin@tyreso.se' }, description: 'the first admin' })
  admin: { id: number; email: string };
}
