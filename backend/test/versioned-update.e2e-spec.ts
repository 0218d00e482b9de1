import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BOARD_TABLE, type BoardRow } from '../src/boards/board.row.js';
import { AppException, ErrorCode } from '../src/common/errors/app-exception.js';
import { lockForUpdate, versionedUpdate } from '../src/database/versioned-update.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

/** The one versioned write every service uses, on a real database: 409, 404, and the audit row in the same transaction. */
describe('versionedUpdate', () => {
  let t: TestApp;
  let board: BoardRow;
  const actor = { id: null as unknown as number, email: 'helper-test@example.org' };

  const auditRows = () =>
    t.dataSource.query<{ action: string; before: Record<string, unknown>; after: Record<string, unknown> }[]>(
      `SELECT action, before, after FROM audit_event WHERE actor_email = $1 ORDER BY id`,
      [actor.email],
    );
  const rename = (name: string, version: number | undefined) =>
    t.dataSource.transaction(async (m) => {
      const before = await lockForUpdate(m, BOARD_TABLE, board.id, version);
      return versionedUpdate(m, actor, BOARD_TABLE, { before, version, set: 'name = $3', params: [name], action: 'board.update' });
    });
  const current = async () => (await t.dataSource.query<BoardRow[]>(`SELECT * FROM board WHERE id = $1`, [board.id]))[0];

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    const [org] = await t.dataSource.query<{ id: number }[]>(`INSERT INTO organisation (slug, name) VALUES ('o', 'O') RETURNING id`);
    [board] = await t.dataSource.query<BoardRow[]>(
      `INSERT INTO board (organisation_id, name, administration, kind, slug) VALUES ($1, 'Trafiknämnden', 'Trafikkontoret', 'central', 'trafiknamnden') RETURNING *`,
      [org.id],
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('changes the row, bumps the version and records before and after', async () => {
    const after = await rename('Trafiknämnden i Stockholm', board.version);
    expect(after).toMatchObject({ id: board.id, name: 'Trafiknämnden i Stockholm', version: board.version + 1 });
    expect(await auditRows()).toEqual([
      {
        action: 'board.update',
        before: expect.objectContaining({ name: 'Trafiknämnden', version: board.version }),
        after: expect.objectContaining({ name: 'Trafiknämnden i Stockholm', version: board.version + 1 }),
      },
    ]);
  });

  it('answers a stale version with 409 and the current version, writing nothing', async () => {
    const error = await rename('Stale', board.version).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppException);
    expect(error).toMatchObject({ status: 409, code: ErrorCode.VersionConflict, details: { currentVersion: board.version + 1 } });
    expect((await current()).name).toBe('Trafiknämnden i Stockholm');
    expect(await auditRows()).toHaveLength(1);
  });

  it('answers 409 when the guarded UPDATE finds the row changed without the lock', async () => {
    const error = await t.dataSource
      .transaction((m) =>
        versionedUpdate(m, actor, BOARD_TABLE, { before: board, version: board.version, set: 'name = $3', params: ['Unlocked'], action: 'board.update' }),
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 409, details: { currentVersion: board.version + 1 } });
    expect(await auditRows()).toHaveLength(1);
  });

  it('answers 404 for a row that does not exist', async () => {
    const missing = { ...board, id: 999_999 };
    await expect(t.dataSource.transaction((m) => lockForUpdate(m, BOARD_TABLE, missing.id, 1))).rejects.toMatchObject({ status: 404, code: ErrorCode.NotFound });
    await expect(
      t.dataSource.transaction((m) => versionedUpdate(m, actor, BOARD_TABLE, { before: missing, version: 1, set: 'name = $3', params: ['x'], action: 'board.update' })),
    ).rejects.toMatchObject({ status: 404, code: ErrorCode.NotFound });
  });

  it('rolls the change back with its audit row when the transaction fails after it', async () => {
    const { version } = await current();
    await expect(
      t.dataSource.transaction(async (m) => {
        const before = await lockForUpdate(m, BOARD_TABLE, board.id, version);
        await versionedUpdate(m, actor, BOARD_TABLE, { before, version, set: 'name = $3', params: ['Rolled back'], action: 'board.update' });
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect(await current()).toMatchObject({ name: 'Trafiknämnden i Stockholm', version });
    expect(await auditRows()).toHaveLength(1);
  });

  it('skips the version check when no version is given (an admin reopening)', async () => {
    const { version } = await current();
    const after = await rename('Trafiknämnden', undefined);
    expect(after.version).toBe(version + 1);
    expect(await auditRows()).toHaveLength(2);
  });
});
