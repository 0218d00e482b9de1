import { SetMetadata } from '@nestjs/common';
import { ROLES, type Role } from '../roles.js';

export const ROLES_KEY = 'atk:roles';

/**
 * Only signed-in accounts with one of these roles (401 when not signed in, 403 with another role).
 * Board-level rules (an editor writes only for its own boards) are checked by the services.
 */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/** Any signed-in account. */
export const SignedIn = (): MethodDecorator & ClassDecorator => Roles(...ROLES);
