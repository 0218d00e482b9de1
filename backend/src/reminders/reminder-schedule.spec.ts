import { describe, expect, it } from '@jest/globals';
import { latestDuePhase, parseReminderSchedule, type ReminderSchedule } from './reminder-schedule.js';

describe('parseReminderSchedule', () => {
  it('defaults to 14 and 3 days before, on the day, then weekly while late', () => {
    expect(parseReminderSchedule(undefined)).toEqual({ daysBefore: [14, 3, 0], lateEvery: 7 });
    expect(parseReminderSchedule('')).toEqual({ daysBefore: [14, 3, 0], lateEvery: 7 });
  });

  it('reads any order, drops repeats, and "off"', () => {
    expect(parseReminderSchedule(' 0, 7 ,30,7')).toEqual({ daysBefore: [30, 7, 0], lateEvery: null });
    expect(parseReminderSchedule('+3')).toEqual({ daysBefore: [], lateEvery: 3 });
    expect(parseReminderSchedule('off')).toEqual({ daysBefore: [], lateEvery: null });
  });

  it.each(['14,tre', '+7,+14', '+0', '-3', '400', '14;3'])('refuses %p', (value) => {
    const result = parseReminderSchedule(value);
    expect(result).toBeInstanceOf(Error);
    expect((result as Error).message).toMatch(/^REMINDER_SCHEDULE must be/);
  });
});

describe('latestDuePhase', () => {
  const schedule = parseReminderSchedule(undefined) as ReminderSchedule;
  const due = (today: string) => latestDuePhase(schedule, '2026-05-31', today);

  it('is nothing before the first reminder', () => {
    expect(due('2026-05-16')).toBeNull();
  });

  it('gives each phase on its day and keeps it until the next', () => {
    expect(due('2026-05-17')).toEqual({ phase: 'before', date: '2026-05-17' });
    expect(due('2026-05-27')).toEqual({ phase: 'before', date: '2026-05-17' });
    expect(due('2026-05-28')).toEqual({ phase: 'before', date: '2026-05-28' });
    expect(due('2026-05-31')).toEqual({ phase: 'deadline', date: '2026-05-31' });
    expect(due('2026-06-06')).toEqual({ phase: 'deadline', date: '2026-05-31' });
  });

  it('repeats weekly once late, across month ends', () => {
    expect(due('2026-06-07')).toEqual({ phase: 'late', date: '2026-06-07' });
    expect(due('2026-06-13')).toEqual({ phase: 'late', date: '2026-06-07' });
    expect(due('2026-06-14')).toEqual({ phase: 'late', date: '2026-06-14' });
    expect(due('2026-08-02')).toEqual({ phase: 'late', date: '2026-08-02' });
  });

  it('after downtime that missed several phases gives only the latest', () => {
    // Down from 15 days before until 2 days after: one digest, the deadline's, not three.
    expect(due('2026-06-02')).toEqual({ phase: 'deadline', date: '2026-05-31' });
  });

  it('without late reminders stays on the deadline; without any schedule is never due', () => {
    const noLate = { daysBefore: [3], lateEvery: null };
    expect(latestDuePhase(noLate, '2026-05-31', '2026-07-01')).toEqual({ phase: 'before', date: '2026-05-28' });
    expect(latestDuePhase({ daysBefore: [], lateEvery: null }, '2026-05-31', '2026-07-01')).toBeNull();
  });
});
