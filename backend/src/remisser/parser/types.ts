/** What the remiss parser reads from one document; names stay as written (the writer resolves them). */

export const REMISS_DOCUMENT_KINDS = ['decision', 'answer'] as const;
/** `decision`: the sending side (a protocol extract with "Beslutet skickas till"); `answer`: a recipient's tjänsteutlåtande. */
export type RemissDocumentKind = (typeof REMISS_DOCUMENT_KINDS)[number];

export const REMISS_POSITIONS = ['supports', 'partly-supports', 'opposes', 'no-comments', 'declined'] as const;
export type RemissPosition = (typeof REMISS_POSITIONS)[number];

export const DECIDED_HOW = ['board', 'delegation', 'joint'] as const;
export type DecidedHow = (typeof DECIDED_HOW)[number];

export const ANSWER_PART_KINDS = [
  'forslag-till-beslut',
  'sammanfattning',
  'bakgrund',
  'arendet',
  'beredning',
  'synpunkter',
  'barnkonsekvensanalys',
  'jamstalldhetsanalys',
] as const;
export type AnswerPartKind = (typeof ANSWER_PART_KINDS)[number];

/** A section of an answer under one of the standard headings, as written. */
export interface AnswerPart {
  kind: AnswerPartKind;
  heading: string;
  text: string;
}

export interface ParseWarning {
  line: number;
  code: string;
  message: string;
}

/** A name of a remissinstans as the document writes it; `others`: "de övriga X" (a group minus those named). */
export interface RecipientMention {
  text: string;
  line: number;
  others: boolean;
}

export interface ParsedRemiss {
  caseNumber: string | null;
  title: string | null;
  kind: string | null;
  sender: { text: string; line: number } | null;
  decidedOn: string | null;
  paragraph: string | null;
  answerBy: string | null;
}

export interface ParsedAnswer {
  /** The body that answers (the nämnd, or for an incoming remiss the förvaltning answering for the organisation). */
  answeredBy: { text: string; line: number } | null;
  /** The document says it answers for the municipality ("besked om Tyresö kommuns ställningstagande"). */
  forOrganisation: boolean;
  answeredOn: string | null;
  position: RemissPosition | null;
  /** The words the position was read from, and their line. */
  positionEvidence: { text: string; line: number } | null;
  summary: string;
  parts: AnswerPart[];
  signatories: string[];
  decidedHow: DecidedHow | null;
}

export interface ParsedRemissDocument {
  kind: RemissDocumentKind;
  remiss: ParsedRemiss;
  recipients: RecipientMention[];
  /** Lines that only distribute the decision ("Stadskontorets handläggare"): not remissinstanser. */
  distributionOnly: { text: string; line: number }[];
  answer: ParsedAnswer | null;
  warnings: ParseWarning[];
}

/** A document that is not a remiss document the parser can read: nothing is written. */
export class RemissParseError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `${message} (rad ${line})`);
    this.name = 'RemissParseError';
  }
}
