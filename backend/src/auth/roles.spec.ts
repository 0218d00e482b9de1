import { describe, expect, it } from '@jest/globals';
import { AppException } from '../common/errors/app-exception.js';
import { assertAdminOfOrganisation, assertSameOrganisation, canAdminOrganisation, canWriteForBoard, type AuthUser } from './roles.js';

const STOCKHOLM = 1;
const MALMO = 2;

const user = (role: AuthUser['role'], organisationId: number | null, boards: number[] = []): AuthUser => ({
  id: 1,
  email: 'x@test.se',
  role,
  organisationId,
  organisation: organisationId === null ? null : { slug: `org-${organisationId}`, name: `Org ${organisationId}` },
  boards: boards.map((id) => ({ id, name: `B${id}` })),
  sessionId: 1,
  via: 'bearer',
  csrfToken: 'c',
});

describe('canWriteForBoard', () => {
  it("lets admins write for their organisation's boards, editors for their own, analysts for none", () => {
    expect(canWriteForBoard(user('admin', STOCKHOLM), 7, STOCKHOLM)).toBe(true);
    expect(canWriteForBoard(user('editor', STOCKHOLM, [3, 7]), 7, STOCKHOLM)).toBe(true);
    expect(canWriteForBoard(user('editor', STOCKHOLM, [3]), 7, STOCKHOLM)).toBe(false);
    expect(canWriteForBoard(user('analyst', STOCKHOLM, [7]), 7, STOCKHOLM)).toBe(false);
  });

  it("never for another organisation's board, nor for a system account or nobody", () => {
    expect(canWriteForBoard(user('admin', MALMO), 7, STOCKHOLM)).toBe(false);
    // Even a (corrupt) binding to another organisation's board does not count.
    expect(canWriteForBoard(user('editor', MALMO, [7]), 7, STOCKHOLM)).toBe(false);
    expect(canWriteForBoard(user('system', null), 7, STOCKHOLM)).toBe(false);
    expect(canWriteForBoard(undefined, 7, STOCKHOLM)).toBe(false);
  });
});

describe('canAdminOrganisation and the assertions', () => {
  it('is true only for an admin of that organisation', () => {
    expect(canAdminOrganisation(user('admin', STOCKHOLM), STOCKHOLM)).toBe(true);
    expect(canAdminOrganisation(user('admin', MALMO), STOCKHOLM)).toBe(false);
    expect(canAdminOrganisation(user('analyst', STOCKHOLM), STOCKHOLM)).toBe(false);
    expect(canAdminOrganisation(user('system', null), STOCKHOLM)).toBe(false);
  });

  it('answers 403 forbidden for another organisation', () => {
    expect(() => assertSameOrganisation(user('admin', STOCKHOLM), STOCKHOLM)).not.toThrow();
    for (const u of [user('admin', MALMO), user('system', null)]) {
      let caught: unknown;
      try {
        assertSameOrganisation(u, STOCKHOLM, 'board 7');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(AppException);
      expect((caught as AppException).status).toBe(403);
      expect((caught as AppException).code).toBe('forbidden');
      expect((caught as AppException).message).toContain('board 7');
    }
    expect(() => assertAdminOfOrganisation(user('editor', STOCKHOLM, [7]), STOCKHOLM)).toThrow(AppException);
    expect(() => assertAdminOfOrganisation(user('admin', STOCKHOLM), STOCKHOLM)).not.toThrow();
  });
});
