import type { DataSource } from 'typeorm';
import { loadReferenceData } from './load-reference-data.js';

export interface SeedResult {
  seeded: boolean;
}

/**
 * Seeds an empty database with the reference data (and, through the importer, the 2016 appendix).
 * A database that already holds an organisation is left alone, so a restart changes nothing.
 */
export async function seedDatabase(dataSource: DataSource): Promise<SeedResult> {
  return dataSource.transaction(async (manager) => {
    // Serialises concurrent starts against one server database.
    await manager.query(`LOCK TABLE organisation IN EXCLUSIVE MODE`);
    const [{ count }] = await manager.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM organisation`);
    if (count > 0) return { seeded: false };
    await loadReferenceData(manager);
    return { seeded: true };
  });
}
