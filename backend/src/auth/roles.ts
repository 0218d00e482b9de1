import { AppException } from '../common/errors/app-exception.js';

/**
 * admin, editor and analyst act within their own organisation; `system` is the install-level role
 * that creates organisations and their first admin, and nothing else.
 */
export const ROLES = ['admin', 'editor', 'analyst', 'system'] as const;
export type Role = (typeof ROLES)[number];

/** A board an account may write for. */
export interface BoardRef {
  id: number;
  name: string;
}

/** An organisation as rows and accounts name it. */
export interface OrganisationRef {
  slug: string;
  name: string;
}

/** The signed-in account of a request, as the guard resolved it from its session. */
export interface AuthUser {
  id: number;
  email: string;
  role: Role;
  /** The account's organisation; null only for role `system`. */
  organisationId: number | null;
  organisation: OrganisationRef | null;
  boards: BoardRef[];
  sessionId: number;
  /** How the request proved the session: cookie-authenticated writes need the CSRF header too. */
  via: 'bearer' | 'cookie';
  csrfToken: string;
}

/** Whether the account belongs to the organisation (a system account belongs to none). */
export function inOrganisation(user: Pick<AuthUser, 'organisationId'> | undefined, organisationId: number): boolean {
  return user?.organisationId !== null && user?.organisationId !== undefined && user.organisationId === organisationId;
}

/** Whether the account is an admin of that organisation. */
export function canAdminOrganisation(user: Pick<AuthUser, 'role' | 'organisationId'> | undefined, organisationId: number): boolean {
  return user?.role === 'admin' && inOrganisation(user, organisationId);
}

/**
 * Whether the account may write for the board: admins of the board's organisation, and editors
 * bound to the board (their boards are always their organisation's; the organisation is checked anyway).
 */
export function canWriteForBoard(user: Pick<AuthUser, 'role' | 'organisationId' | 'boards'> | undefined, boardId: number, boardOrganisationId: number): boolean {
  if (!user || !inOrganisation(user, boardOrganisationId)) return false;
  return user.role === 'admin' || (user.role === 'editor' && user.boards.some((b) => b.id === boardId));
}

/** 403 `forbidden` unless the account belongs to the organisation whose data it writes. */
export function assertSameOrganisation(user: Pick<AuthUser, 'organisationId'>, organisationId: number, what = 'this'): void {
  if (!inOrganisation(user, organisationId)) {
    throw AppException.forbidden(`You may not change ${what}: it belongs to another organisation than your account`);
  }
}

/** 403 `forbidden` unless the account is an admin of the organisation. */
export function assertAdminOfOrganisation(user: Pick<AuthUser, 'role' | 'organisationId'>, organisationId: number, what = 'this'): void {
  assertSameOrganisation(user, organisationId, what);
  if (user.role !== 'admin') throw AppException.forbidden(`Changing ${what} needs an admin of its organisation`);
}
