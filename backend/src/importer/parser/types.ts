import type { BoardKind } from '../../boards/board.row.js';

/** A board the parser can recognise in a text. */
export interface ReferenceBoard {
  name: string;
  administration: string;
  kind: BoardKind;
  /** Other spellings that texts use for the board or its administration (lower case). */
  aliases?: string[];
}

/** A board group that responsibility texts name ("stadsdelsnämnderna"). */
export interface ReferenceGroup {
  slug: string;
  name: string;
  /** How responsibility texts write the group (lower case). */
  aliases: string[];
  /** Member board names. */
  members: string[];
}

/** A report of the commission the document follows up. */
export interface ReferenceReport {
  key: string;
  title: string;
  /** Ways documents name the report, lower case, without quotes. */
  aliases: string[];
}

/**
 * What the parser resolves names against: the organisation's boards, groups and reports as the
 * database holds them (`importer/import-reference.ts`), or a test's fixture. Passed in, never
 * imported, so a new city or a renamed board needs data, not code.
 */
export interface ReferenceData {
  boards: ReferenceBoard[];
  groups: ReferenceGroup[];
  reports: ReferenceReport[];
}

export interface ParseWarning {
  /** 1-based line in the input. */
  line: number;
  code: string;
  message: string;
}

export interface ParsedResponsibility {
  /** Exact ReferenceBoard.name. */
  board: string;
  role: 'lead' | 'contributing';
  /** The raw "Ansvarig:" text. */
  sourceText: string;
  /** Group slug when expanded from a group. */
  viaGroup?: string;
}

export interface ParsedMeasure {
  reportKey: string;
  /** '6.2.1' or '1.4'. */
  number: string;
  title: string;
  description: string | null;
  ongoingWork: string | null;
  responsibilityText: string | null;
  recommendation: { number: string; title: string | null } | null;
  responsibilities: ParsedResponsibility[];
  line: number;
}

export type StatementPartKind = 'svar' | 'hantering' | 'kommentar' | 'pagaende' | 'text';

export interface StatementPart {
  kind: StatementPartKind;
  text: string;
}

/**
 * How a statement was tied to its measure: `number` (a heading or a cited number), `title` (the
 * title quoted, or a bullet that is the title), `title-near` (inflected, shortened or reordered);
 * `confirmed` is a suggestion an admin confirmed. `lines` is the passage, score 0–1.
 */
export interface StatementLink {
  method: 'number' | 'title' | 'title-near' | 'confirmed';
  lines: [number, number];
  score: number;
}

/** A passage that may refer to a measure by its title, too doubtful to link: left for an admin. */
export interface ParsedSuggestion {
  board: string;
  measure: { reportKey: string; number: string };
  /** the sentence, as written */
  passage: string;
  lines: [number, number];
  score: number;
  /** the passage's words that matched the title, for highlighting */
  words: string[];
  plannedYears?: number[];
}

export interface ParsedStatement {
  /** ReferenceBoard.name. */
  board: string;
  /** null = the board's general statement. */
  measure: { reportKey: string; number: string } | null;
  text: string;
  parts: StatementPart[];
  plannedYears: number[];
  linkedBy: 'number' | 'title' | null;
  /** the evidence; null for the general statement */
  link: StatementLink | null;
  line: number;
}

export interface ParsedSection {
  part: 'central' | 'district';
  /** As written. */
  heading: string;
  /** ReferenceBoard.name. */
  board: string;
  line: number;
  /** "Skrivning saknas" / "Skrivelse saknas". */
  missing: boolean;
  statements: ParsedStatement[];
}

export interface ParsedAppendix {
  cycle: { name: string; year: number; planningPeriod: number[] };
  reports: { key: string; title: string }[];
  measures: ParsedMeasure[];
  sections: ParsedSection[];
  /** title references too doubtful to link, in document order */
  suggestions: ParsedSuggestion[];
  warnings: ParseWarning[];
}

/** Thrown when the document cannot be made sense of (empty, not an appendix, truncated). */
export class AppendixParseError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `${message} (line ${line})`);
    this.name = 'AppendixParseError';
  }
}

/** A line of the normalised document; `line` is the 1-based line in the input. */
export interface SourceLine {
  line: number;
  text: string;
}
