import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { formatEditorLoad, runEditorLoad, type EditorLoadResult } from '../bench/editor-load.js';
import { createTestApp, type TestApp } from './utils/test-app.js';

/**
 * The reduced form of `npm run bench:load` for CI: 50 editors at once create, save three times and
 * submit their own statements, then 50 editors save one statement at one version. Nothing lost or
 * duplicated (statements, versions and audit rows match every answer), exactly one racer wins.
 */
describe('50 editors at once', () => {
  let t: TestApp;
  let result: EditorLoadResult;

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    await t.app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/api`;
    result = await runEditorLoad(t.dataSource, base, { editors: 50, saves: 3, racers: 50, deadlineMs: 60_000 });
    if (process.env.LOAD_REPORT) console.log(formatEditorLoad(result));
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  it('answers every request with success: no 5xx, no lost session, no conflict between different statements', () => {
    expect(result.statuses).toEqual({ 'create 201': 51, 'save 200': 150, 'submit 200': 50, 'race 200': 1, 'race 409 version_conflict': 49 });
  });

  it('stores each editor\'s statement once, at the version, text and state answered, with one audit row per write', () => {
    expect(result.check).toMatchObject({ statements: 50, submitted: 50, duplicateStatements: 0, mismatched: [] });
  });

  it('of 50 editors saving one statement at one version exactly one wins', () => {
    expect(result.check).toMatchObject({ raceWinners: 1, raceConflicts: 49, raceVersionAfter: result.check.raceVersionBefore + 1, raceAudits: 2 });
  });
});
