import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ROLES, type Role } from '../roles.js';

export const ROLES_KEY = 'atk:roles';

/**
 * Only signed-in accounts with one of these roles (401 when not signed in, 403 with another role).
 * Board-level rules (an editor writes only for its own boards) are checked by the services.
 */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    // OpenAPI: either a Bearer token (scripts) or the session cookie (the browser) signs the request in.
    ApiBearerAuth(),
    ApiCookieAuth(),
  ) as MethodDecorator & ClassDecorator;

/** Any signed-in account. */
export const SignedIn = (): MethodDecorator & ClassDecorator => Roles(...ROLES);

/** Admin only, with the 401/403 answers documented in OpenAPI. */
export const AdminOnly = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    Roles('admin'),
    ApiUnauthorizedResponse({ description: 'Not signed in' }),
    ApiForbiddenResponse({ description: 'Not an admin' }),
  ) as MethodDecorator & ClassDecorator;
