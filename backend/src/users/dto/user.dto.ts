import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ORGANISATION_SLUG, OrganisationQueryDto, OrganisationRefDto } from '../../organisations/dto/organisation.dto.js';
import { BoardRefDto } from '../../auth/dto/login.dto.js';
import { ROLES, type Role } from '../../auth/roles.js';
import { MAX_ID } from '../../common/ids.js';

export class UserDto {
  @ApiProperty({ example: 3 }) id: number;
  @ApiProperty({ example: 'redaktor.trafiknamnden@example.se' }) email: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ type: OrganisationRefDto, nullable: true, description: 'null only for a system account' }) organisation: OrganisationRefDto | null;
  @ApiProperty({ type: [BoardRefDto] }) boards: BoardRefDto[];
  @ApiProperty({ example: true }) active: boolean;
  @ApiProperty({ example: false, description: 'still the demo password (production mode refuses to start)' }) demoPassword: boolean;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ example: '2026-01-10T09:00:00.000Z' }) createdAt: string;
}

/** The roles an admin gives; `system` is the install's, created only by `npm run org:create` (see README). */
export const ORGANISATION_ROLES = ROLES.filter((r): r is Exclude<Role, 'system'> => r !== 'system');
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];
const ROLE_MESSAGE = `role must be one of ${ORGANISATION_ROLES.join(', ')}`;

class UserBoardsField {
  @ApiPropertyOptional({ type: [Number], example: [14], description: 'the boards an editor writes for (editors only; at least one)' })
  @IsOptional()
  @IsArray({ message: 'boardIds must be a list of board ids' })
  @ArrayMaxSize(200, { message: 'boardIds must have at most 200 ids' })
  @ArrayUnique({ message: 'boardIds must not repeat a board' })
  @IsInt({ each: true, message: 'boardIds must hold positive integers' })
  @Min(1, { each: true, message: 'boardIds must hold positive integers' })
  @Max(MAX_ID, { each: true, message: 'boardIds must hold positive integers' })
  boardIds?: number[];
}

export class CreateUserDto extends UserBoardsField {
  @ApiProperty({ example: 'anna.andersson@stockholm.se' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email: string;

  @ApiProperty({ enum: ORGANISATION_ROLES, example: 'editor' })
  @IsIn(ORGANISATION_ROLES, { message: ROLE_MESSAGE })
  role: OrganisationRole;

  @ApiPropertyOptional({ example: 'stockholms-stad', description: "organisation slug; default: the signed-in admin's (an admin creates accounts only in its own)" })
  @IsOptional()
  @Matches(ORGANISATION_SLUG, { message: 'organisation must be an organisation slug such as "stockholms-stad"' })
  organisation?: string;

  @ApiProperty({ example: 'ett-långt-lösenord', format: 'password', description: 'at least 10 characters, at most 72 bytes, not the demo password' })
  @IsString({ message: 'password must be a string' })
  password: string;
}

export class UpdateUserDto extends UserBoardsField {
  @ApiPropertyOptional({ enum: ORGANISATION_ROLES })
  @IsOptional()
  @IsIn(ORGANISATION_ROLES, { message: ROLE_MESSAGE })
  role?: OrganisationRole;

  @ApiPropertyOptional({ format: 'password', description: 'a new password (ends the account\'s sessions)' })
  @IsOptional()
  @IsString({ message: 'password must be a string' })
  password?: string;

  @ApiPropertyOptional({ example: false, description: 'false: cannot sign in (sessions end); accounts are never deleted, the audit trail names them' })
  @IsOptional()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;

  @ApiProperty({ example: 1 })
  @IsInt({ message: 'version must be a positive integer' })
  @Min(1, { message: 'version must be a positive integer' })
  version: number;
}

export class ListUsersQueryDto extends OrganisationQueryDto {}
