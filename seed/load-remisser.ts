import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from 'typeorm';
import { repoRoot } from '../backend/src/common/paths.js';
import { importRemissWith, type RemissImportSummary } from '../backend/src/remisser/remiss-import.js';

/** The remiss documents of the demo data (seeds 000–003) and the organisation each belongs to. */
export const DEMO_REMISSER: { file: string; organisation: string }[] = [
  // Malmö's sending decision (003) first, then the answers; the order does not change the result.
  { file: 'remiss-stk-2024-1374-malmo-ksau-beslut.txt', organisation: 'malmo-stad' },
  { file: 'remiss-ks-2025-216-sodermalm-svar.txt', organisation: 'stockholms-stad' },
  { file: 'remiss-ks-2020-904-spanga-tensta-svar.txt', organisation: 'stockholms-stad' },
  { file: 'remiss-ksl-2008-vuxenutbildningsregion-tyreso-svar.txt', organisation: 'tyreso-kommun' },
];

export interface RemisserSeedResult {
  imported: RemissImportSummary[];
  /** Documents whose organisation is not in the database (it is seeded elsewhere). */
  skipped: string[];
}

/**
 * Imports the demo remisser through the remiss importer, after the organisations and their boards
 * are loaded, each into its own organisation (names resolve within it). A document whose
 * organisation does not exist is skipped, not guessed.
 */
export async function loadRemisser(manager: EntityManager): Promise<RemisserSeedResult> {
  const result: RemisserSeedResult = { imported: [], skipped: [] };
  for (const doc of DEMO_REMISSER) {
    const [org] = await manager.query<{ id: number }[]>(`SELECT id FROM organisation WHERE slug = $1`, [doc.organisation]);
    if (!org) {
      result.skipped.push(doc.file);
      continue;
    }
    const text = readFileSync(join(repoRoot(), 'seed', 'data', doc.file), 'utf8');
    result.imported.push(await importRemissWith(manager, text, { organisation: doc.organisation }));
  }
  return result;
}
