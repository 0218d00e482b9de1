import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { repoRoot } from '../../src/common/paths.js';
import { slugify } from '../../src/common/slug.js';
import { MALMO_BOARDS } from '../../../seed/reference-data.js';

/** A seed remiss document by its file name in seed/data. */
export const remissSeed = (file: string): string => readFileSync(join(repoRoot(), 'seed', 'data', file), 'utf8');

export const SEED_FILES = {
  sodermalm: 'remiss-ks-2025-216-sodermalm-svar.txt',
  spangaTensta: 'remiss-ks-2020-904-spanga-tensta-svar.txt',
  tyreso: 'remiss-ksl-2008-vuxenutbildningsregion-tyreso-svar.txt',
  malmo: 'remiss-stk-2024-1374-malmo-ksau-beslut.txt',
};

/** The nämnder and companies § 141 (seed 003) is sent to, as the seeded Malmö stad names them (seed/reference-data.ts). */
export const MALMO_RECIPIENTS = MALMO_BOARDS.filter((b) => b.kind === 'central').map((b) => b.name);
export const MALMO_COMPANIES = MALMO_BOARDS.filter((b) => b.kind === 'company').map((b) => b.name);

/** A copy of the seeded Malmö stad under another slug, with the same boards: for tests that import into a clean organisation. */
export async function insertMalmoCopy(ds: DataSource, slug: string, name: string): Promise<number> {
  const [{ id }] = await ds.query(`INSERT INTO organisation (slug, name) VALUES ($1, $2) RETURNING id`, [slug, name]);
  for (const b of MALMO_BOARDS) {
    await ds.query(`INSERT INTO board (organisation_id, name, administration, kind, slug, aliases) VALUES ($1, $2, $3, $4, $5, $6)`, [
      id,
      b.name,
      b.administration,
      b.kind,
      slugify(b.name),
      b.aliases ?? [],
    ]);
  }
  return id;
}

/** An answer to Malmö's § 141 from Kulturnämnden, written like seed 000, for the order tests. */
export const MALMO_ANSWER = `Handläggare
Anna Andersson

Till
Kulturnämnden
2025-05-20

Remiss - Återrapportering kring kraftsamlande insatser

Svar på remiss från kommunstyrelsen, STK-2024-1374

Förslag till beslut

Kulturnämnden beslutar att överlämna förvaltningens tjänsteutlåtande som svar på remissen.

Sammanfattning

Kulturnämnden har fått förslaget på remiss med sista svarsdatum den 13 juni 2025. Förvaltningen tillstyrker förslaget på organisering.

Förvaltningens synpunkter

Förvaltningen tillstyrker förslaget och vill delta i arbetsgruppen.

Lena Larsson
Kulturdirektör

Bilagor
1. Förslaget
`;
