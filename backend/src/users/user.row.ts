import type { BoardRef, Role } from '../auth/roles.js';
import type { VersionedTable } from '../database/versioned-update.js';
import type { UserDto } from './dto/user.dto.js';

/** An `app_user` row with its boards, as every query of accounts reads it; never the password hash. */
export interface UserRow {
  id: number;
  email: string;
  role: Role;
  /** null only for role system. */
  organisation_id: number | null;
  organisation: { slug: string; name: string } | null;
  active: boolean;
  demo_password: boolean;
  version: number;
  created_at: Date;
  boards: BoardRef[];
}

// Never selects password_hash: nothing read through it can leak it.
export const USER_COLUMNS = `t.id, t.email, t.role, t.organisation_id,
  (SELECT json_build_object('slug', o.slug, 'name', o.name) FROM organisation o WHERE o.id = t.organisation_id) AS organisation, t.active, t.demo_password, t.version, t.created_at,
  COALESCE((SELECT json_agg(json_build_object('id', b.id, 'name', b.name) ORDER BY b.id)
              FROM user_board ub JOIN board b ON b.id = ub.board_id WHERE ub.user_id = t.id), '[]'::json) AS boards`;

export const toUserDto = (r: UserRow): UserDto => ({
  id: r.id,
  email: r.email,
  role: r.role,
  organisation: r.organisation,
  boards: r.boards,
  active: r.active,
  demoPassword: r.demo_password,
  version: r.version,
  createdAt: new Date(r.created_at).toISOString(),
});

/** What the audit trail keeps of an account: never the hash, only whether the password changed. */
export const userSnapshot = (r: UserRow, passwordChanged = false): Record<string, unknown> => ({
  id: r.id,
  email: r.email,
  role: r.role,
  organisationId: r.organisation_id,
  boardIds: r.boards.map((b) => b.id),
  active: r.active,
  demoPassword: r.demo_password,
  version: r.version,
  ...(passwordChanged ? { passwordChanged: true } : {}),
});

export const USER_TABLE: VersionedTable<UserRow> = {
  name: 'app_user',
  label: 'User',
  columns: USER_COLUMNS,
  entityType: 'user',
  organisationOf: (r) => r.organisation_id,
  snapshot: (r) => userSnapshot(r),
};
