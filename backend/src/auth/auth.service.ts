import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import type { LoginResponseDto, MeDto } from './dto/login.dto.js';
import { LoginThrottle } from './login-throttle.js';
import { verifyPassword } from './password.js';
import type { AuthUser } from './roles.js';
import { SessionService } from './session.service.js';

export class TooManyAttempts extends AppException {
  constructor(readonly retryAfter: number) {
    super(HttpStatus.TOO_MANY_REQUESTS, ErrorCode.TooManyRequests, `Too many failed sign-ins for this account from this address; try again in ${retryAfter} s`, undefined, {
      retryAfter,
    });
  }
}

@Injectable()
export class AuthService {
  private readonly throttle = new LoginThrottle();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
  ) {}

  async login(email: string, password: string, ip: string): Promise<LoginResponseDto> {
    const key = `${email}|${ip}`;
    const wait = this.throttle.retryAfterSeconds(key);
    if (wait > 0) throw new TooManyAttempts(wait);
    const [account] = await this.dataSource.query<{ id: number; password_hash: string }[]>(
      `SELECT id, password_hash FROM app_user WHERE email = $1 AND active`,
      [email],
    );
    if (!(await verifyPassword(password, account?.password_hash ?? null))) {
      this.throttle.fail(key);
      throw new AppException(HttpStatus.UNAUTHORIZED, ErrorCode.InvalidCredentials, 'Wrong email or password');
    }
    this.throttle.succeed(key);
    const session = await this.sessions.create(account.id);
    const user = await this.sessions.resolve(session.token, 'bearer');
    return { token: session.token, csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString(), user: toMeDto(user!) };
  }

  async logout(user: AuthUser): Promise<void> {
    await this.sessions.end(user.sessionId);
  }
}

export function toMeDto(user: AuthUser): MeDto {
  return { email: user.email, role: user.role, boards: user.boards };
}
