import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest } from '../auth.guard.js';
import type { AuthUser } from '../roles.js';

/** The signed-in account, or undefined for an anonymous request on a public route. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthUser | undefined => ctx.switchToHttp().getRequest<AuthenticatedRequest>().user,
);
