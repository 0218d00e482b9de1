import { describe, expect, it } from '@jest/globals';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';
import { canWriteForBoard, type AuthUser } from './roles.js';

describe('passwords', () => {
  it('verifies a bcrypt hash, never an unknown account', async () => {
    const hash = await hashPassword('ett långt lösenord', 4);
    expect(hash).toMatch(/^\$2[ab]\$04\$/);
    await expect(verifyPassword('ett långt lösenord', hash)).resolves.toBe(true);
    await expect(verifyPassword('fel', hash)).resolves.toBe(false);
    await expect(verifyPassword('no such account', null)).resolves.toBe(false);
  });

  it.each([
    ['kort', 'password must be at least 10 characters'],
    ['ö'.repeat(37), 'password must be at most 72 bytes'],
    ['demo-lösen-123', 'password must not be the demo password'],
  ])('refuses %p: %s', (password, problem) => {
    expect(passwordProblem(password, 'demo-lösen-123')).toBe(problem);
  });

  it('accepts a long enough password', () => {
    expect(passwordProblem('ett långt lösenord', 'demo')).toBeNull();
  });
});

describe('canWriteForBoard', () => {
  const user = (role: AuthUser['role'], boards: number[]): AuthUser => ({
    id: 1,
    email: 'x@test.se',
    role,
    boards: boards.map((id) => ({ id, name: `B${id}` })),
    sessionId: 1,
    via: 'bearer',
    csrfToken: 'c',
  });

  it('lets admins write for every board, editors for their own, analysts for none', () => {
    expect(canWriteForBoard(user('admin', []), 7)).toBe(true);
    expect(canWriteForBoard(user('editor', [3, 7]), 7)).toBe(true);
    expect(canWriteForBoard(user('editor', [3]), 7)).toBe(false);
    expect(canWriteForBoard(user('analyst', [7]), 7)).toBe(false);
  });
});
