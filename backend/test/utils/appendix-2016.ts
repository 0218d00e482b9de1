/** The 2016 compiled appendix (seed 004) and what tests read off it, shared by the parser's and the importer's tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stockholmReference } from '../../../seed/reference-data.js';
import { DEMO_APPENDIX } from '../../../seed/seed-database.js';
import { repoRoot } from '../../src/common/paths.js';
import { parseAppendix } from '../../src/importer/parser/appendix.js';
import type { ParsedAppendix } from '../../src/importer/parser/types.js';

export const APPENDIX_2016: string = readFileSync(join(repoRoot(), DEMO_APPENDIX), 'utf8');

/** Stockholm's boards, groups and reports as the database holds them after the seed. */
export const STOCKHOLM_REFERENCE = stockholmReference();

/** The appendix parsed against Stockholm's reference data, as the seed's import does. */
export const parse2016 = (text: string = APPENDIX_2016): ParsedAppendix => parseAppendix(text, { reference: STOCKHOLM_REFERENCE });

/** The sections that say only "Skrivning saknas." / "Skrivelse saknas", read off the document. */
export const SILENT_SECTIONS_2016 = [
  'Fastighetsnämnden',
  'Kyrkogårdsnämnden',
  'Revisorskollegiet',
  'Servicenämnden',
  'Socialnämnden',
  'Valnämnden',
  'Äldrenämnden',
  'Överförmyndarnämnden',
  'Kungsholmen stadsdelsnämnd',
  'Spånga-Tensta stadsdelsnämnd',
];

/** The nine doubtful title references of the 2016 text, read off the document (docs/data-notes.md): board, report, number, first line. */
export const SUGGESTIONS_2016 = [
  'Trafiknämnden: delad 6.1.3 @1000',
  'Enskede-Årsta-Vantör stadsdelsnämnd: samverkan 4.1.1 @1263',
  'Enskede-Årsta-Vantör stadsdelsnämnd: samverkan 4.2.2 @1278',
  'Enskede-Årsta-Vantör stadsdelsnämnd: samverkan 4.3.1 @1293',
  'Farsta stadsdelsnämnd: samverkan 4.3.2 @1361',
  'Farsta stadsdelsnämnd: samverkan 4.3.2 @1363',
  'Farsta stadsdelsnämnd: delad 6.2.1 @1370',
  'Skarpnäck stadsdelsnämnd: samverkan 4.1.2 @1632',
  'Skarpnäck stadsdelsnämnd: samverkan 4.2.1 @1634',
  'Älvsjö stadsdelsnämnd: skola 6.5.3 @2017',
  'Älvsjö stadsdelsnämnd: delad 6.3.2 @2033',
  'Älvsjö stadsdelsnämnd: samverkan 4.1.1 @2047',
];
