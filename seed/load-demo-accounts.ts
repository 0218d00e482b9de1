import bcrypt from 'bcryptjs';
import type { EntityManager } from 'typeorm';

export interface DemoAccountsResult {
  created: number;
  existing: number;
}

/** Stockholm's demo addresses predate the other organisations and keep their short form. */
export const DEFAULT_DEMO_ORGANISATION = 'stockholms-stad';

/** The demo addresses of an organisation's admin, analyst and board editor (README lists them). */
export function demoEmails(organisationSlug: string): { admin: string; analyst: string; editor: (boardSlug: string) => string } {
  if (organisationSlug === DEFAULT_DEMO_ORGANISATION) {
    return { admin: 'admin@example.se', analyst: 'analytiker@example.se', editor: (b) => `redaktor.${b}@example.se` };
  }
  return {
    admin: `admin.${organisationSlug}@example.se`,
    analyst: `analytiker.${organisationSlug}@example.se`,
    editor: (b) => `redaktor.${organisationSlug}.${b}@example.se`,
  };
}

/** The install-level demo account (role system): creates organisations and their first admin. */
export const DEMO_SYSTEM_EMAIL = 'system@example.se';

/**
 * The demo accounts of product.md, per organisation: an admin, an analyst and one editor per board,
 * bound to that board (Stockholm: admin@example.se, analytiker@example.se, redaktor.<board-slug>@example.se;
 * the others admin.<org>@example.se, analytiker.<org>@example.se, redaktor.<org>.<board-slug>@example.se),
 * and system@example.se; all with the demo password, flagged so that production mode refuses to
 * start while one remains. Keyed by email: a second run creates only what is missing (an editor for a
 * board added since) and never touches an existing account. Never call this in production mode.
 */
export async function loadDemoAccounts(manager: EntityManager, password: string): Promise<DemoAccountsResult> {
  // One hash for all: they share the one publicly known password anyway, and hashing ~100 times would slow every start.
  const hash = await bcrypt.hash(password, 10);
  const organisations = await manager.query<{ id: number; slug: string }[]>(`SELECT id, slug FROM organisation ORDER BY id`);
  const boards = await manager.query<{ id: number; slug: string; organisation_id: number }[]>(`SELECT id, slug, organisation_id FROM board ORDER BY id`);
  type Account = { email: string; role: string; organisationId: number | null; boardId: number | null };
  const accounts: Account[] = [{ email: DEMO_SYSTEM_EMAIL, role: 'system', organisationId: null, boardId: null }];
  for (const org of organisations) {
    const emails = demoEmails(org.slug);
    accounts.push({ email: emails.admin, role: 'admin', organisationId: org.id, boardId: null });
    accounts.push({ email: emails.analyst, role: 'analyst', organisationId: org.id, boardId: null });
    for (const b of boards.filter((x) => x.organisation_id === org.id)) {
      accounts.push({ email: emails.editor(b.slug), role: 'editor', organisationId: org.id, boardId: b.id });
    }
  }
  const inserted = await manager.query<{ id: number; email: string }[]>(
    `INSERT INTO app_user (email, password_hash, role, organisation_id, demo_password)
     SELECT a.email, $2, a.role, a.organisation_id, true FROM jsonb_to_recordset($1::jsonb) AS a(email text, role text, organisation_id int)
     ON CONFLICT (email) DO NOTHING
     RETURNING id, email`,
    [JSON.stringify(accounts.map(({ email, role, organisationId }) => ({ email, role, organisation_id: organisationId }))), hash],
  );
  const boardByEmail = new Map(accounts.map((a) => [a.email, a.boardId]));
  const links = inserted.filter((u) => boardByEmail.get(u.email) !== null).map((u) => ({ user_id: u.id, board_id: boardByEmail.get(u.email) }));
  if (links.length > 0) {
    await manager.query(
      `INSERT INTO user_board (user_id, board_id) SELECT l.user_id, l.board_id FROM jsonb_to_recordset($1::jsonb) AS l(user_id int, board_id int) ON CONFLICT DO NOTHING`,
      [JSON.stringify(links)],
    );
  }
  return { created: inserted.length, existing: accounts.length - inserted.length };
}
