import type { EntityManager } from 'typeorm';
import { hashPassword } from '../backend/src/auth/password.js';

/**
 * The first admin of a production database (INITIAL_ADMIN_EMAIL / INITIAL_ADMIN_PASSWORD): created
 * when no account has that email, never changed afterwards — so the password can be changed in the
 * app and a restart with the same settings does not undo it. Answers whether it was created.
 */
export async function loadInitialAdmin(manager: EntityManager, email: string, password: string): Promise<boolean> {
  const inserted = await manager.query<{ id: number }[]>(
    `INSERT INTO app_user (email, password_hash, role, demo_password) VALUES ($1, $2, 'admin', false)
     ON CONFLICT (email) DO NOTHING RETURNING id`,
    [email.toLowerCase(), await hashPassword(password)],
  );
  return inserted.length > 0;
}
