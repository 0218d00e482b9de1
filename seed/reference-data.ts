/**
 * Reference data for Stockholms stad as named in the 2016 compiled appendix (seed 004):
 * the organisation, its boards (nämnder) with their administrations (förvaltningar),
 * the board groups that responsibility texts name, and the commission with its four reports.
 * Natural keys: organisation slug, board slug, group slug, commission slug, report key.
 */

import type { BoardKind } from '../backend/src/boards/board.row.js';
import type { ReferenceData } from '../backend/src/importer/parser/types.js';

export interface BoardSeed {
  name: string;
  administration: string;
  kind: BoardKind;
  /** Other spellings that texts use for the board or its administration (lower case). */
  aliases?: string[];
}

export interface BoardGroupSeed {
  slug: string;
  name: string;
  /** How responsibility texts write the group (lower case). */
  aliases: string[];
  /** Member board names; a group of all district boards lists them via `memberKind`. */
  members?: string[];
  memberKind?: BoardKind;
}

export interface ReportSeed {
  key: string;
  title: string;
  area: string;
  year: number;
  /** Ways the appendix names the report, lower case, without quotes. */
  aliases: string[];
}

export const ORGANISATION = { slug: 'stockholms-stad', name: 'Stockholms stad' };

const DISTRICTS = [
  'Bromma',
  'Enskede-Årsta-Vantör',
  'Farsta',
  'Hägersten-Liljeholmen',
  'Hässelby-Vällingby',
  'Kungsholmen',
  'Norrmalm',
  'Rinkeby-Kista',
  'Skarpnäck',
  'Skärholmen',
  'Spånga-Tensta',
  'Södermalm',
  'Älvsjö',
  'Östermalm',
];

export const BOARDS: BoardSeed[] = [
  { name: 'Kommunstyrelsen', administration: 'Stadsledningskontoret', kind: 'executive' },
  { name: 'Arbetsmarknadsnämnden', administration: 'Arbetsmarknadsförvaltningen', kind: 'central', aliases: ['arbetsmarkandsnämnden'] },
  { name: 'Exploateringsnämnden', administration: 'Exploateringskontoret', kind: 'central' },
  { name: 'Fastighetsnämnden', administration: 'Fastighetskontoret', kind: 'central' },
  { name: 'Idrottsnämnden', administration: 'Idrottsförvaltningen', kind: 'central', aliases: ['idrottförvaltningen'] },
  { name: 'Kulturnämnden', administration: 'Kulturförvaltningen', kind: 'central' },
  { name: 'Kyrkogårdsnämnden', administration: 'Kyrkogårdsförvaltningen', kind: 'central' },
  { name: 'Miljö- och hälsoskyddsnämnden', administration: 'Miljöförvaltningen', kind: 'central', aliases: ['miljönämnden'] },
  { name: 'Revisorskollegiet', administration: 'Revisionskontoret', kind: 'central' },
  { name: 'Servicenämnden', administration: 'Serviceförvaltningen', kind: 'central' },
  { name: 'Socialnämnden', administration: 'Socialförvaltningen', kind: 'central' },
  // Stadsarkivet reports in its own section of the appendix although it belongs to kulturnämnden's
  // remit; it is kept as its own reporting unit so its section is not merged into Kulturförvaltningen's.
  { name: 'Stadsarkivet', administration: 'Stadsarkivet', kind: 'central' },
  { name: 'Stadsbyggnadsnämnden', administration: 'Stadsbyggnadskontoret', kind: 'central' },
  { name: 'Trafiknämnden', administration: 'Trafikkontoret', kind: 'central' },
  { name: 'Utbildningsnämnden', administration: 'Utbildningsförvaltningen', kind: 'central', aliases: ['central utbildningsförvaltning'] },
  { name: 'Valnämnden', administration: 'Valnämndens kansli', kind: 'central' },
  { name: 'Äldrenämnden', administration: 'Äldreförvaltningen', kind: 'central' },
  { name: 'Överförmyndarnämnden', administration: 'Överförmyndarförvaltningen', kind: 'central' },
  ...DISTRICTS.map(
    (district): BoardSeed => ({
      name: `${district} stadsdelsnämnd`,
      administration: `${district} stadsdelsförvaltning`,
      kind: 'district',
    }),
  ),
];

export const BOARD_GROUPS: BoardGroupSeed[] = [
  {
    slug: 'stadsdelsnamnderna',
    name: 'Stadsdelsnämnderna',
    aliases: ['stadsdelsnämnderna', 'stadsdels-nämnderna', 'samtliga stadsdelsnämnder', 'alla stadsdelsnämnder'],
    memberKind: 'district',
  },
  {
    slug: 'berorda-stadsdelsnamnder',
    name: 'Berörda stadsdelsnämnder',
    aliases: ['berörda stadsdelsnämnder', 'berörda stadsdelsnämnderna'],
    memberKind: 'district',
  },
  {
    slug: 'tekniska-namnderna',
    name: 'De tekniska nämnderna',
    aliases: ['de tekniska nämnderna', 'tekniska nämnderna', 'övriga tekniska nämnder'],
    members: ['Exploateringsnämnden', 'Fastighetsnämnden', 'Stadsbyggnadsnämnden', 'Trafiknämnden', 'Miljö- och hälsoskyddsnämnden'],
  },
];

export const COMMISSION = {
  slug: 'socialt-hallbart-stockholm',
  name: 'Kommissionen för ett socialt hållbart Stockholm',
};

export const REPORTS: ReportSeed[] = [
  {
    key: 'samverkan',
    title: 'Stad i samverkan – Stockholms stad och civilsamhället',
    area: 'Demokrati och trygghet',
    year: 2016,
    aliases: ['stad i samverkan', 'en stad i samverkan'],
  },
  {
    key: 'skola',
    title: 'En skola där alla ska lyckas',
    area: 'Uppväxt och utbildning',
    year: 2016,
    aliases: ['en skola där alla ska lyckas', 'en skola där alla lyckas', 'en skola där alla kan lyckas'],
  },
  {
    key: 'delad',
    title: 'Från delad till enad stad – Översiktsplanering för social hållbarhet',
    area: 'Boende och stadsmiljö',
    year: 2016,
    aliases: ['från delad till enad stad', 'från delad stad till enad stad'],
  },
  {
    key: 'kortutbildade',
    title: 'Allas rätt till kunskap – Kortutbildade i vuxenutbildningen',
    area: 'Arbete och försörjning',
    year: 2016,
    aliases: ['allas rätt till kunskap', 'kortutbildade i vuxenutbildningen', 'kortutbildade inom vuxenutbildningen'],
  },
];

/**
 * The reference data as the database holds it once loaded (groups with their members listed), for
 * tests that parse without a database; the importer reads the same from the database.
 */
export function stockholmReference(): ReferenceData {
  return {
    boards: BOARDS.map(({ name, administration, kind, aliases }) => ({ name, administration, kind, aliases: aliases ?? [] })),
    groups: BOARD_GROUPS.map((g) => ({ slug: g.slug, name: g.name, aliases: g.aliases, members: groupMembers(g).map((b) => b.name) })),
    reports: REPORTS.map(({ key, title, aliases }) => ({ key, title, aliases })),
  };
}

/** A group's member boards: those named, or every board of `memberKind`. */
export function groupMembers(group: BoardGroupSeed, boards: BoardSeed[] = BOARDS): BoardSeed[] {
  return boards.filter((b) => (group.memberKind ? b.kind === group.memberKind : (group.members ?? []).includes(b.name)));
}
