import type { BoardKind } from '../../boards/board.row.js';
import { buildNameIndex, lookupBoard } from './names.js';
import { AppendixParseError, type ParseWarning, type ReferenceData, type SourceLine } from './types.js';

export type Part = 'central' | 'district';

export interface RawSection {
  part: Part;
  heading: string;
  board: string;
  line: number;
  /** The section's lines after its heading (blank lines kept). */
  body: SourceLine[];
  /** "Skrivning saknas." / "Skrivelse saknas" and nothing else. */
  missing: boolean;
}

export interface SplitResult {
  sections: RawSection[];
  warnings: ParseWarning[];
}

const PART_HEADINGS: Record<string, Part> = { fackförvaltningar: 'central', stadsdelsförvaltningar: 'district' };
const PART_KINDS: Record<Part, BoardKind[]> = { central: ['central', 'executive', 'company'], district: ['district'] };
export const MISSING_STATEMENT = /^skriv(?:ning|else) saknas\.?$/i;
const MISSING_PREFIX = /^skriv(?:ning|else) saknas\b/i;

/**
 * Splits the appendix into its two parts ("Fackförvaltningar", "Stadsdelsförvaltningar") and their
 * sections, whose headings are administration names (part 1) or bare district names (part 2).
 * Headings may be misspelled ("Idrottförvaltningen") or run together with the first line of text
 * ("Kungsholmen Skrivelse saknas."). Throws when the text is empty, is not an appendix, or is truncated.
 */
export function splitSections(lines: SourceLine[], reference: ReferenceData): SplitResult {
  const warnings: ParseWarning[] = [];
  if (!lines.some((l) => l.text)) throw new AppendixParseError('The document is empty');
  const index = buildNameIndex(reference);
  const sections: RawSection[] = [];
  const seenParts = new Set<Part>();
  const seenBoards = new Set<string>();
  let part: Part | null = null;
  let current: RawSection | null = null;
  let prevBlank = true;

  const open = (heading: string, board: string, line: number, how: string, p: Part) => {
    if (how !== 'exact') {
      warnings.push({ line, code: 'heading-variant', message: `Section heading "${heading}" read as ${board} (${how === 'alias' ? 'known misspelling' : 'near match'})` });
    }
    current = { part: p, heading, board, line, body: [], missing: false };
    sections.push(current);
    seenBoards.add(board);
  };

  for (const l of lines) {
    const t = l.text;
    const partHeading = PART_HEADINGS[t.toLowerCase()];
    if (partHeading) {
      if (seenParts.has(partHeading)) warnings.push({ line: l.line, code: 'duplicate-part', message: `Part heading "${t}" appears again` });
      seenParts.add(partHeading);
      part = partHeading;
      current = null;
      prevBlank = true;
      continue;
    }
    const kinds = PART_KINDS[part ?? 'central'];
    let handled = false;
    if (t && t.length <= 60 && !/[.:;]$/.test(t)) {
      const m = lookupBoard(t, index, part ? kinds : undefined, t.split(/\s+/).length <= 4);
      if (m) {
        if (seenBoards.has(m.board.name)) {
          warnings.push({ line: l.line, code: 'duplicate-section', message: `"${t}" looks like a section heading but ${m.board.name} already has a section; kept as text` });
        } else {
          if (!part) {
            warnings.push({ line: l.line, code: 'section-before-part', message: `Section "${t}" before any part heading` });
            part = m.board.kind === 'district' ? 'district' : 'central';
            seenParts.add(part);
          }
          open(t, m.board.name, l.line, m.how, part);
          handled = true;
        }
      }
    }
    if (!handled && t && part) {
      const rt = runTogetherHeading(t, index, kinds, prevBlank, seenBoards);
      if (rt) {
        open(rt.heading, rt.board, l.line, rt.how, part);
        warnings.push({ line: l.line, code: 'run-together-heading', message: `Heading "${rt.heading}" is run together with text "${rt.rest.slice(0, 40)}"` });
        current!.body.push({ line: l.line, text: rt.rest });
        handled = true;
      }
    }
    if (!handled) {
      if (current) (current as RawSection).body.push(l);
      else if (t) warnings.push({ line: l.line, code: 'text-outside-section', message: `Text outside any section: "${t.slice(0, 60)}"` });
    }
    prevBlank = !t;
  }

  if (!sections.length) throw new AppendixParseError('Not an appendix: no part headings and no known section headings');
  if (!seenParts.has('central')) throw new AppendixParseError('Not an appendix: no "Fackförvaltningar" part');
  if (!seenParts.has('district')) {
    throw new AppendixParseError('The document looks truncated: the "Stadsdelsförvaltningar" part is missing', lines[lines.length - 1]?.line);
  }
  const districtSections = sections.filter((s) => s.part === 'district');
  if (!districtSections.length) throw new AppendixParseError('The document looks truncated: the "Stadsdelsförvaltningar" part has no sections');

  for (const s of sections) {
    const content = s.body.filter((l) => l.text);
    if (!content.length) {
      if (s === sections[sections.length - 1]) {
        throw new AppendixParseError(`The document looks truncated: section "${s.heading}" has no content at the end of the text`, s.line);
      }
      warnings.push({ line: s.line, code: 'empty-section', message: `Section "${s.heading}" has no text at all (not even "Skrivning saknas")` });
      continue;
    }
    if (content.length === 1 && MISSING_STATEMENT.test(content[0].text)) s.missing = true;
    else if (content.some((l) => MISSING_PREFIX.test(l.text))) {
      warnings.push({ line: s.line, code: 'missing-with-text', message: `Section "${s.heading}" says "Skrivning saknas" but also has text; the text is kept` });
    }
  }

  for (const b of reference.boards.filter((x) => x.kind === 'district')) {
    if (!seenBoards.has(b.name)) {
      warnings.push({ line: districtSections[districtSections.length - 1].line, code: 'section-absent', message: `No section for ${b.name} in the "Stadsdelsförvaltningar" part` });
    }
  }
  return { sections, warnings };
}

function runTogetherHeading(
  text: string,
  index: ReturnType<typeof buildNameIndex>,
  kinds: BoardKind[],
  prevBlank: boolean,
  seen: Set<string>,
): { heading: string; board: string; rest: string; how: string } | null {
  const words = text.split(/\s+/);
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const heading = words.slice(0, n).join(' ');
    const rest = words.slice(n).join(' ');
    if (!/^[A-ZÅÄÖ]/.test(heading) || !/^[A-ZÅÄÖ]/.test(rest)) continue;
    const m = lookupBoard(heading, index, kinds, false);
    if (!m || seen.has(m.board.name)) continue;
    // Only the administration's own name counts mid-page; texts start sentences with board names.
    if (MISSING_PREFIX.test(rest) || (prevBlank && m.how === 'exact' && isAdministrationName(heading, m.board))) {
      return { heading, board: m.board.name, rest, how: m.how };
    }
  }
  return null;
}

function isAdministrationName(heading: string, board: { administration: string; kind: BoardKind }): boolean {
  const h = heading.toLowerCase();
  const adm = board.administration.toLowerCase();
  return h === adm || (board.kind === 'district' && h === adm.replace(/ stadsdelsförvaltning$/, ''));
}
