import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import type { AuditEntityType } from '../audit/audit-event.row.js';
import type { AuthUser } from '../auth/roles.js';
import { AppException } from '../common/errors/app-exception.js';

/** A row the optimistic lock guards: every versioned table has `id` and `version`. */
export interface VersionedRow {
  id: number;
  version: number;
}

/** What the helpers need to know of a versioned table; each table's row file exports one. */
export interface VersionedTable<Row extends VersionedRow> {
  /** SQL table name; queries alias it `t`. */
  name: string;
  /** For messages: "Cycle 3 was changed by someone else". */
  label: string;
  /** Columns read and returned (`t.*` unless the row needs formatting, e.g. dates as ISO strings). */
  columns: string;
  /** The audit trail's entity type and what it keeps of a row. */
  entityType: AuditEntityType;
  snapshot: (row: Row) => unknown;
  /** The organisation a row belongs to, for its audit row (columns must read what this needs). */
  organisationOf: (row: Row) => number | null;
}

/**
 * Reads a row for a change and locks it (`FOR UPDATE`) until the transaction ends: 404 when it does
 * not exist, then `authorize` (e.g. 403 for another organisation's row), then 409 with the current
 * version when `version` is given and stale — so a caller who may not write learns no version.
 */
export async function lockForUpdate<Row extends VersionedRow>(
  m: EntityManager,
  table: VersionedTable<Row>,
  id: number,
  version: number | undefined,
  authorize?: (row: Row) => void,
): Promise<Row> {
  const [row] = await m.query<Row[]>(`SELECT ${table.columns} FROM ${table.name} t WHERE t.id = $1 FOR UPDATE`, [id]);
  if (!row) throw AppException.notFound(table.label, id);
  authorize?.(row);
  if (version !== undefined && row.version !== version) throw AppException.versionConflict(table.label, id, row.version);
  return row;
}

export interface VersionedChange<Row extends VersionedRow> {
  /** The row as it was (read with `lockForUpdate`): the audit's before. */
  before: Row;
  /** The version the client read; undefined skips the check (an admin's reopen). */
  version: number | undefined;
  /** `col = expr, …` using `$3`, `$4`, … for `params` ($1 is the id, $2 the version); `version` is bumped here. */
  set: string;
  params?: unknown[];
  /** An extra guard for the WHERE clause, e.g. `t.state = 'draft'`. */
  guard?: string;
  /** The audit action, e.g. `cycle.update`. */
  action: string;
  /** The audit's after when it is not the returned row's snapshot (an account's boards, changed beside it). */
  after?: (row: Row) => unknown;
}

/**
 * The one versioned write: `UPDATE … WHERE id = $1 AND version = $2` bumping the version, and its
 * audit row, in the caller's transaction (so both commit or roll back together). Of N writers holding
 * the same version exactly one wins; the others get 409 with the current version (404 if the row
 * is gone). The UPDATE is wrapped in a CTE because TypeORM answers a bare UPDATE … RETURNING with
 * [rows, rowCount] but a SELECT with its rows, and "no row" must read as no row.
 */
export async function versionedUpdate<Row extends VersionedRow>(
  m: EntityManager,
  actor: Pick<AuthUser, 'id' | 'email'>,
  table: VersionedTable<Row>,
  change: VersionedChange<Row>,
): Promise<Row> {
  const id = change.before.id;
  const [after] = await m.query<Row[]>(
    `WITH changed AS (
       UPDATE ${table.name} t SET ${change.set}, version = t.version + 1
        WHERE t.id = $1 AND ($2::int IS NULL OR t.version = $2)${change.guard ? ` AND ${change.guard}` : ''}
       RETURNING ${table.columns})
     SELECT * FROM changed`,
    [id, change.version ?? null, ...(change.params ?? [])],
  );
  if (!after) {
    const [current] = await m.query<{ version: number }[]>(`SELECT version FROM ${table.name} WHERE id = $1`, [id]);
    if (!current) throw AppException.notFound(table.label, id);
    throw AppException.versionConflict(table.label, id, current.version);
  }
  await recordAudit(m, actor, {
    action: change.action,
    entityType: table.entityType,
    entityId: id,
    organisationId: table.organisationOf(after),
    before: table.snapshot(change.before),
    after: (change.after ?? table.snapshot)(after),
  });
  return after;
}
