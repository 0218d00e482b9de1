import type { ReminderDto } from './dto/reminder.dto.js';

export const REMINDER_STATES = ['queued', 'sent', 'failed'] as const;
export type ReminderState = (typeof REMINDER_STATES)[number];

/** Scheduled phases relative to the deadline, and `manual` (an admin's "Skicka påminnelser"). */
export const REMINDER_PHASES = ['before', 'deadline', 'late', 'manual'] as const;
export type ReminderPhase = (typeof REMINDER_PHASES)[number];

/** A `reminder_outbox` row as the admin's list reads it (`REMINDER_COLUMNS`), with its boards. */
export interface ReminderRow {
  id: number;
  recipient: string;
  phase: ReminderPhase;
  /** ISO date, formatted in SQL. */
  due_date: string;
  subject: string;
  state: ReminderState;
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
  /** json_agg of reminder_outbox_board with the board's name. */
  boards: { id: number; name: string; missing: number }[];
}

/** The select list of `ReminderRow`, for the table aliased `t`. */
export const REMINDER_COLUMNS = `t.id, t.recipient, t.phase, to_char(t.due_date, 'YYYY-MM-DD') AS due_date, t.subject, t.state, t.attempts,
  t.next_attempt_at, t.last_error, t.created_at, t.sent_at,
  (SELECT coalesce(json_agg(json_build_object('id', b.id, 'name', b.name, 'missing', rb.missing) ORDER BY b.id), '[]')
     FROM reminder_outbox_board rb JOIN board b ON b.id = rb.board_id WHERE rb.reminder_id = t.id) AS boards`;

export function toReminderDto(r: ReminderRow): ReminderDto {
  return {
    id: r.id,
    recipient: r.recipient,
    phase: r.phase,
    dueDate: r.due_date,
    subject: r.subject,
    state: r.state,
    attempts: r.attempts,
    nextAttemptAt: r.state === 'queued' ? new Date(r.next_attempt_at).toISOString() : null,
    lastError: r.last_error,
    createdAt: new Date(r.created_at).toISOString(),
    sentAt: r.sent_at === null ? null : new Date(r.sent_at).toISOString(),
    boards: r.boards,
  };
}

/** What the sender claims of a row: the message itself. */
export interface ReminderMessageRow {
  id: number;
  recipient: string;
  subject: string;
  body_text: string;
  body_html: string;
  attempts: number;
  cycle_open: boolean;
}
