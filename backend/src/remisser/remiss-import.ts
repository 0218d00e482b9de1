/**
 * Import of remiss documents: parse (pure, `parser/`), resolve the names within the remiss's
 * organisation (boards by name, administration or alias; groups expanded; everything else in the
 * organisation's register of external bodies) and write, all in the caller's transaction.
 *
 * A remiss is identified by organisation and case number (or, without one, by its title). Documents
 * complete each other whatever the order: a sending decision's values win over an answer's, an
 * answer only fills what is still empty, recipients are the union. So answer-then-decision and
 * decision-then-answer end the same, and a re-import finds everything in place and changes nothing.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import { AppException } from '../common/errors/app-exception.js';
import { parseRemissDocument } from './parser/remiss-document.js';
import { capitalise } from './parser/remiss-text.js';
import type { ParsedRemissDocument, ParseWarning, RecipientMention, RemissDocumentKind, RemissPosition } from './parser/types.js';
import { requireOrganisationBySlug } from '../organisations/organisations.service.js';
import type { OrganisationRow } from '../organisations/organisation.row.js';
import { boardValidAt } from '../boards/board.row.js';
import { answerColumns, REMISS_TABLE, type AnswerRow, type RecipientKind, type RemissRow } from './remiss.row.js';

export interface RemissImportOptions {
  /** Organisation slug; may be left out while there is only one organisation. */
  organisation?: string;
  kind?: RemissDocumentKind;
  dryRun?: boolean;
  /** Who imports (the API's admin); the CLI and the seed import as "import". */
  actor?: { id: number | null; email: string };
  /** Throws when the actor may not import into that organisation (the API's admin check). */
  assertMay?: (organisationId: number) => void;
}

export type ImportAction = 'created' | 'updated' | 'unchanged';

export interface RemissImportSummary {
  kind: RemissDocumentKind;
  dryRun: boolean;
  organisation: { slug: string; name: string };
  remiss: { id: number; caseNumber: string | null; title: string; answerBy: string | null; action: ImportAction };
  recipients: { created: number; existing: number; list: { name: string; kind: RecipientKind; resolved: boolean; viaGroup: string | null; line: number; action: 'created' | 'existing' }[] };
  answer: { recipient: string; position: RemissPosition | null; answeredOn: string | null; signatories: string[]; action: 'created' | 'unchanged' | 'kept' } | null;
  distributionOnly: { text: string; line: number }[];
  warnings: ParseWarning[];
}

/** The sender of a remiss whose first document did not say who sent it. */
const UNKNOWN_SENDER = 'Okänd avsändare';

const IMPORT_ACTOR = { id: null, email: 'import' };

/** A name compared without case, spacing or genitive s ("Södermalms stadsdelsnämnd" = "Södermalm stadsdelsnämnd"). */
export const nameKey = (s: string): string =>
  s
    .toLocaleLowerCase('sv')
    .replace(/[.,;:]+$/, '')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/s$/, ''))
    .join(' ');

const BOARD_LIKE = /(nämnd|nämnden|styrelse|styrelsen|kontoret|förvaltning|förvaltningen|utskott|utskottet|\bråd\b|revisorer)/i;
const COMPANY_LIKE = /(\bAB$|^[A-ZÅÄÖ0-9]{2,6}$)/;

interface BoardRef {
  id: number;
  name: string;
  kind: string;
  keys: string[];
}
interface GroupRef {
  name: string;
  keys: string[];
  members: number[];
}

/** The organisation's boards valid at the date (null: any) and its groups with their members at that date, keyed for lookup. */
async function loadNames(m: EntityManager, organisationId: number, date: string | null): Promise<{ boards: BoardRef[]; groups: GroupRef[] }> {
  const boards = await m.query<{ id: number; name: string; kind: string; administration: string; aliases: string[] }[]>(
    `SELECT b.id, b.name, b.kind, b.administration, b.aliases FROM board b WHERE b.organisation_id = $1 AND ${boardValidAt('b', '$2::date')} ORDER BY b.id`,
    [organisationId, date],
  );
  const groups = await m.query<{ name: string; aliases: string[]; members: number[] }[]>(
    `SELECT g.name, g.aliases, coalesce(array_agg(gm.board_id ORDER BY gm.board_id) FILTER (WHERE gm.board_id IS NOT NULL), '{}') AS members
       FROM board_group g LEFT JOIN board_group_member gm ON gm.group_id = g.id
      WHERE g.organisation_id = $1 GROUP BY g.id ORDER BY g.id`,
    [organisationId],
  );
  return {
    boards: boards.map((b) => ({ id: b.id, name: b.name, kind: b.kind, keys: [b.name, b.administration, ...b.aliases].map(nameKey) })),
    // Members outside the date's boards drop out with them (a group expands to the boards valid at the date).
    groups: groups.map((g) => ({ name: g.name, keys: [g.name, ...g.aliases].map(nameKey), members: g.members })),
  };
}

function findBoard(boards: BoardRef[], text: string): BoardRef | undefined {
  const key = nameKey(text);
  return (
    boards.find((b) => b.keys.includes(key)) ??
    // "Kommunstyrelsens arbetsutskott" sends for Kommunstyrelsen.
    boards.find((b) => b.keys.includes(nameKey(text.replace(/\s+(arbetsutskott|presidium|beredning)$/i, ''))))
  );
}

async function externalBody(m: EntityManager, organisationId: number, name: string, warnings: ParseWarning[], line: number): Promise<number> {
  const [existing] = await m.query<{ id: number }[]>(`SELECT id FROM external_body WHERE organisation_id = $1 AND lower(name) = lower($2)`, [organisationId, name]);
  if (existing) return existing.id;
  const [row] = await m.query<{ id: number }[]>(`INSERT INTO external_body (organisation_id, name) VALUES ($1, $2) RETURNING id`, [organisationId, name]);
  warnings.push({ line, code: 'new-external-body', message: `"${name}" är ingen nämnd eller bolag i organisationen; registrerad som extern remissinstans` });
  return row.id;
}

interface Target {
  kind: RecipientKind;
  name: string;
  boardId: number | null;
  externalBodyId: number | null;
  viaGroup: string | null;
  line: number;
}

async function resolveMentions(
  m: EntityManager,
  organisation: OrganisationRow,
  mentions: RecipientMention[],
  names: { boards: BoardRef[]; groups: GroupRef[] },
  warnings: ParseWarning[],
): Promise<Target[]> {
  const targets: Target[] = [];
  const named = new Set<number>();
  const direct: { mention: RecipientMention; board?: BoardRef; group?: GroupRef }[] = mentions.map((mention) => {
    const key = nameKey(mention.text);
    const group = names.groups.find((g) => g.keys.includes(key));
    const board = group ? undefined : findBoard(names.boards, mention.text);
    if (board) named.add(board.id);
    return { mention, board, group };
  });
  for (const { mention, board, group } of direct) {
    if (group) {
      const members = names.boards.filter((b) => group.members.includes(b.id) && !(mention.others && named.has(b.id)));
      if (members.length === 0) warnings.push({ line: mention.line, code: 'empty-group', message: `Gruppen "${group.name}" har inga medlemmar vid remissens datum` });
      for (const b of members) targets.push({ kind: b.kind === 'company' ? 'company' : 'board', name: b.name, boardId: b.id, externalBodyId: null, viaGroup: group.name, line: mention.line });
    } else if (board) {
      targets.push({ kind: board.kind === 'company' ? 'company' : 'board', name: board.name, boardId: board.id, externalBodyId: null, viaGroup: null, line: mention.line });
    } else if (BOARD_LIKE.test(mention.text) || COMPANY_LIKE.test(mention.text)) {
      const kind = COMPANY_LIKE.test(mention.text) ? 'company' : 'board';
      warnings.push({
        line: mention.line,
        code: kind === 'company' ? 'unknown-company' : 'unknown-board',
        message: `"${mention.text}" liknar ${kind === 'company' ? 'ett bolag' : 'en nämnd'} men finns inte bland ${organisation.name}s nämnder och bolag; sparad utan koppling`,
      });
      targets.push({ kind, name: capitalise(mention.text), boardId: null, externalBodyId: null, viaGroup: null, line: mention.line });
    } else {
      const name = capitalise(mention.text);
      targets.push({ kind: 'external', name, boardId: null, externalBodyId: await externalBody(m, organisation.id, name, warnings, mention.line), viaGroup: null, line: mention.line });
    }
  }
  // One recipient per board or name, the first mention kept.
  return targets.filter((t, i) => targets.findIndex((o) => (t.boardId !== null ? o.boardId === t.boardId : nameKey(o.name) === nameKey(t.name))) === i);
}

async function chooseOrganisation(m: EntityManager, slug: string | undefined): Promise<OrganisationRow> {
  if (slug !== undefined) return requireOrganisationBySlug(m, slug);
  const rows = await m.query<OrganisationRow[]>(`SELECT id, slug, name FROM organisation ORDER BY id LIMIT 2`);
  if (rows.length !== 1) throw AppException.invalidField('organisation', rows.length === 0 ? 'there is no organisation yet' : 'required: name the organisation the remiss belongs to (its slug)');
  return rows[0];
}

/** Equal as JSON with object keys in one order (jsonb stores keys sorted its own way). */
const canonical = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(canonical) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canonical(x)])) : v;
const sameJson = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Parses and writes one document in the caller's transaction. */
export async function importRemissWith(m: EntityManager, text: string, options: RemissImportOptions = {}): Promise<RemissImportSummary> {
  // Who may import here is settled before the document is read: a refused caller learns nothing of it.
  const organisation = await chooseOrganisation(m, options.organisation);
  options.assertMay?.(organisation.id);
  const doc: ParsedRemissDocument = parseRemissDocument(text, options.kind);
  const actor = options.actor ?? IMPORT_ACTOR;
  const warnings = [...doc.warnings];
  const isDecision = doc.kind === 'decision';
  const p = doc.remiss;

  // Find the remiss: by case number, else by title among those without one.
  const [existing] = await m.query<RemissRow[]>(
    p.caseNumber !== null
      ? `SELECT ${REMISS_TABLE.columns} FROM remiss t WHERE t.organisation_id = $1 AND t.case_number = $2 FOR UPDATE`
      : `SELECT ${REMISS_TABLE.columns} FROM remiss t WHERE t.organisation_id = $1 AND t.case_number IS NULL AND lower(t.title) = lower($2) FOR UPDATE`,
    [organisation.id, p.caseNumber ?? p.title],
  );

  // Names resolve at the remiss's date: the decision's, else the answer's, else 1 January of the case number's year.
  const caseYear = p.caseNumber ? /\d{4}/.exec(p.caseNumber)?.[0] : undefined;
  const decidedOn = (isDecision ? p.decidedOn ?? existing?.decided_on : existing?.decided_on ?? p.decidedOn) ?? null;
  const nameDate = decidedOn ?? doc.answer?.answeredOn ?? (caseYear ? `${caseYear}-01-01` : null);
  const names = await loadNames(m, organisation.id, nameDate);

  // The sender: a board of the organisation, else (an incoming remiss) an external body.
  let senderBoardId: number | null = null;
  let senderExternalId: number | null = null;
  const senderName = p.sender?.text ?? null;
  if (p.sender) {
    const board = findBoard(names.boards, p.sender.text);
    if (board) senderBoardId = board.id;
    else if (BOARD_LIKE.test(p.sender.text)) {
      warnings.push({ line: p.sender.line, code: 'unknown-sender', message: `Avsändaren "${p.sender.text}" finns inte bland ${organisation.name}s nämnder; sparad som text` });
    } else senderExternalId = await externalBody(m, organisation.id, p.sender.text, warnings, p.sender.line);
  }
  const incoming = senderExternalId !== null || doc.answer?.forOrganisation === true;

  const incomingValues = {
    title: p.title,
    kind: p.kind,
    sender_name: senderName,
    sender_board_id: senderBoardId,
    sender_external_body_id: senderExternalId,
    decided_on: p.decidedOn,
    paragraph: p.paragraph,
    answer_by: p.answerBy,
  };
  let remiss: RemissRow;
  let action: ImportAction;
  if (!existing) {
    if (!p.title) throw AppException.invalidField('text', 'the document names no title for a remiss that is not stored yet');
    [remiss] = await m.query<RemissRow[]>(
      `INSERT INTO remiss AS t (organisation_id, case_number, title, kind, sender_name, sender_board_id, sender_external_body_id, decided_on, paragraph, answer_by, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'sent') RETURNING ${REMISS_TABLE.columns}`,
      [organisation.id, p.caseNumber, p.title, p.kind, senderName ?? UNKNOWN_SENDER, senderBoardId, senderExternalId, p.decidedOn, p.paragraph, p.answerBy],
    );
    action = 'created';
    await recordAudit(m, actor, { action: 'remiss.import', entityType: 'remiss', entityId: remiss.id, organisationId: organisation.id, before: null, after: REMISS_TABLE.snapshot(remiss) });
  } else {
    // A decision's values win; an answer fills only what is empty (and says where it disagrees).
    const merged: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(incomingValues)) {
      if (column.startsWith('sender_')) continue;
      const current = existing[column as keyof RemissRow];
      if (isDecision) merged[column] = value ?? current;
      else {
        merged[column] = current ?? value;
        if (value !== null && current !== null && value !== current) {
          warnings.push({ line: 1, code: 'differs', message: `Dokumentet anger ${column} "${String(value)}", remissen har "${String(current)}"; det sparade behålls` });
        }
      }
    }
    // The sender as one: the decision's when it names one, else the stored one (unless that is unknown).
    const takeSender = senderName !== null && (isDecision || existing.sender_name === UNKNOWN_SENDER);
    merged.sender_name = takeSender ? senderName : existing.sender_name;
    merged.sender_board_id = takeSender ? senderBoardId : existing.sender_board_id;
    merged.sender_external_body_id = takeSender ? senderExternalId : existing.sender_external_body_id;
    const changed = Object.entries(merged).some(([k, v]) => v !== existing[k as keyof RemissRow]);
    if (changed) {
      [remiss] = await m.query<RemissRow[]>(
        `WITH changed AS (
           UPDATE remiss t SET title = $2, kind = $3, sender_name = $4, sender_board_id = $5, sender_external_body_id = $6,
                  decided_on = $7, paragraph = $8, answer_by = $9, version = t.version + 1, updated_at = now()
            WHERE t.id = $1 RETURNING ${REMISS_TABLE.columns})
         SELECT * FROM changed`,
        [existing.id, merged.title, merged.kind, merged.sender_name, merged.sender_board_id, merged.sender_external_body_id, merged.decided_on, merged.paragraph, merged.answer_by],
      );
      await recordAudit(m, actor, { action: 'remiss.import', entityType: 'remiss', entityId: remiss.id, organisationId: organisation.id, before: REMISS_TABLE.snapshot(existing), after: REMISS_TABLE.snapshot(remiss) });
      action = 'updated';
    } else {
      remiss = existing;
      action = 'unchanged';
    }
  }

  const groupMentions = doc.recipients.filter((r) => names.groups.some((g) => g.keys.includes(nameKey(r.text))));
  if (groupMentions.length > 0 && remiss.decided_on === null) {
    warnings.push({ line: groupMentions[0].line, code: 'group-date', message: `Remissens beslutsdatum är okänt; gruppen expanderades per ${nameDate ?? 'i dag'}` });
  }

  // Recipients: the organisation itself for an incoming remiss, else the names resolved.
  const targets: Target[] = incoming
    ? [{ kind: 'organisation', name: organisation.name, boardId: null, externalBodyId: null, viaGroup: null, line: doc.answer?.answeredBy?.line ?? 1 }]
    : await resolveMentions(m, organisation, doc.recipients, names, warnings);
  const list: RemissImportSummary['recipients']['list'] = [];
  for (const t of targets) {
    if (t.boardId !== null) {
      // A name stored before its board existed gets the board now.
      await m.query(
        `UPDATE remiss_recipient SET board_id = $3, kind = $4, name = $5 WHERE remiss_id = $1 AND lower(name) = lower($2) AND board_id IS NULL AND kind IN ('board', 'company')`,
        [remiss.id, t.name, t.boardId, t.kind, t.name],
      );
    }
    const inserted = await m.query<{ id: number }[]>(
      `INSERT INTO remiss_recipient (organisation_id, remiss_id, kind, name, board_id, external_body_id, via_group)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
      [organisation.id, remiss.id, t.kind, t.name, t.boardId, t.externalBodyId, t.viaGroup],
    );
    if (inserted.length === 0 && isDecision) {
      // The decision says whether a board was named or reached through a group.
      await m.query(
        `UPDATE remiss_recipient SET via_group = $3 WHERE remiss_id = $1 AND (board_id = $2 OR ($2::int IS NULL AND lower(name) = lower($4))) AND via_group IS DISTINCT FROM $3`,
        [remiss.id, t.boardId, t.viaGroup, t.name],
      );
    }
    list.push({ name: t.name, kind: t.kind, resolved: t.kind === 'organisation' || t.boardId !== null || t.externalBodyId !== null, viaGroup: t.viaGroup, line: t.line, action: inserted.length ? 'created' : 'existing' });
  }
  if (list.some((r) => r.action === 'created') && action === 'unchanged') {
    await recordAudit(m, actor, { action: 'remiss.recipients.import', entityType: 'remiss', entityId: remiss.id, organisationId: organisation.id, before: null, after: { added: list.filter((r) => r.action === 'created').map((r) => r.name) } });
  }

  // The answer: one per recipient; an existing one is never overwritten by an import.
  let answer: RemissImportSummary['answer'] = null;
  if (doc.answer) {
    const a = doc.answer;
    const target = incoming ? targets[0] : targets.find((t) => a.answeredBy && (nameKey(t.name) === nameKey(a.answeredBy.text) || t.boardId === findBoard(names.boards, a.answeredBy.text)?.id));
    if (!target) throw AppException.invalidField('text', `the answering body "${a.answeredBy?.text ?? '?'}" is not among the remiss's recipients`);
    const [recipient] = await m.query<{ id: number }[]>(
      `SELECT id FROM remiss_recipient WHERE remiss_id = $1 AND (($2::int IS NOT NULL AND board_id = $2) OR lower(name) = lower($3) OR ($4 AND kind = 'organisation'))`,
      [remiss.id, target.boardId, target.name, target.kind === 'organisation'],
    );
    const [current] = await m.query<AnswerRow[]>(`SELECT ${answerColumns('t')} FROM remiss_answer t WHERE t.recipient_id = $1`, [recipient.id]);
    const values = { answered_on: a.answeredOn, position: a.position, summary: a.summary, parts: a.parts, signatories: a.signatories, decided_how: a.decidedHow };
    let answerAction: 'created' | 'unchanged' | 'kept';
    if (!current) {
      const [row] = await m.query<AnswerRow[]>(
        `INSERT INTO remiss_answer AS t (organisation_id, remiss_id, recipient_id, answered_on, position, summary, parts, signatories, decided_how, state)
         VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, 'submitted') RETURNING ${answerColumns('t')}`,
        [organisation.id, remiss.id, recipient.id, a.answeredOn, a.position, a.summary, JSON.stringify(a.parts), a.signatories, a.decidedHow],
      );
      await recordAudit(m, actor, { action: 'remiss.answer.import', entityType: 'remiss_answer', entityId: row.id, organisationId: organisation.id, before: null, after: { ...values, parts: undefined, state: 'submitted' } });
      answerAction = 'created';
    } else {
      const same = Object.entries(values).every(([k, v]) => sameJson(v, current[k as keyof AnswerRow]));
      answerAction = same ? 'unchanged' : 'kept';
      if (!same) warnings.push({ line: a.answeredBy?.line ?? 1, code: 'answer-exists', message: `${target.name} har redan ett svar (version ${current.version}) som skiljer sig; det sparade behålls` });
    }
    answer = { recipient: target.name, position: a.position, answeredOn: a.answeredOn, signatories: a.signatories, action: answerAction };
  }

  return {
    kind: doc.kind,
    dryRun: options.dryRun ?? false,
    organisation: { slug: organisation.slug, name: organisation.name },
    remiss: { id: remiss.id, caseNumber: remiss.case_number, title: remiss.title, answerBy: remiss.answer_by, action },
    recipients: { created: list.filter((r) => r.action === 'created').length, existing: list.filter((r) => r.action === 'existing').length, list },
    answer,
    distributionOnly: doc.distributionOnly,
    warnings: warnings.sort((x, y) => x.line - y.line),
  };
}

class DryRunRollback extends Error {
  constructor(readonly summary: RemissImportSummary) {
    super('dry run');
  }
}

/** One transaction: a document that cannot be read, or any failure, writes nothing; a dry run rolls back. */
export async function importRemiss(dataSource: DataSource, text: string, options: RemissImportOptions = {}): Promise<RemissImportSummary> {
  try {
    return await dataSource.transaction(async (m) => {
      const summary = await importRemissWith(m, text, options);
      if (options.dryRun) throw new DryRunRollback(summary);
      return summary;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.summary;
    throw error;
  }
}
