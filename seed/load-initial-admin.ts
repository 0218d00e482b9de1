import type { EntityManager } from 'typeorm';
import { hashPassword } from '../backend/src/auth/password.js';

/**
 * The first account of a production database (INITIAL_ADMIN_EMAIL / INITIAL_ADMIN_PASSWORD): created
 * when no account has that email, never changed afterwards — so the password can be changed in the
 * app and a restart with the same settings does not undo it. With exactly one organisation in the
 * database it is that organisation's admin; otherwise (none yet, or several) it is the install's
 * `system` account, which creates organisations and their first admins. Answers the role it got,
 * or null when the account already existed.
 */
export async function loadInitialAdmin(manager: EntityManager, email: string, password: string): Promise<'admin' | 'system' | null> {
  const organisations = await manager.query<{ id: number }[]>(`SELECT id FROM organisation ORDER BY id LIMIT 2`);
  const organisationId = organisations.length === 1 ? organisations[0].id : null;
  const inserted = await manager.query<{ role: 'admin' | 'system' }[]>(
    `INSERT INTO app_user (email, password_hash, role, organisation_id, demo_password)
     VALUES ($1, $2, CASE WHEN $3::int IS NULL THEN 'system' ELSE 'admin' END, $3, false)
     ON CONFLICT (email) DO NOTHING RETURNING role`,
    [email.toLowerCase(), await hashPassword(password), organisationId],
  );
  return inserted[0]?.role ?? null;
}
