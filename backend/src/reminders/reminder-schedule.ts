/**
 * When reminders go out, relative to a cycle's deadline (its last day, Stockholm time).
 *
 * REMINDER_SCHEDULE is a comma list: a number N is "N days before the deadline" (0 = on the day),
 * `+N` is "every N days after the deadline while anything is still owed" (at most one such entry).
 * The default `14,3,0,+7`: two weeks and three days before, on the day, then weekly while late.
 */
export interface ReminderSchedule {
  /** Days before the deadline, largest first (0 = the day itself). */
  daysBefore: number[];
  /** Every this many days after the deadline; null = no reminders once late. */
  lateEvery: number | null;
}

export const DEFAULT_REMINDER_SCHEDULE = '14,3,0,+7';

export function parseReminderSchedule(value: string | undefined): ReminderSchedule | Error {
  const text = (value ?? '').trim() || DEFAULT_REMINDER_SCHEDULE;
  if (text === 'off') return { daysBefore: [], lateEvery: null };
  const bad = (why: string) =>
    new Error(`REMINDER_SCHEDULE must be a comma list of days before the deadline and at most one +N (every N days once late), such as ${DEFAULT_REMINDER_SCHEDULE}, or off (${why})`);
  const daysBefore = new Set<number>();
  let lateEvery: number | null = null;
  for (const part of text.split(',').map((p) => p.trim())) {
    const match = /^(\+)?(\d{1,3})$/.exec(part);
    if (!match) return bad(`${JSON.stringify(part)} is not a number of days`);
    const n = Number(match[2]);
    if (match[1]) {
      if (lateEvery !== null) return bad('more than one +N');
      if (n < 1) return bad('+0 would repeat every day without end');
      lateEvery = n;
    } else {
      if (n > 365) return bad(`${n} days is more than a year`);
      daysBefore.add(n);
    }
  }
  return { daysBefore: [...daysBefore].sort((a, b) => b - a), lateEvery };
}

export type ScheduledPhase = 'before' | 'deadline' | 'late';

export interface DuePhase {
  phase: ScheduledPhase;
  /** The day the phase fell on (YYYY-MM-DD): the dedup key's date. */
  date: string;
}

const DAY_MS = 86_400_000;
const toDays = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const toIso = (days: number): string => new Date(days * DAY_MS).toISOString().slice(0, 10);

/**
 * The latest phase of the schedule that has fallen due by `today` (both YYYY-MM-DD), or null before
 * the first one. Only the latest: a run after downtime that missed "14 days before" and "3 days
 * before" sends one digest, the one for 3 days before, not two at once; the outbox's dedup key makes
 * a phase already queued a no-op.
 */
export function latestDuePhase(schedule: ReminderSchedule, deadline: string, today: string): DuePhase | null {
  const d = toDays(deadline);
  const t = toDays(today);
  if (t > d && schedule.lateEvery !== null && t - d >= schedule.lateEvery) {
    const k = Math.floor((t - d) / schedule.lateEvery);
    return { phase: 'late', date: toIso(d + k * schedule.lateEvery) };
  }
  // The days before (0 included), the latest that is not after today.
  const dates = schedule.daysBefore.map((n) => d - n).filter((x) => x <= t);
  if (dates.length === 0) return null;
  const latest = Math.max(...dates);
  return { phase: latest === d ? 'deadline' : 'before', date: toIso(latest) };
}
