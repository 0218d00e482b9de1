import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { ImportSummary } from '../backend/src/importer/appendix-writer.js';
import { importAppendixWith } from '../backend/src/importer/import-appendix.js';
import { repoRoot } from '../backend/src/common/paths.js';
import { loadReferenceData } from './load-reference-data.js';
import { ORGANISATION } from './reference-data.js';
import { loadRemisser, type RemisserSeedResult } from './load-remisser.js';

/** The demo data: Stockholms stad's compiled appendix of 2016 (seed 004); the remisser in load-remisser.ts. */
export const DEMO_APPENDIX = join('seed', 'data', '2016-underlag-budget-2017-bilaga.txt');

export interface SeedResult {
  seeded: boolean;
  appendix?: ImportSummary;
  remisser?: RemisserSeedResult;
}

/**
 * Seeds the demo data in one transaction: the reference data of every organisation (idempotent: a
 * database seeded before Malmö and Tyresö were added gains them, nothing else changes) and, into an
 * empty database only, Stockholm's 2016 appendix through the importer. A restart changes nothing.
 */
export async function seedDatabase(dataSource: DataSource): Promise<SeedResult> {
  const text = readFileSync(join(repoRoot(), DEMO_APPENDIX), 'utf8');
  return dataSource.transaction(async (manager) => {
    // Serialises concurrent starts against one server database.
    await manager.query(`LOCK TABLE organisation IN EXCLUSIVE MODE`);
    const [{ count }] = await manager.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM organisation`);
    await loadReferenceData(manager);
    if (count > 0) return { seeded: false };
    const appendix = await importAppendixWith(manager, text, { organisation: ORGANISATION.slug });
    // The remisser after the organisations and boards they name (seeds 000–003).
    return { seeded: true, appendix, remisser: await loadRemisser(manager) };
  });
}
