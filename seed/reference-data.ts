/**
 * Reference data of the three municipalities the seeds come from:
 *  - Stockholms stad as named in the 2016 compiled appendix (seed 004): its boards (nämnder) with
 *    their administrations (förvaltningar), the board groups that responsibility texts name, and
 *    the commission with its four reports; and the boards of 2020–2025 that seeds 000 and 002 name
 *    (Hägersten-Älvsjö stadsdelsnämnd, Stockholms Stadshus AB), with validity periods: Hägersten-
 *    Liljeholmen and Älvsjö were merged into Hägersten-Älvsjö on 2020-01-01;
 *  - Malmö stad: the eleven nämnder and the companies MKB and MINC that § 141 (seed 003) is sent to,
 *    and the kommunstyrelse that sends it;
 *  - Tyresö kommun (seed 001): the kommun and Utvecklingsförvaltningen.
 * Natural keys: organisation slug, board slug, group slug, commission slug, report key.
 */

import type { BoardKind } from '../backend/src/boards/board.row.js';
import type { ReferenceData } from '../backend/src/importer/parser/types.js';
import { cycleReferenceDate } from '../backend/src/importer/reference-date.js';

export interface BoardSeed {
  name: string;
  administration: string;
  kind: BoardKind;
  /** Other spellings that texts use for the board or its administration (lower case). */
  aliases?: string[];
  /** ISO dates of the board's existence (absent: open-ended). */
  validFrom?: string;
  validTo?: string;
}

/** One municipality's reference data; only Stockholm has a commission (and groups) so far. */
export interface OrganisationSeed {
  slug: string;
  name: string;
  boards: BoardSeed[];
  groups: BoardGroupSeed[];
  commission?: { slug: string; name: string; reports: ReportSeed[] };
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

/** The districts merged into Hägersten-Älvsjö on 2020-01-01. */
const MERGED_2020 = ['Hägersten-Liljeholmen', 'Älvsjö'];

/** The 14 districts of the 2016 structure (until 2019-12-31 for Hägersten-Liljeholmen and Älvsjö). */
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
      ...(MERGED_2020.includes(district) ? { validTo: '2019-12-31' } : {}),
    }),
  ),
  // The 2020 structure (seed 000 names it): Hägersten-Liljeholmen and Älvsjö merged.
  { name: 'Hägersten-Älvsjö stadsdelsnämnd', administration: 'Hägersten-Älvsjö stadsdelsförvaltning', kind: 'district', validFrom: '2020-01-01' },
  // A remissinstans of seed 002 (KS 2020/904): the city's group parent company.
  { name: 'Stockholms Stadshus AB', administration: 'Stockholms Stadshus AB', kind: 'company' },
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

/** Whether the board exists on the ISO date (both ends inclusive). */
export function boardValidOn(board: Pick<BoardSeed, 'validFrom' | 'validTo'>, date: string): boolean {
  return (board.validFrom === undefined || board.validFrom <= date) && (board.validTo === undefined || board.validTo >= date);
}


/**
 * The reference data as the database holds it once loaded (groups with their members listed), as
 * the importer reads it for a date (boards valid then; 2016 by default: the 14 districts), for tests
 * that parse without a database.
 */
export function stockholmReference(date = cycleReferenceDate(2016)): ReferenceData {
  const boards = BOARDS.filter((b) => boardValidOn(b, date));
  return {
    boards: boards.map(({ name, administration, kind, aliases }) => ({ name, administration, kind, aliases: aliases ?? [] })),
    groups: BOARD_GROUPS.map((g) => ({ slug: g.slug, name: g.name, aliases: g.aliases, members: groupMembers(g, boards).map((b) => b.name) })),
    reports: REPORTS.map(({ key, title, aliases }) => ({ key, title, aliases })),
  };
}

/** A group's member boards: those named, or every board of `memberKind` (whatever their validity: expansion filters by date). */
export function groupMembers(group: BoardGroupSeed, boards: BoardSeed[] = BOARDS): BoardSeed[] {
  return boards.filter((b) => (group.memberKind ? b.kind === group.memberKind : (group.members ?? []).includes(b.name)));
}

/**
 * Malmö stad as seed 003 (kommunstyrelsens arbetsutskott 2025-03-24 § 141) names it: the eleven
 * nämnder and the two companies the remiss is sent to, and the kommunstyrelse (stadskontoret) that
 * sends it. Malmö's Kulturnämnden shares its name with Stockholm's: names repeat across cities.
 */
export const MALMO_BOARDS: BoardSeed[] = [
  { name: 'Kommunstyrelsen', administration: 'Stadskontoret', kind: 'executive' },
  { name: 'Arbetsmarknads- och socialnämnden', administration: 'Arbetsmarknads- och socialförvaltningen', kind: 'central' },
  { name: 'Fritidsnämnden', administration: 'Fritidsförvaltningen', kind: 'central' },
  { name: 'Funktionsstödsnämnden', administration: 'Funktionsstödsförvaltningen', kind: 'central' },
  { name: 'Förskolenämnden', administration: 'Förskoleförvaltningen', kind: 'central' },
  { name: 'Grundskolenämnden', administration: 'Grundskoleförvaltningen', kind: 'central' },
  { name: 'Gymnasie- och vuxenutbildningsnämnden', administration: 'Gymnasie- och vuxenutbildningsförvaltningen', kind: 'central' },
  { name: 'Hälsa-, vård- och omsorgsnämnden', administration: 'Hälsa-, vård- och omsorgsförvaltningen', kind: 'central' },
  { name: 'Kulturnämnden', administration: 'Kulturförvaltningen', kind: 'central' },
  { name: 'Miljönämnden', administration: 'Miljöförvaltningen', kind: 'central' },
  { name: 'Servicenämnden', administration: 'Serviceförvaltningen', kind: 'central' },
  { name: 'Tekniska nämnden', administration: 'Fastighets- och gatukontoret', kind: 'central' },
  { name: 'MKB Fastighets AB', administration: 'MKB Fastighets AB', kind: 'company', aliases: ['mkb'] },
  { name: 'MINC i Malmö AB', administration: 'MINC i Malmö AB', kind: 'company', aliases: ['minc'] },
];

/**
 * Tyresö kommun as seed 001 names it: the kommun answers KSL, through Utvecklingsförvaltningen
 * (kept as its own reporting unit, as Stockholm's Stadsarkivet is).
 */
export const TYRESO_BOARDS: BoardSeed[] = [
  { name: 'Kommunstyrelsen', administration: 'Tyresö kommun', kind: 'executive' },
  { name: 'Utvecklingsförvaltningen', administration: 'Utvecklingsförvaltningen', kind: 'central' },
];

/** Every organisation the seed loads, in order (Stockholm first: its ids stay as they were). */
export const ORGANISATIONS: OrganisationSeed[] = [
  { ...ORGANISATION, boards: BOARDS, groups: BOARD_GROUPS, commission: { ...COMMISSION, reports: REPORTS } },
  { slug: 'malmo-stad', name: 'Malmö stad', boards: MALMO_BOARDS, groups: [] },
  { slug: 'tyreso-kommun', name: 'Tyresö kommun', boards: TYRESO_BOARDS, groups: [] },
];
