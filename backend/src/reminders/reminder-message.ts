import type { ResponsibilityRole } from '../measures/measure.row.js';
import type { ReminderPhase } from './reminder-outbox.row.js';

/** One thing a board owes, as `REMINDER_DIGESTS_SQL` lists it (measure null: a statement at all). */
export interface DigestItem {
  measureId: number | null;
  number: string | null;
  title: string | null;
  reportKey: string | null;
  reportTitle: string | null;
  role: ResponsibilityRole | null;
  kind: 'no-statement' | 'measure-not-addressed';
}

export interface DigestBoard {
  boardId: number;
  boardName: string;
  administration: string;
  missing: number;
  items: DigestItem[];
}

export interface DigestContext {
  publicUrl: string;
  /** the organisation's slug: the first segment of every page address */
  organisation: string;
  cycle: { id: number; name: string; deadline: string };
  phase: ReminderPhase;
  /** Days from today to the deadline (negative: overdue). */
  daysLeft: number;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

/**
 * The statement form of one item: the editor's to-do page, at the entry of that cycle, board and
 * measure (`frontend/src/features/statements/components/todo-list.tsx` gives each entry this id).
 */
export function statementFormPath(organisation: string, cycleId: number, boardId: number, measureId: number | null): string {
  return `/${organisation}/att-redovisa#skrivning-${cycleId}-${boardId}-${measureId ?? 'allman'}`;
}

const ROLE: Record<ResponsibilityRole, string> = { lead: 'huvudansvarig', contributing: 'delansvarig' };

function longDate(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

function when(ctx: DigestContext): string {
  const d = ctx.daysLeft;
  if (d > 1) return `om ${d} dagar`;
  if (d === 1) return 'i morgon';
  if (d === 0) return 'i dag';
  return d === -1 ? 'i går' : `för ${-d} dagar sedan`;
}

function subject(ctx: DigestContext, missing: number): string {
  const owed = `${missing} ${missing === 1 ? 'skrivning saknas' : 'skrivningar saknas'}`;
  const lead = ctx.phase === 'late' || ctx.daysLeft < 0 ? 'Försenat' : ctx.daysLeft === 0 ? 'Sista dag i dag' : 'Påminnelse';
  return `${lead}: ${owed} – ${ctx.cycle.name}`;
}

function itemLabel(item: DigestItem): string {
  if (item.measureId === null) return 'En skrivning från nämnden (nämnden har inga åtgärder i omgången)';
  const role = item.role ? ` (${ROLE[item.role]})` : '';
  return `Åtgärd ${item.number} (${item.reportTitle}): ${item.title}${role}`;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The digest an editor gets: what each of its boards still owes in the cycle, with a link to each form. */
export function renderDigest(ctx: DigestContext, boards: DigestBoard[]): RenderedMessage {
  const missing = boards.reduce((n, b) => n + b.missing, 0);
  const link = (b: DigestBoard, i: DigestItem) => `${ctx.publicUrl}${statementFormPath(ctx.organisation, ctx.cycle.id, b.boardId, i.measureId)}`;
  const todo = `${ctx.publicUrl}/${ctx.organisation}/att-redovisa`;
  const intro = `Det här är en påminnelse från Åtgärdskollen om uppföljningsomgången ”${ctx.cycle.name}”. Sista dag att lämna in är ${longDate(ctx.cycle.deadline)} (${when(ctx)}).`;
  const outro = 'Brevet skickas automatiskt till nämndens redaktörer så länge något saknas och går inte att svara på.';

  const text = [
    'Hej!',
    '',
    intro,
    '',
    ...boards.flatMap((b) => [
      `${b.boardName} (${b.administration}): ${b.missing} ${b.missing === 1 ? 'skrivning saknas' : 'skrivningar saknas'}`,
      ...b.items.flatMap((i) => [`  - ${itemLabel(i)}`, `    ${link(b, i)}`]),
      '',
    ]),
    `Allt som ska redovisas: ${todo}`,
    '',
    outro,
    '',
  ].join('\n');

  const html = [
    '<!doctype html><html lang="sv"><body>',
    '<p>Hej!</p>',
    `<p>${escapeHtml(intro)}</p>`,
    ...boards.map(
      (b) =>
        `<h2>${escapeHtml(b.boardName)} <small>(${escapeHtml(b.administration)})</small>: ${b.missing} ${b.missing === 1 ? 'skrivning saknas' : 'skrivningar saknas'}</h2>` +
        `<ul>${b.items.map((i) => `<li><a href="${escapeHtml(link(b, i))}">${escapeHtml(itemLabel(i))}</a></li>`).join('')}</ul>`,
    ),
    `<p><a href="${escapeHtml(todo)}">Allt som ska redovisas</a></p>`,
    `<p>${escapeHtml(outro)}</p>`,
    '</body></html>',
  ].join('\n');

  return { subject: subject(ctx, missing), text, html };
}
