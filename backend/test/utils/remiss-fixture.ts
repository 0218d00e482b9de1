import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { repoRoot } from '../../src/common/paths.js';

/** A seed remiss document by its file name in seed/data. */
export const remissSeed = (file: string): string => readFileSync(join(repoRoot(), 'seed', 'data', file), 'utf8');

export const SEED_FILES = {
  sodermalm: 'remiss-ks-2025-216-sodermalm-svar.txt',
  spangaTensta: 'remiss-ks-2020-904-spanga-tensta-svar.txt',
  tyreso: 'remiss-ksl-2008-vuxenutbildningsregion-tyreso-svar.txt',
  malmo: 'remiss-stk-2024-1374-malmo-ksau-beslut.txt',
};

/** The nämnder and companies § 141 (seed 003) is sent to, as Malmö stad names them. */
export const MALMO_RECIPIENTS = [
  'Arbetsmarknads- och socialnämnden',
  'Fritidsnämnden',
  'Funktionsstödsnämnden',
  'Förskolenämnden',
  'Grundskolenämnden',
  'Gymnasie- och vuxenutbildningsnämnden',
  'Hälsa-, vård- och omsorgsnämnden',
  'Kulturnämnden',
  'Miljönämnden',
  'Servicenämnden',
  'Tekniska nämnden',
];
export const MALMO_COMPANIES = ['MKB', 'MINC'];

/**
 * Malmö stad (or a copy under another slug) with Kommunstyrelsen, the eleven nämnder and the two
 * companies of seed 003, and Tyresö kommun with Utvecklingsförvaltningen: what issue 12's seed
 * holds, created here until it is on main.
 */
export async function insertMalmo(ds: DataSource, slug = 'malmo-stad', name = 'Malmö stad'): Promise<number> {
  const [{ id }] = await ds.query(`INSERT INTO organisation (slug, name) VALUES ($1, $2) ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name RETURNING id`, [slug, name]);
  const boards = [
    { name: 'Kommunstyrelsen', administration: 'Stadskontoret', kind: 'executive' },
    ...MALMO_RECIPIENTS.map((n) => ({ name: n, administration: `${n.replace(/nämnden$/, '')}förvaltningen`, kind: 'central' })),
    { name: 'MKB', administration: 'MKB Fastighets AB', kind: 'company' },
    { name: 'MINC', administration: 'MINC i Malmö AB', kind: 'company' },
  ];
  for (const b of boards) {
    await ds.query(
      `INSERT INTO board (organisation_id, name, administration, kind, slug) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [id, b.name, b.administration, b.kind, b.name.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')],
    );
  }
  return id;
}

export async function insertTyreso(ds: DataSource): Promise<number> {
  const [{ id }] = await ds.query(`INSERT INTO organisation (slug, name) VALUES ('tyreso-kommun', 'Tyresö kommun') ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name RETURNING id`);
  await ds.query(
    `INSERT INTO board (organisation_id, name, administration, kind, slug) VALUES ($1, 'Utvecklingsnämnden', 'Utvecklingsförvaltningen', 'central', 'utvecklingsnamnden') ON CONFLICT DO NOTHING`,
    [id],
  );
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
