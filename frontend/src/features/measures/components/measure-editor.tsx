import { useId, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { useI18n } from '../../../i18n/i18n';
import type { Board, MeasureDetail, Role } from '../../../lib/api-types';
import { useMeasureCoverage } from '../api/get-measure-coverage';
import { useRemoveResponsibility } from '../api/remove-responsibility';
import { useSetResponsibility } from '../api/set-responsibility';
import { useUpdateMeasure } from '../api/update-measure';

function TextArea({ label, value, onChange, rows = 4 }: { label: string; value: string; onChange: (value: string) => void; rows?: number }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={rows} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

/**
 * What removing a board's responsibility leaves behind: its statements on the measure, per cycle —
 * the delivered ones and the drafts (or returned ones) still being written, which the API tells admins.
 */
function RemovalConsequences({ measureId, board }: { measureId: number; board: { id: number; name: string } }) {
  const { t, fmt } = useI18n();
  const coverage = useMeasureCoverage(measureId);
  if (!coverage.data) return <p>{t.admin.cycle.checking}</p>;
  const rows = coverage.data.filter((row) => row.board.id === board.id);
  const delivered = rows.filter((row) => row.delivered);
  const drafts = rows.filter((row) => !row.delivered && row.inProgress);
  return (
    <p>
      {t.admin.catalogue.removeBody(
        board.name,
        delivered.length,
        fmt.list(delivered.map((row) => row.cycle.name)),
        drafts.length,
        fmt.list(drafts.map((row) => row.cycle.name)),
      )}
    </p>
  );
}

/** Admin: a measure's number, title and texts, and which boards lead or contribute. */
export function MeasureEditor({ measure, boards }: { measure: MeasureDetail; boards: Board[] }) {
  const { t } = useI18n();
  const id = useId();
  const [number, setNumber] = useState(measure.number);
  const [title, setTitle] = useState(measure.title);
  const [description, setDescription] = useState(measure.description ?? '');
  const [ongoingWork, setOngoingWork] = useState(measure.ongoingWork ?? '');
  const [responsibilityText, setResponsibilityText] = useState(measure.responsibilityText ?? '');
  const [newBoard, setNewBoard] = useState('');
  const [newRole, setNewRole] = useState<Role>('contributing');
  const update = useUpdateMeasure(measure.id);
  const setRole = useSetResponsibility(measure.id);
  const remove = useRemoveResponsibility(measure.id);
  const busy = update.isPending || setRole.isPending || remove.isPending;
  // One feedback area for the three writes: it tells how the latest one went.
  const latest = [update, setRole, remove].reduce((a, b) => (b.submittedAt > a.submittedAt ? b : a));
  const [removing, setRemoving] = useState<{ id: number; name: string } | null>(null);

  function onSave(event: FormEvent) {
    event.preventDefault();
    update.mutate({
      number: number.trim(),
      title,
      description: description || null,
      ongoingWork: ongoingWork || null,
      responsibilityText: responsibilityText || null,
      version: measure.version,
    });
  }

  const responsible = new Set(measure.responsibilities.map((r) => r.board.id));
  const roleOptions = (
    <>
      <option value="lead">{t.role.lead}</option>
      <option value="contributing">{t.role.contributing}</option>
    </>
  );

  return (
    <div className="measure-editor">
      <FormFeedback error={latest.error} message={latest.isSuccess ? t.admin.saved : null} />
      <form className="form admin-form" onSubmit={onSave} aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>
          <span className="measure-number">{measure.number}</span> {measure.title}
        </h2>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-number`}>{t.admin.catalogue.number}</label>
            <input id={`${id}-number`} type="text" value={number} onChange={(event) => setNumber(event.target.value)} />
          </div>
          <div className="field field-wide">
            <label htmlFor={`${id}-titlefield`}>{t.admin.catalogue.titleField}</label>
            <input id={`${id}-titlefield`} type="text" value={title} onChange={(event) => setTitle(event.target.value)} />
          </div>
        </div>
        <TextArea label={t.admin.catalogue.description} value={description} onChange={setDescription} rows={6} />
        <TextArea label={t.admin.catalogue.ongoingWork} value={ongoingWork} onChange={setOngoingWork} />
        <TextArea label={t.admin.catalogue.responsibilityText} value={responsibilityText} onChange={setResponsibilityText} rows={2} />
        <button type="submit" className="button" disabled={busy}>
          {t.admin.catalogue.saveMeasure}
        </button>
      </form>

      <section aria-labelledby={`${id}-resp`}>
        <h3 id={`${id}-resp`}>{t.admin.catalogue.responsibilities}</h3>
        {measure.responsibilities.length === 0 ? (
          <p className="state state-empty">{t.admin.catalogue.noResponsibilities}</p>
        ) : (
          <ul className="responsibility-list">
            {measure.responsibilities.map((r) => (
              <li key={r.board.id}>
                <span className="responsibility-board">{r.board.name}</span>
                <label className="visually-hidden" htmlFor={`${id}-role-${r.board.id}`}>
                  {t.admin.catalogue.roleFor(r.board.name)}
                </label>
                <select
                  id={`${id}-role-${r.board.id}`}
                  value={r.role}
                  disabled={busy}
                  onChange={(event) => setRole.mutate({ boardId: r.board.id, role: event.target.value as Role })}
                >
                  {roleOptions}
                </select>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={busy}
                  onClick={() => setRemoving(r.board)}
                >
                  {t.admin.catalogue.remove(r.board.name)}
                </button>
              </li>
            ))}
          </ul>
        )}
        <ConfirmDialog
          open={removing !== null}
          title={removing ? t.admin.catalogue.removeTitle(removing.name) : ''}
          confirmLabel={t.admin.catalogue.removeButton}
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const board = removing;
            setRemoving(null);
            if (board) remove.mutate(board.id);
          }}
        >
          {removing && <RemovalConsequences measureId={measure.id} board={removing} />}
        </ConfirmDialog>
        <form
          className="inline-form"
          aria-label={t.admin.catalogue.add}
          onSubmit={(event) => {
            event.preventDefault();
            if (!newBoard) return;
            setRole.mutate({ boardId: Number(newBoard), role: newRole }, { onSuccess: () => setNewBoard('') });
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-new-board`}>{t.admin.catalogue.addBoard}</label>
            <select id={`${id}-new-board`} value={newBoard} onChange={(event) => setNewBoard(event.target.value)}>
              <option value="">{t.admin.catalogue.chooseBoard}</option>
              {boards
                .filter((board) => !responsible.has(board.id))
                .map((board) => (
                  <option key={board.id} value={board.id}>
                    {board.name}
                  </option>
                ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-new-role`}>{t.admin.catalogue.addRole}</label>
            <select id={`${id}-new-role`} value={newRole} onChange={(event) => setNewRole(event.target.value as Role)}>
              {roleOptions}
            </select>
          </div>
          <button type="submit" className="button button-secondary" disabled={busy || !newBoard}>
            {t.admin.catalogue.add}
          </button>
        </form>
      </section>
    </div>
  );
}
