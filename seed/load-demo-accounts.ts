import bcrypt from 'bcryptjs';
import type { EntityManager } from 'typeorm';

export interface DemoAccountsResult {
  created: number;
  existing: number;
}

/**
 * The demo accounts of product.md: admin@example.se, analytiker@example.se and one editor per board,
 * redaktor.<board-slug>@example.se, bound to that board; all with the demo password, flagged so that
 * production mode refuses to start while one remains. Keyed by email: a second run creates only
 * what is missing (an editor for a board added since) and never touches an existing account.
 * Never call this in production mode.
 */
export async function loadDemoAccounts(manager: EntityManager, password: string): Promise<DemoAccountsResult> {
  // One hash for all: they share the one publicly known password anyway, and hashing ~60 times would slow every start.
  const hash = await bcrypt.hash(password, 10);
  const boards = await manager.query<{ id: number; slug: string }[]>(`SELECT id, slug FROM board ORDER BY id`);
  const accounts = [
    { email: 'admin@example.se', role: 'admin', boardId: null as number | null },
    { email: 'analytiker@example.se', role: 'analyst', boardId: null as number | null },
    ...boards.map((b) => ({ email: `redaktor.${b.slug}@example.se`, role: 'editor', boardId: b.id as number | null })),
  ];
  const inserted = await manager.query<{ id: number; email: string }[]>(
    `INSERT INTO app_user (email, password_hash, role, demo_password)
     SELECT a.email, $2, a.role, true FROM jsonb_to_recordset($1::jsonb) AS a(email text, role text)
     ON CONFLICT (email) DO NOTHING
     RETURNING id, email`,
    [JSON.stringify(accounts.map(({ email, role }) => ({ email, role }))), hash],
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
