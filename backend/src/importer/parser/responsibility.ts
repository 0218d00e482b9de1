import { buildNameIndex, lookupBoard, type NameEntry } from './names.js';
import { normaliseForMatch } from './text.js';
import type { ParsedResponsibility, ParseWarning, ReferenceBoard, ReferenceData, ReferenceGroup } from './types.js';

export interface ResponsibilityResult {
  responsibilities: ParsedResponsibility[];
  warnings: ParseWarning[];
}

const CONTRIBUTING_SPLIT = /\s+(?:i samverkan med|tillsammans med)\s+/i;
// Schools are not boards: "Grund- och gymnasieskolorna", "varje grundskola och gymnasieskola".
const SCHOOLS = /(?:^|\s)(?:varje\s+)?(?:grund|gymnasie)(?:skol(?:a|or|orna)|-)(?:\s|$)/i;
const COMPANIES = /bostadsbolag|business region|\bbolag\b|\bab\b/i;

/**
 * Parses an "Ansvarig:" text. Before "i samverkan med"/"tillsammans med": lead boards; after:
 * contributing boards. Lists "A och B", "A, B samt C"; groups ("stadsdelsnämnderna", "berörda
 * stadsdelsnämnder", "övriga tekniska nämnder") expand to their members; "Kommunstyrelsen genom
 * Kansliet för …" is Kommunstyrelsen. Schools and companies are not boards (warning
 * 'not-a-board'); anything else unknown gives 'unknown-board'. Only the first sentence is parsed
 * ("Enskilda insatser kan också involvera ytterligare nämnder och bolag." adds nobody).
 */
export function parseResponsibility(text: string, reference: ReferenceData, line: number, index: NameEntry[] = buildNameIndex(reference)): ResponsibilityResult {
  const warnings: ParseWarning[] = [];
  const sourceText = text.trim();
  const firstSentence = sourceText
    .split(/\.\s+(?=[A-ZÅÄÖ])/)[0]
    .replace(/\.\s*$/, '')
    // "Kommunstyrelsen genom Kansliet för mänskliga rättigheter och demokratiutveckling": the board is Kommunstyrelsen.
    .replace(/\s+genom\s+.*?(?=\s+i samverkan med\s|\s+tillsammans med\s|,|$)/gi, '');
  const [leadText, ...rest] = firstSentence.split(CONTRIBUTING_SPLIT);
  const contributingText = rest.join(', ');
  const out: ParsedResponsibility[] = [];
  const add = (board: ReferenceBoard, role: 'lead' | 'contributing', viaGroup?: string) => {
    const existing = out.find((r) => r.board === board.name);
    if (existing) {
      // Named as lead and again (e.g. through a group) as contributing: lead wins.
      if (existing.role === 'contributing' && role === 'lead') Object.assign(existing, { role, viaGroup: undefined });
      return;
    }
    out.push(viaGroup ? { board: board.name, role, sourceText, viaGroup } : { board: board.name, role, sourceText });
  };
  const leadBoards: string[] = [];
  for (const [role, part] of [['lead', leadText], ['contributing', contributingText]] as const) {
    for (const item of splitList(part)) {
      const name = item.replace(/\s+för samverkan med .*$/i, '').trim();
      if (!name) continue;
      const group = findGroup(name, reference);
      if (group) {
        const exclude = /^övriga\b/i.test(name) ? leadBoards : [];
        for (const b of groupMembers(group, reference)) if (!exclude.includes(b.name)) add(b, role, group.slug);
        continue;
      }
      const m = lookupBoard(name, index);
      if (m) {
        if (m.how === 'fuzzy') warnings.push({ line, code: 'board-name-variant', message: `"${name}" in "Ansvarig: ${sourceText}" read as ${m.board.name}` });
        add(m.board, role);
        if (role === 'lead') leadBoards.push(m.board.name);
        continue;
      }
      if (SCHOOLS.test(` ${name} `)) {
        warnings.push({ line, code: 'not-a-board', message: `"${name}" in "Ansvarig: ${sourceText}" are schools, not a board; their responsibility is carried by the boards named with them` });
      } else if (COMPANIES.test(name)) {
        warnings.push({ line, code: 'not-a-board', message: `"${name}" in "Ansvarig: ${sourceText}" is a company, not a board of the reference data` });
      } else if (/^berörda nämnder$/i.test(name)) {
        warnings.push({ line, code: 'unresolved-group', message: `"${name}" in "Ansvarig: ${sourceText}" does not say which boards` });
      } else {
        warnings.push({ line, code: 'unknown-board', message: `Unknown board "${name}" in "Ansvarig: ${sourceText}"` });
      }
    }
  }
  return { responsibilities: out, warnings };
}

/** "A, B och C samt D" → [A, B, C, D]; "Grund- och gymnasieskolor" stays one item. */
export function splitList(text: string): string[] {
  // "Grund- och gymnasieskolor": an "och" right after a hyphen joins a compound, it does not separate items.
  const protectedText = text.replace(/-\s+och\s+/g, '-_OCH_');
  return protectedText
    .split(/\s*,\s*|\s+och\s+|\s+samt\s+/)
    .map((s) => s.replace(/_OCH_/g, ' och ').trim().replace(/^(?:och|samt)\s+/i, ''))
    .filter(Boolean);
}

function findGroup(name: string, reference: ReferenceData) {
  const key = normaliseForMatch(name);
  return reference.groups.find((g) => g.aliases.some((a) => normaliseForMatch(a) === key) || normaliseForMatch(g.name) === key);
}

function groupMembers(group: ReferenceGroup, reference: ReferenceData): ReferenceBoard[] {
  return reference.boards.filter((b) => group.members.includes(b.name));
}
