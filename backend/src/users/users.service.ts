import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword, passwordProblem } from '../auth/password.js';
import { assertAdminOfOrganisation, assertSameOrganisation, type AuthUser, type Role } from '../auth/roles.js';
import { OrganisationsService, organisationForCreate } from '../organisations/organisations.service.js';
import { assertBoardsExist } from '../boards/board.row.js';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { lockForUpdate, versionedUpdate } from '../database/versioned-update.js';
import type { CreateUserDto, ListUsersQueryDto, UpdateUserDto, UserDto } from './dto/user.dto.js';
import { toUserDto, USER_COLUMNS, USER_TABLE, userSnapshot, type UserRow } from './user.row.js';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly organisations: OrganisationsService,
  ) {}

  /**
   * The accounts of the caller's organisation (an admin reads no other's): `?organisation=` of
   * another organisation answers 403, an unknown one 404.
   */
  async list(q: ListUsersQueryDto, actor: AuthUser): Promise<UserDto[]> {
    const filter = await this.organisations.filterId(q.organisation);
    if (filter !== null) assertSameOrganisation(actor, filter, 'the accounts of this organisation');
    const rows = await this.dataSource.query<UserRow[]>(`SELECT ${USER_COLUMNS} FROM app_user t WHERE t.organisation_id = $1 ORDER BY t.role, t.email`, [
      actor.organisationId,
    ]);
    return rows.map(toUserDto);
  }

  async create(body: CreateUserDto, actor: AuthUser): Promise<UserDto> {
    this.checkPassword(body.password);
    const boardIds = this.checkBoardsForRole(body.role, body.boardIds ?? []);
    const hash = await hashPassword(body.password);
    return this.dataSource.transaction(async (m) => {
      const organisationId = await organisationForCreate(m, actor, body.organisation, 'the accounts of this organisation');
      // An editor is bound only to boards of its own organisation.
      await assertBoardsExist(m, boardIds, 'boardIds', organisationId);
      const [clash] = await m.query<{ id: number }[]>(`SELECT id FROM app_user WHERE email = $1`, [body.email]);
      if (clash) throw new AppException(ErrorCode.Conflict, `An account for ${body.email} already exists`, { email: 'already has an account' });
      const [{ id }] = await m.query<{ id: number }[]>(`INSERT INTO app_user (email, password_hash, role, organisation_id) VALUES ($1, $2, $3, $4) RETURNING id`, [
        body.email,
        hash,
        body.role,
        organisationId,
      ]);
      await m.query(`INSERT INTO user_board (user_id, board_id) SELECT $1, unnest($2::int[])`, [id, boardIds]);
      const after = await this.load(m, id);
      await this.audit.record(m, actor, { action: 'user.create', entityType: 'user', entityId: id, organisationId, before: null, after: userSnapshot(after) });
      return toUserDto(after);
    });
  }

  /** Role, boards, active and password reset; a new password or deactivation ends the account's sessions. */
  async update(id: number, body: UpdateUserDto, actor: AuthUser): Promise<UserDto> {
    if (body.password !== undefined) this.checkPassword(body.password);
    const hash = body.password === undefined ? null : await hashPassword(body.password);
    return this.dataSource.transaction(async (m) => {
      const before = await lockForUpdate(m, USER_TABLE, id, body.version, (row) => {
        if (row.organisation_id === null) throw AppException.forbidden(`Account ${id} is a system account: no organisation's admin changes it`);
        assertAdminOfOrganisation(actor, row.organisation_id, `account ${id}`);
      });
      const role = body.role ?? before.role;
      const boardIds = this.checkBoardsForRole(role, body.boardIds ?? (role === 'editor' ? before.boards.map((b) => b.id) : []));
      if (id === actor.id && (role !== 'admin' || body.active === false)) {
        throw AppException.invalidField(body.active === false ? 'active' : 'role', 'an admin cannot demote or deactivate their own account');
      }
      await assertBoardsExist(m, boardIds, 'boardIds', before.organisation_id!);
      // The boards first: the UPDATE's RETURNING then reads the account with its new boards.
      await m.query(`DELETE FROM user_board WHERE user_id = $1 AND NOT (board_id = ANY($2::int[]))`, [id, boardIds]);
      await m.query(`INSERT INTO user_board (user_id, board_id) SELECT $1, unnest($2::int[]) ON CONFLICT DO NOTHING`, [id, boardIds]);
      if (hash !== null || body.active === false) await m.query(`DELETE FROM user_session WHERE user_id = $1`, [id]);
      const after = await versionedUpdate(m, actor, USER_TABLE, {
        before,
        version: body.version,
        set: `role = $3, active = COALESCE($4, t.active),
              password_hash = COALESCE($5, t.password_hash),
              demo_password = CASE WHEN $5::text IS NULL THEN t.demo_password ELSE false END,
              updated_at = now()`,
        params: [role, body.active ?? null, hash],
        action: hash !== null ? 'user.password-reset' : 'user.update',
        after: (row) => userSnapshot(row, hash !== null),
      });
      return toUserDto(after);
    });
  }

  private async load(m: EntityManager, id: number): Promise<UserRow> {
    const [row] = await m.query<UserRow[]>(`SELECT ${USER_COLUMNS} FROM app_user t WHERE t.id = $1`, [id]);
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
}
