import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { AuthUser, BoardRef, OrganisationRef, Role } from './roles.js';

/** Only the sha256 of a session token is stored: a leaked table holds no usable sessions. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

interface SessionRow {
  session_id: number;
  csrf_token: string;
  id: number;
  email: string;
  role: Role;
  organisation_id: number | null;
  organisation: OrganisationRef | null;
  boards: BoardRef[];
}

/** Server-side sessions: created at sign-in, expire after SESSION_TTL_HOURS, ended at sign-out. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(userId: number): Promise<NewSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const [row] = await this.dataSource.query<{ expires_at: Date }[]>(
      `INSERT INTO user_session (user_id, token_hash, csrf_token, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4))
       RETURNING expires_at`,
      [userId, hashToken(token), csrfToken, this.config.SESSION_TTL_HOURS],
    );
    // Expired sessions are swept here rather than by a timer.
    await this.dataSource.query(`DELETE FROM user_session WHERE expires_at <= now()`);
    return { token, csrfToken, expiresAt: new Date(row.expires_at) };
  }

  /** The account behind a live session token of an active account, or null. */
  async resolve(token: string, via: AuthUser['via']): Promise<AuthUser | null> {
    const rows = await this.dataSource.query<SessionRow[]>(
      `SELECT s.id AS session_id, s.csrf_token, u.id, u.email, u.role, u.organisation_id,
              (SELECT json_build_object('slug', o.slug, 'name', o.name) FROM organisation o WHERE o.id = u.organisation_id) AS organisation,
              COALESCE((SELECT json_agg(json_build_object('id', b.id, 'name', b.name) ORDER BY b.id)
                          FROM user_board ub JOIN board b ON b.id = ub.board_id
                         WHERE ub.user_id = u.id), '[]'::json) AS boards
         FROM user_session s
         JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active`,
      [hashToken(token)],
    );
    if (rows.length === 0) return null;
    const r = rows[0];
    return { id: r.id, email: r.email, role: r.role, organisationId: r.organisation_id, organisation: r.organisation, boards: r.boards, sessionId: r.session_id, via, csrfToken: r.csrf_token };
  }

  async end(sessionId: number): Promise<void> {
    await this.dataSource.query(`DELETE FROM user_session WHERE id = $1`, [sessionId]);
  }
}
