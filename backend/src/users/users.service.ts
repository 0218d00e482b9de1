import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword, passwordProblem } from '../auth/password.js';
import type { AuthUser, BoardRef, Role } from '../auth/roles.js';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { CreateUserDto, UpdateUserDto, UserDto } from './dto/user.dto.js';

interface UserRow {
  id: number;
  email: string;
  role: Role;
  active: boolean;
  demo_password: boolean;
  version: number;
  created_at: Date;
  boards: BoardRef[];
}

// Never selects password_hash: nothing read here can leak it.
const SELECT_USERS = `
  SELECT u.id, u.email, u.role, u.active, u.demo_password, u.version, u.created_at,
         COALESCE((SELECT json_agg(json_build_object('id', b.id, 'name', b.name) ORDER BY b.id)
                     FROM user_board ub JOIN board b ON b.id = ub.board_id WHERE ub.user_id = u.id), '[]'::json) AS boards
    FROM app_user u`;

const toDto = (r: UserRow): UserDto => ({
  id: r.id,
  email: r.email,
  role: r.role,
  boards: r.boards,
  active: r.active,
  demoPassword: r.demo_password,
  version: r.version,
  createdAt: new Date(r.created_at).toISOString(),
});

/** What the audit trail keeps of an account: never the hash, only whether the password changed. */
const snapshot = (r: UserRow, passwordChanged = false): Record<string, unknown> => ({
  id: r.id,
  email: r.email,
  role: r.role,
  boardIds: r.boards.map((b) => b.id),
  active: r.active,
  demoPassword: r.demo_password,
  version: r.version,
  ...(passwordChanged ? { passwordChanged: true } : {}),
});

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<UserDto[]> {
    const rows = await this.dataSource.query<UserRow[]>(`${SELECT_USERS} ORDER BY u.role, u.email`);
    return rows.map(toDto);
  }

  async create(body: CreateUserDto, actor: AuthUser): Promise<UserDto> {
    this.checkPassword(body.password);
    const boardIds = this.checkBoardsForRole(body.role, body.boardIds ?? []);
    const hash = await hashPassword(body.password);
    return this.dataSource.transaction(async (m) => {
      await this.assertBoardsExist(m, boardIds);
      const [clash] = await m.query(`SELECT id FROM app_user WHERE email = $1`, [body.email]);
      if (clash) throw new AppException(ErrorCode.Conflict, `An account for ${body.email} already exists`, { email: 'already has an account' });
      const [{ id }] = await m.query<{ id: number }[]>(`INSERT INTO app_user (email, password_hash, role) VALUES ($1, $2, $3) RETURNING id`, [body.email, hash, body.role]);
      await m.query(`INSERT INTO user_board (user_id, board_id) SELECT $1, unnest($2::int[])`, [id, boardIds]);
      const after = await this.load(m, id);
      await this.audit.record(m, actor, { action: 'user.create', entityType: 'user', entityId: id, before: null, after: snapshot(after) });
      return toDto(after);
    });
  }

  /** Role, boards, active and password reset; a new password or deactivation ends the account's sessions. */
  async update(id: number, body: UpdateUserDto, actor: AuthUser): Promise<UserDto> {
    if (body.password !== undefined) this.checkPassword(body.password);
    const hash = body.password === undefined ? null : await hashPassword(body.password);
    return this.dataSource.transaction(async (m) => {
      const [locked] = await m.query(`SELECT id FROM app_user WHERE id = $1 FOR UPDATE`, [id]);
      if (!locked) throw AppException.notFound('User', id);
      const before = await this.load(m, id);
      if (before.version !== body.version) throw AppException.versionConflict('User', id, before.version);
      const role = body.role ?? before.role;
      const boardIds = this.checkBoardsForRole(role, body.boardIds ?? (role === 'editor' ? before.boards.map((b) => b.id) : []));
      if (id === actor.id && (role !== 'admin' || body.active === false)) {
        throw AppException.invalidField(body.active === false ? 'active' : 'role', 'an admin cannot demote or deactivate their own account');
      }
      await this.assertBoardsExist(m, boardIds);
      const [updated] = await m.query(
        `WITH changed AS (UPDATE app_user
            SET role = $3, active = COALESCE($4, active),
                password_hash = COALESCE($5, password_hash),
                demo_password = CASE WHEN $5::text IS NULL THEN demo_password ELSE false END,
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING id) SELECT * FROM changed`,
        [id, body.version, role, body.active ?? null, hash],
      );
      if (!updated) throw AppException.versionConflict('User', id, before.version);
      await m.query(`DELETE FROM user_board WHERE user_id = $1 AND NOT (board_id = ANY($2::int[]))`, [id, boardIds]);
      await m.query(`INSERT INTO user_board (user_id, board_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING`, [id, boardIds]);
      if (hash !== null || body.active === false) await m.query(`DELETE FROM user_session WHERE user_id = $1`, [id]);
      const after = await this.load(m, id);
      await this.audit.record(m, actor, {
        action: hash !== null ? 'user.password-reset' : 'user.update',
        entityType: 'user',
        entityId: id,
        before: snapshot(before),
        after: snapshot(after, hash !== null),
      });
      return toDto(after);
    });
  }

  private async load(m: EntityManager, id: number): Promise<UserRow> {
    const [row] = await m.query<UserRow[]>(`${SELECT_USERS} WHERE u.id = $1`, [id]);
    return row;
  }

  private checkPassword(password: string): void {
    const problem = passwordProblem(password, this.config.DEMO_PASSWORD);
    if (problem) throw AppException.invalidField('password', problem);
  }

  /** Editors write for at least one board; admins and analysts are bound to none. */
  private checkBoardsForRole(role: Role, boardIds: number[]): number[] {
    if (role === 'editor' && boardIds.length === 0) throw AppException.invalidField('boardIds', 'an editor needs at least one board');
    if (role !== 'editor' && boardIds.length > 0) throw AppException.invalidField('boardIds', `only editors are bound to boards, not ${role}s`);
    return boardIds;
  }

  private async assertBoardsExist(m: EntityManager, boardIds: number[]): Promise<void> {
    if (boardIds.length === 0) return;
    const known = await m.query<{ id: number }[]>(`SELECT id FROM board WHERE id = ANY($1::int[])`, [boardIds]);
    const unknown = boardIds.filter((b) => !known.some((k) => k.id === b));
    if (unknown.length > 0) {
      throw new AppException(ErrorCode.NotFound, `Board ${unknown.join(', ')} does not exist`, { boardIds: `unknown board ${unknown.join(', ')}` });
    }
  }
}
