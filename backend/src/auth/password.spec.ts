import { describe, expect, it } from '@jest/globals';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';

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
