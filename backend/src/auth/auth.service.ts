import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import type { LoginResponseDto, MeDto } from './dto/login.dto.js';
import { beginAttempt, finishAttempt, pruneAttempts, THROTTLE_POLICY } from './login-throttle.js';
import { verifyPassword } from './password.js';
import type { AuthUser } from './roles.js';
import { SessionService } from './session.service.js';

export class TooManyAttempts extends AppException {
  constructor(readonly retryAfter: number) {
    super(ErrorCode.TooManyRequests, `Too many failed sign-ins; try again in ${retryAfter} s`, undefined, {
      retryAfter,
    });
  }
}

const PRUNE_EVERY_MS = 60_000;

@Injectable()
export class AuthService {
  private lastPrune = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
  ) {}

  /**
   * The attempt is counted (in PostgreSQL, under a lock) before the password is checked, so parallel
   * guesses cannot slip past the limit; its outcome is recorded after (docs/api-auth.md).
   */
  async login(email: string, password: string, address: string): Promise<LoginResponseDto> {
    const decision = await this.dataSource.transaction((m) => beginAttempt(m, email, address, THROTTLE_POLICY));
    if ('retryAfter' in decision) throw new TooManyAttempts(decision.retryAfter);
    const [account] = await this.dataSource.query<{ id: number; password_hash: string }[]>(
      `SELECT id, password_hash FROM app_user WHERE email = $1 AND active`,
      [email],
    );
    const ok = await verifyPassword(password, account?.password_hash ?? null);
    await finishAttempt(this.dataSource.manager, decision.attemptId, ok);
    await this.pruneNowAndThen();
    if (!ok) throw new AppException(ErrorCode.InvalidCredentials, 'Wrong email or password');
    const session = await this.sessions.create(account.id);
    const user = await this.sessions.resolve(session.token, 'bearer');
    return { token: session.token, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString(), user: toMeDto(user!) };
  }

  private async pruneNowAndThen(): Promise<void> {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    await pruneAttempts(this.dataSource.manager);
  }

  async logout(user: AuthUser): Promise<void> {
    await this.sessions.end(user.sessionId);
  }
}

export function toMeDto(user: AuthUser): MeDto {
  return { email: user.email, role: user.role, organisation: user.organisation, boards: user.boards };
}
