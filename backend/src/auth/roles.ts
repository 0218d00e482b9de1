export const ROLES = ['admin', 'editor', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

/** A board an account may write for. */
export interface BoardRef {
  id: number;
  name: string;
}

/** The signed-in account of a request, as the guard resolved it from its session. */
export interface AuthUser {
  id: number;
  email: string;
  role: Role;
  boards: BoardRef[];
  sessionId: number;
  /** How the request proved the session: cookie-authenticated writes need the CSRF header too. */
  via: 'bearer' | 'cookie';
  csrfToken: string;
}

/** Whether the account may write for the board: admins for every board, editors for their own. */
export function canWriteForBoard(user: AuthUser, boardId: number): boolean {
  return user.role === 'admin' || (user.role === 'editor' && user.boards.some((b) => b.id === boardId));
}
