import type { DataSource, EntityManager } from 'typeorm';
import { writeAppendix, type ImportSummary, type ProgressListener } from './appendix-writer.js';
import { loadImportReference, type ImportTarget } from './import-reference.js';
import { detectCycle, parseAppendix } from './parser/appendix.js';
import { cycleReferenceDate } from './reference-date.js';

export interface ImportOptions extends ImportTarget {
  cycleYear?: number;
  dryRun?: boolean;
  onProgress?: ProgressListener;
}

class DryRunRollback extends Error {
  constructor(readonly summary: ImportSummary) {
    super('dry run');
  }
}

/**
 * Parses and writes a compiled appendix with the caller's transaction manager, resolving names
 * against the organisation's boards, groups and reports in the database.
 */
export async function importAppendixWith(manager: EntityManager, text: string, options: ImportOptions = {}): Promise<ImportSummary> {
  // The cycle's year first: names resolve against the boards valid at its reference date.
  const { year } = detectCycle(text, options.cycleYear);
  const ref = await loadImportReference(manager, { organisation: options.organisation, commission: options.commission, date: cycleReferenceDate(year) });
  const parsed = parseAppendix(text, { reference: ref.reference, cycleYear: options.cycleYear });
  return writeAppendix(manager, parsed, ref, options.onProgress);
}

/**
 * The whole import is one transaction: a document the parser cannot make sense of, or any failure
 * while writing, leaves the database as it was. A dry run does all the work and rolls it back.
 */
export async function importAppendix(dataSource: DataSource, text: string, options: ImportOptions = {}): Promise<ImportSummary> {
  try {
    return await dataSource.transaction(async (manager) => {
      const summary = await importAppendixWith(manager, text, options);
      if (options.dryRun) throw new DryRunRollback(summary);
      return summary;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.summary;
    throw error;
  }
}
