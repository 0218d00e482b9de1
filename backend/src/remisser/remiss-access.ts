/**
 * Who may do what with a remiss, within its organisation. TEMPORARY until issue 12's
 * OrganisationsService and role helpers (auth/roles.ts) are on main: the same questions, answered
 * from the account's organisation when the account has one.
 */
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/roles.js';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';

export interface OrganisationRef {
  id: number;
  slug: string;
  name: string;
}

/** The organisation of a slug, or 404 naming it. */
export async function requireOrganisationBySlug(m: EntityManager, slug: string): Promise<OrganisationRef> {
  const [row] = await m.query<OrganisationRef[]>(`SELECT id, slug, name FROM organisation WHERE slug = $1`, [slug]);
  if (!row) throw new AppException(ErrorCode.NotFound, `Organisation ${JSON.stringify(slug)} does not exist`, { organisation: `unknown organisation ${slug}` });
  return row;
}

/** The account's organisation; undefined while accounts carry none (before issue 12). */
const organisationOf = (user: AuthUser): number | null | undefined => (user as AuthUser & { organisationId?: number | null }).organisationId;

const inOrganisation = (user: AuthUser, organisationId: number): boolean => {
  const own = organisationOf(user);
  return own === undefined || own === organisationId;
};

/** An admin of that organisation. */
export function canAdminOrganisation(user: AuthUser | undefined, organisationId: number): boolean {
  return user?.role === 'admin' && inOrganisation(user, organisationId);
}

/** The organisation's admins, or an editor of the board (boards belong to one organisation). */
export function canWriteForBoard(user: AuthUser | undefined, boardId: number, organisationId: number): boolean {
  if (!user) return false;
  return canAdminOrganisation(user, organisationId) || (user.role === 'editor' && inOrganisation(user, organisationId) && user.boards.some((b) => b.id === boardId));
}

export function assertAdminOf(user: AuthUser, organisationId: number, what: string): void {
  if (!canAdminOrganisation(user, organisationId)) throw AppException.forbidden(`Only an admin of the remiss's organisation may ${what}`);
}
