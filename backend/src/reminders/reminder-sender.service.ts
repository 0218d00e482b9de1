import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { ReminderMessageRow } from './reminder-outbox.row.js';

/** How long a claimed row is the claimer's: longer than any send can take with the timeouts below. */
export const LEASE_SECONDS = 600;
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/** Seconds to wait before attempt n + 1 after n failed ones: 1, 2, 4 … minutes, at most 6 hours. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(60 * 2 ** Math.max(0, attempts - 1), 6 * 3600);
}

export interface DrainResult {
  sent: number;
  retried: number;
  failed: number;
}

/** An SMTP answer in the 5xx range: the server refuses for good (no such mailbox); trying again changes nothing. */
function permanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * Sends what the outbox holds. A worker claims due rows with `FOR UPDATE SKIP LOCKED`, leasing
 * them for `LEASE_SECONDS` (a short transaction, not held while sending), sends each through SMTP
 * and marks it sent, or schedules the next attempt with backoff, or marks it failed after
 * MAIL_MAX_ATTEMPTS (or a permanent 5xx refusal). Several workers or app instances never send a row
 * twice: a claimed row is invisible to other claims until its lease runs out, and only the holder of
 * the lease may mark it. (A worker that dies after the SMTP server accepted a message but before
 * marking it leaves it to be sent again when the lease runs out: at least once, never twice while alive.)
 * Without SMTP_URL nothing is sent and the rows stay queued.
 */
@Injectable()
export class ReminderSender {
  private readonly log = new Logger('ReminderSender');
  private transport: Transporter | null = null;
  /** Who holds a lease: this process, told apart from other instances and from other senders in it. */
  readonly workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get configured(): boolean {
    return Boolean(this.config.SMTP_URL);
  }

  /** Sends due messages, a batch at a time, until none is due (or `maxBatches` ran). */
  async drain(batchSize = 20, maxBatches = 50): Promise<DrainResult> {
    const result: DrainResult = { sent: 0, retried: 0, failed: 0 };
    if (!this.configured) return result;
    for (let i = 0; i < maxBatches; i += 1) {
      const batch = await this.claim(batchSize);
      if (batch.length === 0) break;
      for (const row of batch) result[await this.deliver(row)] += 1;
    }
    if (result.sent + result.retried + result.failed > 0) {
      this.log.log(`Outbox: ${result.sent} sent, ${result.retried} to retry, ${result.failed} failed`);
    }
    return result;
  }

  /** Closes the SMTP connection (ReminderTimer does, on shutdown, once its tick has finished). */
  close(): void {
    this.transport?.close();
    this.transport = null;
  }

  private claim(limit: number): Promise<ReminderMessageRow[]> {
    // In a transaction: on PGlite (one session behind pglite-socket) that keeps the claim's
    // messages together; on a server the row locks make concurrent claims skip each other's rows.
    return this.dataSource.transaction((m) =>
      m.query<ReminderMessageRow[]>(
        // In a CTE so that the query answers rows (TypeORM answers [rows, count] for a bare UPDATE).
        `WITH claimed AS (
         UPDATE reminder_outbox t
            SET locked_until = now() + make_interval(secs => $3), locked_by = $1, attempts = t.attempts + 1
           FROM reporting_cycle c
          WHERE c.id = t.cycle_id
            AND t.id IN (SELECT o.id FROM reminder_outbox o
                          WHERE o.state = 'queued' AND o.next_attempt_at <= now() AND (o.locked_until IS NULL OR o.locked_until < now())
                          ORDER BY o.next_attempt_at, o.id
                          LIMIT $2
                          FOR UPDATE SKIP LOCKED)
         RETURNING t.id, t.recipient, t.subject, t.body_text, t.body_html, t.attempts, (c.status = 'open') AS cycle_open)
         SELECT * FROM claimed ORDER BY id`,
        [this.workerId, limit, LEASE_SECONDS],
      ),
    );
  }

  private async deliver(row: ReminderMessageRow): Promise<keyof DrainResult> {
    if (!row.cycle_open) {
      await this.markUnsent(row, 'the cycle is no longer open: not sent', true);
      return 'failed';
    }
    try {
      const info = await this.mailer().sendMail({
        from: this.config.MAIL_FROM,
        to: row.recipient,
        subject: row.subject,
        text: row.body_text,
        html: row.body_html,
        headers: { 'Auto-Submitted': 'auto-generated', 'X-Atgardskollen-Reminder': String(row.id) },
      });
      await this.dataSource.transaction((m) =>
        m.query(
          `UPDATE reminder_outbox SET state = 'sent', sent_at = now(), message_id = $3, last_error = NULL, locked_until = NULL, locked_by = NULL
            WHERE id = $1 AND locked_by = $2 AND state = 'queued'`,
          [row.id, this.workerId, info.messageId ?? null],
        ),
      );
      this.log.log(`Reminder ${row.id} sent to ${row.recipient}`);
      return 'sent';
    } catch (error) {
      const message = (error as Error).message || String(error);
      const giveUp = permanent(error) || row.attempts >= this.config.MAIL_MAX_ATTEMPTS;
      await this.markUnsent(row, message, giveUp);
      this.log.warn(`Reminder ${row.id} to ${row.recipient}: attempt ${row.attempts} failed (${message})${giveUp ? '; giving up' : `; next in ${retryDelaySeconds(row.attempts)} s`}`);
      return giveUp ? 'failed' : 'retried';
    }
  }

  private async markUnsent(row: ReminderMessageRow, error: string, giveUp: boolean): Promise<void> {
    await this.dataSource.transaction((m) =>
      m.query(
        `UPDATE reminder_outbox
            SET state = CASE WHEN $4 THEN 'failed' ELSE 'queued' END, last_error = $3,
                next_attempt_at = now() + make_interval(secs => $5), locked_until = NULL, locked_by = NULL
          WHERE id = $1 AND locked_by = $2 AND state = 'queued'`,
        [row.id, this.workerId, error.slice(0, 1000), giveUp, retryDelaySeconds(row.attempts)],
      ),
    );
  }

  private mailer(): Transporter {
    this.transport ??= nodemailer.createTransport({ url: this.config.SMTP_URL, ...SMTP_TIMEOUTS });
    return this.transport;
  }
}
