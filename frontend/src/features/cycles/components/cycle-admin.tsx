import { useId, useState, type FormEvent } from 'react';
import { CheckboxGroup } from '../../../components/ui/checkbox-group';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { QueryState } from '../../../components/ui/query-state';
import { useI18n } from '../../../i18n/i18n';
import type { Board, Cycle, CycleStatus } from '../../../lib/api-types';
import { useCreateCycle } from '../api/create-cycle';
import { useParticipants } from '../api/get-participants';
import { useSetParticipants } from '../api/set-participants';
import { useUpdateCycle } from '../api/update-cycle';
import { useApplyScopeChanges } from '../api/apply-scope-changes';
import { useScopeChanges } from '../api/get-scope-changes';
import { useCycleCoverage } from '../../coverage/api/get-cycle-coverage';

function CreateCycleForm() {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [deadline, setDeadline] = useState('');
  const [openNow, setOpenNow] = useState(true);
  const create = useCreateCycle();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    create.mutate(
      { name: name.trim(), year: Number(year), deadline: deadline || null, status: openNow ? 'open' : 'draft' },
      { onSuccess: () => setName('') },
    );
  }

  return (
    <form className="form admin-form" onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.admin.cycle.create}</h2>
      <FormFeedback error={create.error} message={create.data && t.admin.cycle.created(create.data.name)} />
      <div className="field-row">
        <div className="field field-wide">
          <label htmlFor={`${id}-name`}>{t.admin.cycle.name}</label>
          <input id={`${id}-name`} type="text" required value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-year`}>{t.admin.cycle.year}</label>
          <input id={`${id}-year`} type="number" min={2000} max={2100} required value={year} onChange={(event) => setYear(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-deadline`}>{t.admin.cycle.deadline}</label>
          <input id={`${id}-deadline`} type="date" value={deadline} onChange={(event) => setDeadline(event.target.value)} />
        </div>
      </div>
      <div className="checkbox">
        <input id={`${id}-open`} type="checkbox" checked={openNow} onChange={(event) => setOpenNow(event.target.checked)} />
        <label htmlFor={`${id}-open`}>{t.admin.cycle.openNow}</label>
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={create.isPending}>
          {t.admin.cycle.createButton}
        </button>
      </div>
    </form>
  );
}

function Participants({ cycle, boards }: { cycle: Cycle; boards: Board[] }) {
  const { t } = useI18n();
  const query = useParticipants(cycle.id);
  const [selected, setSelected] = useState<number[] | null>(null);
  const save = useSetParticipants(cycle.id);

  return (
    <QueryState query={query} what={t.what.participants}>
      {(participants) => {
        const current = selected ?? participants.map((p) => p.id);
        return (
          <form
            className="form"
            aria-label={`${t.admin.cycle.participants}: ${cycle.name}`}
            onSubmit={(event) => {
              event.preventDefault();
              save.mutate(current, { onSuccess: () => setSelected(null) });
            }}
          >
            <p>{t.admin.cycle.participantCount(current.length)}</p>
            <CheckboxGroup
              legend={t.admin.cycle.participants}
              options={boards.map((board) => ({ value: board.id, label: board.name }))}
              selected={current}
              onChange={setSelected}
              allLabel={t.admin.cycle.selectAll}
              noneLabel={t.admin.cycle.selectNone}
            />
            <FormFeedback error={save.error} message={save.data && `${t.admin.saved} ${t.admin.cycle.participantCount(save.data.length)}`} />
            <button type="submit" className="button" disabled={save.isPending}>
              {t.admin.cycle.saveParticipants}
            </button>
          </form>
        );
      }}
    </QueryState>
  );
}

/**
 * A cycle's scope is frozen when it opens; when the catalogue has moved since, the admin sees how
 * much and may take the change into a cycle that is not closed (docs/coverage.md).
 */
function ScopeChangesNotice({ cycle }: { cycle: Cycle }) {
  const { t } = useI18n();
  const query = useScopeChanges(cycle.id, cycle.status !== 'closed');
  const apply = useApplyScopeChanges(cycle.id);
  const changes = query.data;
  if (cycle.status === 'closed') return null;
  const applied = apply.data ? t.admin.cycle.scopeApplied(apply.data.added.length, apply.data.removed.length) : null;
  const pending = changes && (changes.added.length + changes.removed.length + changes.measuresAdded.length + changes.measuresRemoved.length > 0);
  if (!changes || !pending) return applied ? <FormFeedback error={null} message={applied} /> : null;
  return (
    <div className="notice" role="status">
      <p>{t.admin.cycle.scopeChanged(changes.added.length, changes.removed.length)}</p>
      {(changes.measuresAdded.length > 0 || changes.measuresRemoved.length > 0) && (
        <p>{t.admin.cycle.scopeMeasuresChanged(changes.measuresAdded.length, changes.measuresRemoved.length)}</p>
      )}
      <details>
        <summary>{t.admin.cycle.scopeShowChanges}</summary>
        <ul>
          {changes.added.map((c) => (
            <li key={`a-${c.measure.id}-${c.board.id}-${c.role}`}>
              {t.admin.cycle.scopeAdded(`${c.measure.number} ${c.measure.title}`, c.board.name, t.role[c.role])}
            </li>
          ))}
          {changes.removed.map((c) => (
            <li key={`r-${c.measure.id}-${c.board.id}-${c.role}`}>
              {t.admin.cycle.scopeRemoved(`${c.measure.number} ${c.measure.title}`, c.board.name, t.role[c.role])}
            </li>
          ))}
        </ul>
      </details>
      <FormFeedback error={apply.error} message={applied} />
      <button
        type="button"
        className="button"
        disabled={apply.isPending}
        aria-label={`${t.admin.cycle.scopeApply}: ${cycle.name}`}
        onClick={() => apply.mutate(changes.cycle.version)}
      >
        {t.admin.cycle.scopeApply}
      </button>
    </div>
  );
}

/** What opening or closing will mean, with the numbers; fetched only when the question is asked. */
function StatusConsequences({ cycle, to }: { cycle: Cycle; to: CycleStatus }) {
  const { t } = useI18n();
  const participants = useParticipants(cycle.id);
  const coverage = useCycleCoverage(cycle.id);
  if (to === 'open') {
    return <p>{participants.data ? t.admin.cycle.openBody(participants.data.length) : t.admin.cycle.checking}</p>;
  }
  return <p>{coverage.data ? t.admin.cycle.closeBody(coverage.data.totals.missing, coverage.data.review.drafts) : t.admin.cycle.checking}</p>;
}

function CycleCard({ cycle, boards }: { cycle: Cycle; boards: Board[] }) {
  const { t, fmt } = useI18n();
  const id = useId();
  const [deadline, setDeadline] = useState(cycle.deadline ?? '');
  const [showParticipants, setShowParticipants] = useState(false);
  const update = useUpdateCycle(cycle.id);
  const [asking, setAsking] = useState(false);

  function change(body: { deadline?: string | null; status?: CycleStatus }) {
    update.mutate({ ...body, version: cycle.version });
  }
  // A status change says what it did; a deadline change that it is saved.
  const saved = update.data && (update.variables?.status ? t.admin.cycle.statusChanged(update.data.name, t.cycle.status[update.data.status]) : t.admin.saved);

  const nextStatus: { status: CycleStatus; label: string } =
    cycle.status === 'open'
      ? { status: 'closed', label: t.admin.cycle.close }
      : cycle.status === 'closed'
        ? { status: 'open', label: t.admin.cycle.reopen }
        : { status: 'open', label: t.admin.cycle.open };

  return (
    <article className="admin-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t.cycle.option(cycle.name, cycle.year)}</h3>
      <p>
        <span className={`badge cycle-${cycle.status}`}>{t.cycle.status[cycle.status]}</span>{' '}
        {cycle.deadline ? t.cycle.deadline(fmt.date(cycle.deadline)) : t.cycle.noDeadline}
      </p>
      <ScopeChangesNotice cycle={cycle} />
      <FormFeedback error={update.error} message={saved} />
      <div className="field-row">
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            change({ deadline: deadline || null });
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-deadline`}>{t.admin.cycle.deadline}</label>
            <input id={`${id}-deadline`} type="date" value={deadline} onChange={(event) => setDeadline(event.target.value)} />
          </div>
          <button type="submit" className="button button-secondary" disabled={update.isPending}>
            {t.admin.cycle.saveDeadline}
          </button>
        </form>
        <button
          type="button"
          className="button"
          disabled={update.isPending}
          aria-label={`${nextStatus.label}: ${cycle.name}`}
          onClick={() => setAsking(true)}
        >
          {nextStatus.label}
        </button>
        <ConfirmDialog
          open={asking}
          title={nextStatus.status === 'open' ? t.admin.cycle.openTitle(cycle.name) : t.admin.cycle.closeTitle(cycle.name)}
          confirmLabel={nextStatus.label}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            change({ status: nextStatus.status });
          }}
        >
          <StatusConsequences cycle={cycle} to={nextStatus.status} />
        </ConfirmDialog>
      </div>
      <button
        type="button"
        className="button button-secondary"
        aria-expanded={showParticipants}
        aria-label={`${showParticipants ? t.admin.cycle.hideParticipants : t.admin.cycle.showParticipants}: ${cycle.name}`}
        onClick={() => setShowParticipants((shown) => !shown)}
      >
        {showParticipants ? t.admin.cycle.hideParticipants : t.admin.cycle.showParticipants}
      </button>
      {showParticipants && <Participants cycle={cycle} boards={boards} />}
    </article>
  );
}

/** Admin: create cycles; per cycle the deadline, open/close/reopen and the participating boards. */
export function CycleAdmin({ cycles, boards }: { cycles: Cycle[]; boards: Board[] }) {
  const { t } = useI18n();
  const sorted = [...cycles].sort((a, b) => b.year - a.year || b.id - a.id);
  return (
    <>
      <CreateCycleForm />
      <section aria-labelledby="admin-cycle-list">
        <h2 id="admin-cycle-list">{t.admin.cycle.title}</h2>
        {sorted.length === 0 && <p className="state state-empty">{t.admin.cycle.empty}</p>}
        {sorted.map((cycle) => (
          <CycleCard key={cycle.id} cycle={cycle} boards={boards} />
        ))}
      </section>
    </>
  );
}
