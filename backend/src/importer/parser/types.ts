import type { BoardGroupSeed, BoardSeed, ReportSeed } from '../../../../seed/reference-data.js';

/** The reference data the parser resolves names against; tests pass small fixtures. */
export interface ReferenceData {
  boards: BoardSeed[];
  groups: BoardGroupSeed[];
  reports: ReportSeed[];
}

export interface ParseWarning {
  /** 1-based line in the input. */
  line: number;
  code: string;
  message: string;
}

export interface ParsedResponsibility {
  /** Exact BoardSeed.name. */
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

export interface ParsedStatement {
  /** BoardSeed.name. */
  board: string;
  /** null = the board's general statement. */
  measure: { reportKey: string; number: string } | null;
  text: string;
  parts: StatementPart[];
  plannedYears: number[];
  linkedBy: 'number' | 'title' | null;
  line: number;
}

export interface ParsedSection {
  part: 'central' | 'district';
  /** As written. */
  heading: string;
  /** BoardSeed.name. */
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
