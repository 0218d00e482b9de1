import type { BoardKind } from '../../boards/board.row.js';
import { levenshtein, normaliseForMatch } from './text.js';
import type { ReferenceBoard, ReferenceData } from './types.js';

export interface NameEntry {
  /** normalised spelling */
  key: string;
  board: ReferenceBoard;
  /** the spelling is an official name (board, administration, bare district name), not an alias */
  official: boolean;
}

const DISTRICT_SUFFIX = / stadsdelsförvaltning$/;

/** Every way the reference data lets a text name a board: board name, administration, bare district name, aliases. */
export function buildNameIndex(reference: ReferenceData): NameEntry[] {
  const out: NameEntry[] = [];
  const add = (name: string, board: ReferenceBoard, official: boolean) => {
    const key = normaliseForMatch(name);
    if (key && !out.some((e) => e.key === key && e.board === board)) out.push({ key, board, official });
  };
  for (const b of reference.boards) {
    add(b.name, b, true);
    add(b.administration, b, true);
    if (b.kind === 'district') {
      add(b.administration.replace(DISTRICT_SUFFIX, ''), b, true);
      add(b.name.replace(/ stadsdelsnämnd$/, ''), b, true);
    }
    for (const a of b.aliases ?? []) add(a, b, false);
  }
  return out;
}

export interface NameMatch {
  board: ReferenceBoard;
  /** exact official spelling, an alias, or a near miss (edit distance ≤ 2) */
  how: 'exact' | 'alias' | 'fuzzy';
}

/** Looks a name up (case-insensitively); near misses only for names of 10+ letters and only if unambiguous. */
export function lookupBoard(name: string, index: NameEntry[], kinds?: BoardKind[], fuzzy = true): NameMatch | null {
  const key = normaliseForMatch(name);
  if (!key) return null;
  const pool = kinds ? index.filter((e) => kinds.includes(e.board.kind)) : index;
  const exact = pool.filter((e) => e.key === key);
  if (exact.length) {
    const boards = new Set(exact.map((e) => e.board));
    if (boards.size > 1) return null;
    return { board: exact[0].board, how: exact.some((e) => e.official) ? 'exact' : 'alias' };
  }
  if (!fuzzy || key.length < 10) return null;
  let best: NameEntry[] = [];
  let bestDist = 3;
  for (const e of pool) {
    if (Math.abs(e.key.length - key.length) > 2) continue;
    const d = levenshtein(e.key, key);
    if (d < bestDist) {
      bestDist = d;
      best = [e];
    } else if (d === bestDist) best.push(e);
  }
  const boards = new Set(best.map((e) => e.board));
  if (boards.size !== 1) return null;
  return { board: best[0].board, how: 'fuzzy' };
}
