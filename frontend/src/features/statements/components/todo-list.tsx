import { useEffect, useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../../i18n/i18n';
import { COUNTED_STATES, type Role, type Statement, type Todo, type TodoBoard } from '../../../lib/api-types';
import { useOrganisationSlug } from '../../organisations/hooks/use-organisation';
import { orgPath } from '../../organisations/org-path';
import { ReviewComment } from './review-actions';
import { StatementForm } from './statement-form';

/** The anchor of one entry: /att-redovisa#skrivning-CYCLE-BOARD-MEASURE (or -allman for the general statement). */
export const todoEntryId = (cycleId: number, boardId: number, measureId: number | null) => `skrivning-${cycleId}-${boardId}-${measureId ?? 'allman'}`;

type Progress = 'missing' | 'draft' | 'submitted' | 'late' | 'returned' | 'approved';

export function progressOf(statement: Statement | null): Progress {
  if (!statement) return 'missing';
  if (statement.state === 'draft' || statement.state === 'returned' || statement.state === 'approved') return statement.state;
  return statement.late ? 'late' : 'submitted';
}

function Deadline({ cycle }: { cycle: Todo['cycle'] }) {
  const { t, fmt } = useI18n();
  if (!cycle.deadline) return <p className="deadline">{t.todo.noDeadline}</p>;
  const days = cycle.daysLeft;
  let left: string | null = null;
  if (days !== null) left = days > 0 ? t.todo.daysLeft(days) : days === 0 ? t.todo.dueToday : t.todo.overdue(-days);
  return (
    <p className={`deadline ${days !== null && days < 0 ? 'is-overdue' : ''}`}>
      <strong>{t.todo.deadline(fmt.date(cycle.deadline))}</strong>
      {left && <> · {left}</>}
    </p>
  );
}

interface TodoEntryProps {
  cycle: Todo['cycle'];
  boardId: number;
  measure: { id: number; number: string; title: string } | null;
  responsibility: Role | null;
  asks: string;
  statement: Statement | null;
  /** Last year's delivered statement, for "Utgå från förra årets text". */
  previous: Statement | null;
}

/** One statement the board owes: what is asked, where it stands, and the form (or the submitted text). */
function TodoEntry({ cycle, boardId, measure, responsibility, asks, statement, previous }: TodoEntryProps) {
  const { t, fmt } = useI18n();
  const organisation = useOrganisationSlug();
  const headingId = useId();
  const [message, setMessage] = useState('');
  // The general statement is optional: not written is no gap, so it is not "Saknas" in red.
  const progress = measure === null && !statement ? 'optional' : progressOf(statement);
  const name = measure ? `${measure.number} ${measure.title}` : t.todo.generalTitle;

  return (
    // The id is what reminder e-mails link to (backend/src/reminders/reminder-message.ts, statementFormPath).
    <article id={todoEntryId(cycle.id, boardId, measure?.id ?? null)} tabIndex={-1} className={`todo-entry is-${progress}`} aria-labelledby={headingId}>
      <h4 id={headingId}>
        {measure ? (
          <>
            <Link to={orgPath(organisation, `/atgarder/${measure.id}?omgang=${cycle.id}`)}>
              <span className="measure-number">{measure.number}</span> {measure.title}
            </Link>
          </>
        ) : (
          t.todo.generalTitle
        )}
      </h4>
      <p className="todo-meta">
        {responsibility && <span className="badge">{responsibility === 'lead' ? t.role.lead : t.role.contributing}</span>}{' '}
        <span className={`badge progress progress-${progress}`}>
          <span className="visually-hidden">{t.todo.status}: </span>
          {t.progress[progress]}
        </span>
      </p>
      <p className="todo-asks">{asks}</p>

      {statement && <ReviewComment statement={statement} />}
      {statement && COUNTED_STATES.includes(statement.state) ? (
        <div className="submitted-statement">
          <p className="statement-text">{statement.text}</p>
          <p className="muted">
            {statement.plannedYears.length > 0 ? t.board.plannedYears(fmt.list(statement.plannedYears.map(String))) : t.board.noPlannedYears}
            {statement.status && <> · {t.statementStatus[statement.status]}</>}
            {statement.position && <> · {statement.position}</>}
          </p>
          <p className="muted">
            {statement.submittedAt && <>{t.todo.submittedAt(fmt.date(statement.submittedAt))}. </>}
            {t.todo.lockedNote}
          </p>
        </div>
      ) : (
        <StatementForm
          cycle={cycle}
          boardId={boardId}
          measureId={measure?.id ?? null}
          statement={statement}
          previous={previous && cycle.previous ? { statement: previous, cycleName: cycle.previous.name } : null}
          onMessage={setMessage}
        />
      )}
      <p role="status" className="form-status">
        {message}
      </p>
      {statement && (
        <p>
          <Link to={orgPath(organisation, `/skrivningar/${statement.id}/historik`)}>
            {t.todo.history}
            <span className="visually-hidden">: {name}</span>
          </Link>
        </p>
      )}
    </article>
  );
}

function BoardSection({ cycle, section }: { cycle: Todo['cycle']; section: TodoBoard }) {
  const { t } = useI18n();
  return (
    // Named by cycle and board: an editor may see the same board in several open cycles.
    <section className="todo-board" aria-labelledby={`todo-cycle-${cycle.id} todo-${cycle.id}-${section.board.id}`}>
      <h3 id={`todo-${cycle.id}-${section.board.id}`}>{section.board.name}</h3>
      <p className="muted">
        {section.board.administration} · {t.todo.boardProgress(section.submitted, section.expected)}
      </p>
      {section.returned > 0 && <p className="review-comment">{t.review.returnedFirst(section.returned)}</p>}
      {section.items.length === 0 && <p className="state state-empty">{t.todo.noMeasures}</p>}
      {section.items.map((item) => (
        <TodoEntry
          key={item.measure.id}
          cycle={cycle}
          boardId={section.board.id}
          measure={item.measure}
          responsibility={item.role}
          asks={t.todo.asks[item.role]}
          statement={item.statement}
          previous={item.previous}
        />
      ))}
      <TodoEntry
        cycle={cycle}
        boardId={section.board.id}
        measure={null}
        responsibility={null}
        asks={t.todo.generalAsks}
        statement={section.generalStatement}
        previous={section.previousGeneralStatement}
      />
    </section>
  );
}

/** "Att redovisa": per open cycle, per board of the editor, every statement it owes. */
export function TodoList({ todos }: { todos: Todo[] }) {
  const { hash } = useLocation();
  // A link from a reminder names one entry; the list renders after the page loads, so the browser's
  // own jump to the fragment finds nothing: scroll to it and move focus there once it exists.
  useEffect(() => {
    if (!hash.startsWith('#skrivning-')) return;
    const entry = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!entry) return;
    entry.scrollIntoView?.({ block: 'start' });
    entry.focus({ preventScroll: true });
  }, [hash, todos]);
  return (
    <>
      {todos.map((todo) => (
        <section key={todo.cycle.id} className="todo-cycle" aria-labelledby={`todo-cycle-${todo.cycle.id}`}>
          <h2 id={`todo-cycle-${todo.cycle.id}`}>{todo.cycle.name}</h2>
          <Deadline cycle={todo.cycle} />
          {todo.boards.map((section) => (
            <BoardSection key={section.board.id} cycle={todo.cycle} section={section} />
          ))}
        </section>
      ))}
    </>
  );
}
