import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { DataTable } from '../../../components/ui/data-table';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { LoadingState, QueryState } from '../../../components/ui/query-state';
import { SelectField } from '../../../components/ui/select-field';
import { useI18n } from '../../../i18n/i18n';
import { describeApiError } from '../../../lib/api-error-text';
import { REMINDER_STATES, type Cycle, type ReminderState } from '../../../lib/api-types';
import { useOrgLink } from '../../organisations/hooks/use-organisation';
import { useReminderPreview } from '../api/get-reminder-preview';
import { useReminderSummary } from '../api/get-reminder-summary';
import { useReminders } from '../api/get-reminders';
import { useSendReminders } from '../api/send-reminders';

/** REMINDER_SCHEDULE as the summary gives it ("14,3,0,+7", or "off"). */
export function parseSchedule(text: string): { daysBefore: number[]; lateEvery: number | null } {
  if (text === 'off') return { daysBefore: [], lateEvery: null };
  const parts = text.split(',');
  const late = parts.find((p) => p.startsWith('+'));
  return { daysBefore: parts.filter((p) => !p.startsWith('+')).map(Number), lateEvery: late ? Number(late.slice(1)) : null };
}

/** "Skicka påminnelser": asks first, with how many editors of how many boards get a digest. */
function SendReminders({ cycle }: { cycle: Cycle }) {
  const { t, fmt } = useI18n();
  const [asking, setAsking] = useState(false);
  const preview = useReminderPreview(cycle.id, asking);
  const send = useSendReminders(cycle.id);
  const r = t.admin.reminders;
  const blocked = cycle.status !== 'open' ? r.notOpen : !cycle.deadline ? r.noDeadline : null;
  const nobody = preview.data?.recipients === 0;

  return (
    <section aria-labelledby="reminders-send" className="panel">
      <h2 id="reminders-send">{r.sendTitle}</h2>
      <p>{r.sendIntro}</p>
      {blocked ? (
        <p className="state state-empty">{blocked}</p>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => {
            send.reset();
            setAsking(true);
          }}
        >
          {r.send}
        </button>
      )}
      <FormFeedback error={asking ? null : send.error} message={send.data ? r.queued(send.data.queued, send.data.alreadyQueued) : null} />
      <ConfirmDialog
        open={asking}
        title={r.confirmTitle(cycle.name)}
        confirmLabel={nobody ? r.close : r.send}
        busy={send.isPending || preview.isPending}
        error={send.error ? describeApiError(t, send.error).title : undefined}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          if (nobody) {
            setAsking(false);
            return;
          }
          send.mutate(undefined, { onSuccess: () => setAsking(false) });
        }}
      >
        {preview.isPending ? (
          <LoadingState what={t.what.reminderRecipients} />
        ) : preview.isError ? (
          <p role="alert">{describeApiError(t, preview.error).title}</p>
        ) : preview.data.recipients === 0 ? (
          <p>{r.nobody}</p>
        ) : (
          <>
            <p>{r.confirmBody(fmt.number(preview.data.recipients), fmt.number(preview.data.boards))}</p>
            {preview.data.alreadyQueued > 0 && <p>{r.confirmAlready(fmt.number(preview.data.alreadyQueued))}</p>}
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}

function OutboxList({ cycle }: { cycle: Cycle }) {
  const { t, fmt } = useI18n();
  const r = t.admin.reminders;
  const [state, setState] = useState<ReminderState | undefined>(undefined);
  const list = useReminders(cycle.id, state);
  const cycleLink = useOrgLink();
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section aria-labelledby="reminders-list">
      <h2 id="reminders-list">{r.listTitle}</h2>
      <SelectField
        label={r.stateFilter}
        value={state ?? ''}
        options={[{ value: '', label: t.filter.all }, ...REMINDER_STATES.map((s) => ({ value: s, label: r.states[s] }))]}
        onChange={(value) => setState((value || undefined) as ReminderState | undefined)}
      />
      {list.isPending ? (
        <LoadingState what={t.what.reminders} />
      ) : list.isError ? (
        <p role="alert" className="state state-error">
          {describeApiError(t, list.error).title}
        </p>
      ) : rows.length === 0 ? (
        <p className="state state-empty">{r.listEmpty}</p>
      ) : (
        <>
          <DataTable
            caption={r.listCaption(cycle.name)}
            captionHidden
            rows={rows}
            rowKey={(row) => row.id}
            columns={[
              { header: r.recipient, rowHeader: true, cell: (row) => row.recipient },
              { header: r.subject, cell: (row) => row.subject },
              {
                header: r.boards,
                cell: (row) => (
                  <ul className="plain-list">
                    {row.boards.map((b) => (
                      <li key={b.id}>
                        <Link to={cycleLink(`/namnder/${b.id}`)}>{b.name}</Link> ({r.missing(b.missing)})
                      </li>
                    ))}
                  </ul>
                ),
              },
              { header: r.phase, cell: (row) => `${r.phases[row.phase]}, ${fmt.date(row.dueDate)}` },
              {
                header: r.state,
                cell: (row) => (
                  <>
                    <span className={`badge reminder-${row.state}`}>{r.states[row.state]}</span>
                    {row.state === 'queued' && row.nextAttemptAt && row.attempts > 0 && <> · {r.nextAttempt(fmt.dateTime(row.nextAttemptAt))}</>}
                  </>
                ),
              },
              { header: r.attempts, numeric: true, cell: (row) => fmt.number(row.attempts) },
              { header: r.lastError, cell: (row) => row.lastError ?? '–' },
              { header: r.sentAt, cell: (row) => (row.sentAt ? <time dateTime={row.sentAt}>{fmt.dateTime(row.sentAt)}</time> : '–') },
            ]}
          />
          {list.hasNextPage && (
            <button type="button" className="button button-secondary" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
              {list.isFetchingNextPage ? t.state.loading(t.what.reminders) : r.more}
            </button>
          )}
        </>
      )}
    </section>
  );
}

/** Admin: a cycle's reminder outbox (queued, sent, failed; per board) and "Skicka påminnelser". */
export function ReminderOutbox({ cycle }: { cycle: Cycle }) {
  const { t, fmt } = useI18n();
  const r = t.admin.reminders;
  const summary = useReminderSummary(cycle.id);
  const cycleLink = useOrgLink();
  return (
    <>
      <QueryState query={summary} what={t.what.reminders}>
        {(s) => {
          const schedule = parseSchedule(s.schedule);
          return (
            <>
              {!s.mailConfigured && (
                <p className="notice" role="note">
                  {r.notConfigured}
                </p>
              )}
              <p>{r.schedule(schedule.daysBefore, schedule.lateEvery)}</p>
              <p>{r.totals(fmt.number(s.totals.queued), fmt.number(s.totals.sent), fmt.number(s.totals.failed))}</p>
              <SendReminders cycle={cycle} />
              <section aria-labelledby="reminders-boards">
                <h2 id="reminders-boards">{r.perBoard}</h2>
                {s.boards.length === 0 ? (
                  <p className="state state-empty">{r.noneYet}</p>
                ) : (
                  <DataTable
                    caption={r.perBoardCaption(cycle.name)}
                    captionHidden
                    rows={s.boards}
                    rowKey={(row) => row.board.id}
                    columns={[
                      { header: t.table.board, rowHeader: true, cell: (row) => <Link to={cycleLink(`/namnder/${row.board.id}`)}>{row.board.name}</Link> },
                      { header: r.states.queued, numeric: true, cell: (row) => fmt.number(row.queued) },
                      { header: r.states.sent, numeric: true, cell: (row) => fmt.number(row.sent) },
                      { header: r.states.failed, numeric: true, cell: (row) => fmt.number(row.failed) },
                      { header: r.lastSent, cell: (row) => (row.lastSentAt ? fmt.dateTime(row.lastSentAt) : r.neverSent) },
                    ]}
                  />
                )}
              </section>
            </>
          );
        }}
      </QueryState>
      <OutboxList cycle={cycle} />
    </>
  );
}
