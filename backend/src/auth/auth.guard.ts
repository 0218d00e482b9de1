import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { CSRF_HEADER, parseCookies, SESSION_COOKIE } from './cookies.js';
import { PUBLIC_KEY } from './decorators/public.decorator.js';
import { ROLES_KEY } from './decorators/roles.decorator.js';
import type { AuthUser, Role } from './roles.js';
import { SessionService } from './session.service.js';

export type AuthenticatedRequest = Request & { user?: AuthUser };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The one gate every route passes (registered as APP_GUARD):
 *  - @Public(): anyone.
 *  - @Roles(...): a signed-in account with one of the roles (401 / 403).
 *  - no decorator: reads are public unless PUBLIC_READ=false; a write without @Roles is admin-only,
 *    so a forgotten decorator fails closed.
 * Cookie-authenticated writes must echo the session's CSRF token in X-CSRF-Token; Bearer ones need not,
 * since a browser never attaches a Bearer token by itself.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const targets = [context.getHandler(), context.getClass()];
    const { user, presented } = await this.authenticate(req);
    req.user = user ?? undefined;

    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const safe = SAFE_METHODS.has(req.method);
    let roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles) {
      if (safe) {
        if (!this.config.PUBLIC_READ && !user) throw this.unauthorized(presented, 'Reading needs a signed-in account here (PUBLIC_READ=false)');
        return true;
      }
      roles = ['admin'];
    }
    if (!user) throw this.unauthorized(presented, 'Sign in first');
    if (!roles.includes(user.role)) {
      throw AppException.forbidden(`This needs the role ${roles.join(' or ')}; you are signed in as ${user.role}`);
    }
    if (!safe && user.via === 'cookie') {
      const header = req.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !sameSecret(header, user.csrfToken)) {
        throw new AppException(ErrorCode.CsrfFailed,
          'Missing or wrong X-CSRF-Token header: send the value of the atk_csrf cookie with every write',
        );
      }
    }
    return true;
  }

  /** Bearer token first (scripts), then the session cookie (browser). */
  private async authenticate(req: Request): Promise<{ user: AuthUser | null; presented: boolean }> {
    const header = req.headers.authorization;
    if (typeof header === 'string' && header.length > 0) {
      const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(header);
      return { user: match ? await this.sessions.resolve(match[1], 'bearer') : null, presented: true };
    }
    const cookie = parseCookies(req.headers.cookie)[SESSION_COOKIE];
    if (cookie && /^[A-Za-z0-9_-]{20,200}$/.test(cookie)) {
      return { user: await this.sessions.resolve(cookie, 'cookie'), presented: true };
    }
    return { user: null, presented: false };
  }

  private unauthorized(presented: boolean, message: string): AppException {
    return AppException.unauthorized(presented ? 'The session has expired or is not valid; sign in again' : message);
  }
}
