import type { VersionedTable } from '../database/versioned-update.js';
import type { AnswerPart, DecidedHow, RemissPosition } from './parser/types.js';

export { REMISS_POSITIONS, DECIDED_HOW } from './parser/types.js';
export const REMISS_STATUSES = ['draft', 'sent', 'closed'] as const;
export type RemissStatus = (typeof REMISS_STATUSES)[number];
export const RECIPIENT_KINDS = ['board', 'company', 'organisation', 'external'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
export const ANSWER_STATES = ['draft', 'submitted'] as const;
export type AnswerState = (typeof ANSWER_STATES)[number];

export interface RemissLink {
  title: string;
  url: string;
}

/** A `remiss` row with its organisation and sender's register names (`SELECT_REMISS`). */
export interface RemissRow {
  id: number;
  organisation_id: number;
  case_number: string | null;
  title: string;
  kind: string | null;
  sender_name: string;
  sender_board_id: number | null;
  sender_external_body_id: number | null;
  decided_on: string | null;
  paragraph: string | null;
  answer_by: string | null;
  status: RemissStatus;
  links: RemissLink[];
  handling_officer: string | null;
  version: number;
  updated_at: Date;
}

/** Dates as ISO strings (no time-zone shift), for `t` the remiss table. */
export const remissColumns = (a: string): string =>
  `${a}.id, ${a}.organisation_id, ${a}.case_number, ${a}.title, ${a}.kind, ${a}.sender_name, ${a}.sender_board_id, ${a}.sender_external_body_id,
   to_char(${a}.decided_on, 'YYYY-MM-DD') AS decided_on, ${a}.paragraph, to_char(${a}.answer_by, 'YYYY-MM-DD') AS answer_by,
   ${a}.status, ${a}.links, ${a}.handling_officer, ${a}.version, ${a}.updated_at`;

export const REMISS_TABLE: VersionedTable<RemissRow> = {
  name: 'remiss',
  label: 'Remiss',
  columns: remissColumns('t'),
  entityType: 'remiss',
  organisationOf: (r) => r.organisation_id,
  snapshot: (r) => ({
    id: r.id,
    organisationId: r.organisation_id,
    caseNumber: r.case_number,
    title: r.title,
    kind: r.kind,
    senderName: r.sender_name,
    senderBoardId: r.sender_board_id,
    senderExternalBodyId: r.sender_external_body_id,
    decidedOn: r.decided_on,
    paragraph: r.paragraph,
    answerBy: r.answer_by,
    status: r.status,
    links: r.links,
    handlingOfficer: r.handling_officer,
    version: r.version,
  }),
};

/** A `remiss_recipient` row. */
export interface RecipientRow {
  id: number;
  organisation_id: number;
  remiss_id: number;
  kind: RecipientKind;
  name: string;
  board_id: number | null;
  external_body_id: number | null;
  via_group: string | null;
}

export const RECIPIENT_COLUMNS = 't.id, t.organisation_id, t.remiss_id, t.kind, t.name, t.board_id, t.external_body_id, t.via_group';

export const recipientSnapshot = (r: RecipientRow) => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  boardId: r.board_id,
  externalBodyId: r.external_body_id,
  viaGroup: r.via_group,
});

/** A `remiss_answer` row. */
export interface AnswerRow {
  id: number;
  organisation_id: number;
  remiss_id: number;
  recipient_id: number;
  answered_on: string | null;
  position: RemissPosition | null;
  summary: string;
  parts: AnswerPart[];
  signatories: string[];
  decided_how: DecidedHow | null;
  state: AnswerState;
  submitted_at: Date | null;
  version: number;
  updated_at: Date;
}

export const answerColumns = (a: string): string =>
  `${a}.id, ${a}.organisation_id, ${a}.remiss_id, ${a}.recipient_id, to_char(${a}.answered_on, 'YYYY-MM-DD') AS answered_on, ${a}.position,
   ${a}.summary, ${a}.parts, ${a}.signatories, ${a}.decided_how, ${a}.state, ${a}.submitted_at, ${a}.version, ${a}.updated_at`;

export const ANSWER_TABLE: VersionedTable<AnswerRow> = {
  name: 'remiss_answer',
  label: 'Remiss answer',
  columns: answerColumns('t'),
  entityType: 'remiss_answer',
  organisationOf: (a) => a.organisation_id,
  snapshot: (a) => ({
    id: a.id,
    organisationId: a.organisation_id,
    remissId: a.remiss_id,
    recipientId: a.recipient_id,
    answeredOn: a.answered_on,
    position: a.position,
    summary: a.summary,
    signatories: a.signatories,
    decidedHow: a.decided_how,
    state: a.state,
    submittedAt: a.submitted_at === null ? null : new Date(a.submitted_at).toISOString(),
    version: a.version,
  }),
};

/** An `external_body` row. */
export interface ExternalBodyRow {
  id: number;
  organisation_id: number;
  name: string;
  version: number;
}

/**
 * Whether an answer counts as late: submitted after the last answer date, or not submitted and the
 * last answer date (a whole day, Stockholm time) has passed. An imported answer whose document has no
 * date is not counted late (unknown). `r` the remiss, `a` the answer (LEFT JOIN).
 */
export const lateSql = (r: string, a: string): string =>
  `coalesce(${r}.answer_by IS NOT NULL AND CASE WHEN ${a}.state = 'submitted'
      THEN coalesce(${a}.answered_on, (${a}.submitted_at AT TIME ZONE 'Europe/Stockholm')::date) > ${r}.answer_by
      ELSE (now() AT TIME ZONE 'Europe/Stockholm')::date > ${r}.answer_by END, false)`;
