import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import { assertAdminOfOrganisation, type AuthUser } from '../auth/roles.js';
import { boardKindOrder } from '../boards/board.row.js';
import { AppException, ErrorCode } from '../common/errors/app-exception.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, toPage, type Page } from '../common/pagination.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { REMINDER_DIGESTS_SQL } from '../coverage/coverage.sql.js';
import { CYCLE_COLUMNS, type CycleRow } from '../cycles/cycle.row.js';
import { CyclesService } from '../cycles/cycles.service.js';
import type { ListRemindersQueryDto, OutboxSummaryDto, ReminderDto, ReminderPreviewDto, SendRemindersResultDto } from './dto/reminder.dto.js';
import { renderDigest, type DigestBoard } from './reminder-message.js';
import { REMINDER_COLUMNS, toReminderDto, type ReminderPhase, type ReminderRow } from './reminder-outbox.row.js';
import { latestDuePhase } from './reminder-schedule.js';

/** One row of `REMINDER_DIGESTS_SQL`. */
interface DigestRow {
  user_id: number;
  email: string;
  boards: DigestBoard[];
}

/** Today's date in Stockholm, the calendar the deadlines are written in. */
const TODAY_SQL = `SELECT to_char((now() AT TIME ZONE 'Europe/Stockholm')::date, 'YYYY-MM-DD') AS today`;

const dayDiff = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Only an admin of the cycle's organisation: recipients are its accounts (403 `forbidden` otherwise). */
function assertAdminOf(user: AuthUser, organisationId: number): void {
  assertAdminOfOrganisation(user, organisationId, "the cycle's reminders");
}

/**
 * Decides who gets a reminder and writes the digests to the outbox (`reminder_outbox`) in the same
 * transaction; `ReminderSender` sends them. What a board owes is coverage's missing set
 * (`REMINDER_DIGESTS_SQL` reads the gap list's CTE), never a count of its own.
 */
@Injectable()
export class RemindersService {
  private readonly log = new Logger('Reminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cycles: CyclesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** An admin's "Skicka påminnelser": the manual phase of today, for the boards named or every board that owes. */
  async sendNow(cycleId: number, boardIds: number[] | undefined, user: AuthUser): Promise<SendRemindersResultDto> {
    return this.dataSource.transaction(async (m) => {
      // Locked until commit, then read: a cycle closing meanwhile waits, so nothing is queued for a closed cycle.
      await m.query(`SELECT 1 FROM reporting_cycle WHERE id = $1 FOR SHARE`, [cycleId]);
      const cycle = await this.cycles.get(cycleId, m);
      assertAdminOf(user, cycle.organisation_id);
      this.assertOpenWithDeadline(cycle);
      if (boardIds) await this.assertBoardsOfOrganisation(m, boardIds, cycle.organisation_id);
      const today = await this.today(m);
      const result = await this.queueDigests(m, cycle, 'manual', today, today, boardIds ?? null, user.id);
      // The admin's action is audited with the cycle, in the same transaction as the outbox rows.
      await recordAudit(m, user, {
        action: 'cycle.reminders-send',
        entityType: 'cycle',
        entityId: cycle.id,
        organisationId: cycle.organisation_id,
        before: null,
        after: { phase: 'manual', date: today, boardIds: boardIds ?? null, queued: result.queued, alreadyQueued: result.alreadyQueued },
      });
      this.log.log(`Cycle ${cycle.id} (${cycle.name}): ${user.email} queued ${result.queued} reminder(s), ${result.alreadyQueued} already queued today`);
      return result;
    });
  }

  /** What "Skicka påminnelser" would do now: the confirmation's numbers. */
  async preview(cycleId: number, boardIds: number[] | undefined, user: AuthUser): Promise<ReminderPreviewDto> {
    const m = this.dataSource.manager;
    const cycle = await this.cycles.get(cycleId, m);
    assertAdminOf(user, cycle.organisation_id);
    if (boardIds) await this.assertBoardsOfOrganisation(m, boardIds, cycle.organisation_id);
    const digests = await m.query<DigestRow[]>(REMINDER_DIGESTS_SQL, [cycle.id, boardIds ?? null]);
    const boards = new Set(digests.flatMap((d) => d.boards.map((b) => b.boardId)).filter((b) => !boardIds || boardIds.includes(b)));
    const [{ already }] = await m.query<{ already: number }[]>(
      `SELECT count(*)::int AS already FROM reminder_outbox
        WHERE organisation_id = $1 AND cycle_id = $2 AND phase = 'manual'
          AND due_date = (now() AT TIME ZONE 'Europe/Stockholm')::date AND recipient = ANY($3::text[])`,
      [cycle.organisation_id, cycle.id, digests.map((d) => d.email)],
    );
    return { recipients: digests.length, boards: boards.size, alreadyQueued: already };
  }

  /**
   * The scheduler's run: for every open cycle with a deadline, the latest phase that has fallen due
   * (`latestDuePhase`), queued for every editor whose boards still owe. A run after downtime queues
   * the phase it missed; one that finds the phase queued already (the dedup key) queues nothing, so
   * any number of runs and app instances give one digest per recipient and phase.
   */
  async runSchedule(): Promise<number> {
    const today = await this.today(this.dataSource.manager);
    const open = await this.dataSource.query<CycleRow[]>(
      `SELECT ${CYCLE_COLUMNS} FROM reporting_cycle t WHERE t.status = 'open' AND t.deadline IS NOT NULL ORDER BY t.id`,
    );
    let total = 0;
    for (const cycle of open) {
      const due = latestDuePhase(this.config.REMINDER_SCHEDULE, cycle.deadline!, today);
      if (!due) continue;
      const { queued } = await this.dataSource.transaction(async (m) => {
        // The cycle may have closed since it was listed: decide on the locked row.
        const [current] = await m.query<{ status: string }[]>(`SELECT status FROM reporting_cycle WHERE id = $1 FOR SHARE`, [cycle.id]);
        if (current?.status !== 'open') return { queued: 0, alreadyQueued: 0 };
        return this.queueDigests(m, cycle, due.phase, due.date, today, null, null);
      });
      if (queued > 0) this.log.log(`Cycle ${cycle.id} (${cycle.name}): ${queued} reminder(s) queued for phase ${due.phase} ${due.date}`);
      total += queued;
    }
    return total;
  }

  /** One page of the cycle's outbox, newest first. */
  async list(cycleId: number, q: ListRemindersQueryDto, user: AuthUser): Promise<Page<ReminderDto>> {
    const cycle = await this.cycles.get(cycleId);
    assertAdminOf(user, cycle.organisation_id);
    const [after] = decodeCursor(q.cursor, ['int']) ?? [null];
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.dataSource.query<ReminderRow[]>(
      `SELECT ${REMINDER_COLUMNS} FROM reminder_outbox t
        WHERE t.organisation_id = $1 AND t.cycle_id = $2
          AND ($3::text IS NULL OR t.state = $3)
          AND ($4::int IS NULL OR EXISTS (SELECT 1 FROM reminder_outbox_board rb WHERE rb.reminder_id = t.id AND rb.board_id = $4))
          AND ($5::int IS NULL OR t.id < $5)
        ORDER BY t.id DESC
        LIMIT $6`,
      [cycle.organisation_id, cycle.id, q.state ?? null, q.board ?? null, after, limit + 1],
    );
    return toPage(rows, limit, (r) => [r.id], toReminderDto);
  }

  /** The outbox of a cycle by state, in total and per board. */
  async summary(cycleId: number, user: AuthUser): Promise<OutboxSummaryDto> {
    const cycle = await this.cycles.get(cycleId);
    assertAdminOf(user, cycle.organisation_id);
    const [row] = await this.dataSource.query<
      { totals: OutboxSummaryDto['totals']; boards: { id: number; name: string; queued: number; sent: number; failed: number; last_sent_at: string | null }[] }[]
    >(
      `WITH outbox AS (SELECT * FROM reminder_outbox WHERE organisation_id = $1 AND cycle_id = $2),
            per_board AS (
              SELECT b.id, b.name, b.kind,
                     count(*) FILTER (WHERE o.state = 'queued')::int AS queued,
                     count(*) FILTER (WHERE o.state = 'sent')::int AS sent,
                     count(*) FILTER (WHERE o.state = 'failed')::int AS failed,
                     max(o.sent_at) AS last_sent_at
                FROM outbox o
                JOIN reminder_outbox_board rb ON rb.reminder_id = o.id
                JOIN board b ON b.id = rb.board_id
               GROUP BY b.id)
       SELECT (SELECT json_build_object('queued', count(*) FILTER (WHERE state = 'queued'), 'sent', count(*) FILTER (WHERE state = 'sent'),
                                        'failed', count(*) FILTER (WHERE state = 'failed')) FROM outbox) AS totals,
              (SELECT coalesce(json_agg(per_board ORDER BY ${boardKindOrder('per_board')}, id), '[]') FROM per_board) AS boards`,
      [cycle.organisation_id, cycle.id],
    );
    return {
      mailConfigured: Boolean(this.config.SMTP_URL),
      schedule: this.scheduleText(),
      totals: row.totals,
      boards: row.boards.map((b) => ({
        board: { id: b.id, name: b.name },
        queued: b.queued,
        sent: b.sent,
        failed: b.failed,
        lastSentAt: b.last_sent_at === null ? null : new Date(b.last_sent_at).toISOString(),
      })),
    };
  }

  private scheduleText(): string {
    const s = this.config.REMINDER_SCHEDULE;
    const parts = [...s.daysBefore.map(String), ...(s.lateEvery === null ? [] : [`+${s.lateEvery}`])];
    return parts.length === 0 ? 'off' : parts.join(',');
  }

  /**
   * Renders and inserts one digest per recipient of the cycle's owing boards; a recipient whose
   * digest for this phase and date is in the outbox already is skipped by the dedup key.
   */
  private async queueDigests(
    m: EntityManager,
    cycle: CycleRow,
    phase: ReminderPhase,
    date: string,
    today: string,
    boardIds: number[] | null,
    requestedBy: number | null,
  ): Promise<SendRemindersResultDto> {
    const digests = await m.query<DigestRow[]>(REMINDER_DIGESTS_SQL, [cycle.id, boardIds]);
    if (digests.length === 0) return { queued: 0, alreadyQueued: 0 };
    const ctx = { publicUrl: this.config.PUBLIC_URL, organisation: cycle.organisation.slug, cycle: { id: cycle.id, name: cycle.name, deadline: cycle.deadline! }, phase, daysLeft: dayDiff(today, cycle.deadline!) };
    const messages = digests.map((d) => ({ user_id: d.user_id, recipient: d.email, ...renderDigest(ctx, d.boards) }));
    const inserted = await m.query<{ id: number; recipient: string }[]>(
      `INSERT INTO reminder_outbox (organisation_id, cycle_id, user_id, recipient, phase, due_date, subject, body_text, body_html, requested_by)
       SELECT $1, $2, d.user_id, d.recipient, $3, $4::date, d.subject, d.text, d.html, $5
         FROM json_to_recordset($6::json) AS d(user_id int, recipient text, subject text, text text, html text)
       ON CONFLICT ON CONSTRAINT uq_reminder_outbox_dedup DO NOTHING
       RETURNING id, recipient`,
      [cycle.organisation_id, cycle.id, phase, date, requestedBy, JSON.stringify(messages)],
    );
    const idOf = new Map(inserted.map((r) => [r.recipient, r.id]));
    const links = digests.flatMap((d) => (idOf.has(d.email) ? d.boards.map((b) => ({ reminder_id: idOf.get(d.email)!, board_id: b.boardId, missing: b.missing })) : []));
    if (links.length > 0) {
      await m.query(
        `INSERT INTO reminder_outbox_board (reminder_id, organisation_id, board_id, missing)
         SELECT x.reminder_id, $1, x.board_id, x.missing FROM json_to_recordset($2::json) AS x(reminder_id int, board_id int, missing int)`,
        [cycle.organisation_id, JSON.stringify(links)],
      );
    }
    return { queued: inserted.length, alreadyQueued: digests.length - inserted.length };
  }

  private assertOpenWithDeadline(cycle: CycleRow): void {
    if (cycle.status !== 'open') {
      throw new AppException(ErrorCode.CycleNotOpen, `Cycle ${cycle.id} is ${cycle.status}: reminders go out only for an open cycle`);
    }
    if (cycle.deadline === null) {
      throw new AppException(ErrorCode.UnprocessableEntity, `Cycle ${cycle.id} has no deadline: a reminder must say by when`, { deadline: 'set a deadline first' });
    }
  }

  private async assertBoardsOfOrganisation(m: EntityManager, boardIds: number[], organisationId: number): Promise<void> {
    const known = await m.query<{ id: number }[]>(`SELECT id FROM board WHERE id = ANY($1::int[]) AND organisation_id = $2`, [boardIds, organisationId]);
    const unknown = boardIds.filter((b) => !known.some((k) => k.id === b));
    if (unknown.length > 0) {
      throw new AppException(ErrorCode.NotFound, `Board ${unknown.join(', ')} does not exist in the cycle's organisation`, {
        boardIds: `unknown board ${unknown.join(', ')}`,
      });
    }
  }

  private async today(m: EntityManager): Promise<string> {
    const [{ today }] = await m.query<{ today: string }[]>(TODAY_SQL);
    return today;
  }
}
