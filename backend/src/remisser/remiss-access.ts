/**
 * Who may do what with a remiss, within its organisation: issue 12's role helpers (auth/roles.ts),
 * answered for a remiss's recipients.
 */
import { assertAdminOfOrganisation, canAdminOrganisation, canWriteForBoard, type AuthUser } from '../auth/roles.js';

export { canAdminOrganisation, canWriteForBoard };
export { requireOrganisationBySlug } from '../organisations/organisations.service.js';

/** 403 unless the account is an admin of the remiss's organisation (a Malmö admin never writes Stockholm's remisser). */
export function assertAdminOf(user: AuthUser, organisationId: number, what: string): void {
  assertAdminOfOrganisation(user, organisationId, `${what} (this organisation's remisser)`);
}
