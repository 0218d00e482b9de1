import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { OrganisationRefDto } from '../../organisations/dto/organisation.dto.js';
import { ROLES, type Role } from '../roles.js';

export class LoginDto {
  @ApiProperty({ example: 'redaktor.trafiknamnden@example.se' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email: string;

  @ApiProperty({ example: 'demo', format: 'password' })
  @IsString({ message: 'password must be a string' })
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(200, { message: 'password must be at most 200 characters' })
  password: string;
}

export class BoardRefDto {
  @ApiProperty({ example: 14 }) id: number;
  @ApiProperty({ example: 'Trafiknämnden' }) name: string;
}

export class MeDto {
  @ApiProperty({ example: 'redaktor.trafiknamnden@example.se' }) email: string;
  @ApiProperty({ enum: ROLES, example: 'editor' }) role: Role;
  @ApiProperty({ type: OrganisationRefDto, nullable: true, description: "the account's organisation; null only for a system account" })
  organisation: OrganisationRefDto | null;
  @ApiProperty({ type: [BoardRefDto], description: 'the boards an editor writes for; empty for admins and analysts' })
  boards: BoardRefDto[];
}

export class LoginResponseDto {
  @ApiProperty({ description: 'session token for `Authorization: Bearer <token>`', example: 'q2VJ…' }) token: string;
  @ApiProperty({ description: 'the value to send in X-CSRF-Token on cookie-authenticated writes (also in the atk_csrf cookie)', example: 'n3Kx…' })
  csrfToken: string;
  @ApiProperty({ description: 'when the session ends', example: '2026-01-01T18:00:00.000Z' }) expiresAt: string;
  @ApiProperty({ type: MeDto }) user: MeDto;
}
