import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { SelectField } from '../../../components/ui/select-field';
import { useI18n } from '../../../i18n/i18n';
import { ApiError } from '../../../lib/api-client';
import { describeApiError } from '../../../lib/api-error-text';
import {
  IMPORT_KINDS,
  IMPORT_OUTCOMES,
  MAX_IMPORT_BYTES,
  type ImportBatch,
  type ImportFileProblemDetail,
  type ImportKind,
  type ImportOutcome,
  type ImportRow,
} from '../../../lib/api-types';
import { useOrgLink } from '../../organisations/hooks/use-organisation';
import { useApplyImport } from '../api/apply-import';
import { useUploadImport } from '../api/upload-import';

type Filter = 'all' | ImportOutcome;

/** What went wrong with an upload or an apply: the code's text, and the file's problem or the size limit when the API names them. */
function ImportFailure({ error }: { error: unknown }) {
  const { t } = useI18n();
  const text = describeApiError(t, error);
  const details: string[] = [];
  if (error instanceof ApiError) {
    const problem = error.details.problem as ImportFileProblemDetail | undefined;
    if (problem) details.push(t.imports.fileProblems[problem.code](problem.params));
    if (error.code === 'payload_too_large') details.push(t.imports.tooLarge(MAX_IMPORT_BYTES / (1024 * 1024)));
    if (typeof error.details.row === 'number') details.push(t.imports.failedRow(error.details.row));
    details.push(...text.fields.map((f) => f.message));
  }
  return (
    <>
      <p className="form-error-title">{text.title}</p>
      {details.length > 0 && (
        <ul>
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function RowErrors({ row }: { row: ImportRow }) {
  const { t } = useI18n();
  if (row.errors.length === 0) return null;
  return (
    <ul className="import-errors">
      {row.errors.map((e, i) => (
        <li key={i}>
          {e.column !== null && <strong>{e.column}: </strong>}
          {t.imports.rowProblems[e.code](e.params)}
        </li>
      ))}
    </ul>
  );
}

function Preview({ batch, cycleName }: { batch: ImportBatch; cycleName: string }) {
  const { t } = useI18n();
  const apply = useApplyImport();
  const link = useOrgLink();
  const [filter, setFilter] = useState<Filter>('all');
  const [confirming, setConfirming] = useState(false);
  const filterName = useId();
  const shown = apply.data ?? batch;
  const { summary } = shown;
  const rows = filter === 'all' ? shown.rows : shown.rows.filter((r) => r.outcome === filter);
  const writes = summary.create + summary.update;
  const applied = shown.state === 'applied';
  const count = (f: Filter) => (f === 'all' ? summary.rows : summary[f]);

  return (
    <section className="import-preview" aria-labelledby={`${filterName}-h`}>
      <h3 id={`${filterName}-h`}>{applied ? t.imports.appliedTitle(shown.fileName) : t.imports.previewTitle(shown.fileName)}</h3>
      <p role="status">{t.imports.summary(summary)}</p>
      {!applied && summary.error > 0 && <p className="notice">{t.imports.fixErrors(summary.error)}</p>}
      {!applied && summary.error === 0 && writes === 0 && <p className="notice">{t.imports.nothingToWrite}</p>}
      {!applied && summary.error === 0 && writes > 0 && (
        <p>
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t.imports.apply(writes)}
          </button>
        </p>
      )}
      <fieldset className="import-filter">
        <legend>{t.imports.filterLegend}</legend>
        {(['all', ...IMPORT_OUTCOMES] as Filter[]).map((f) => (
          <label key={f}>
            <input type="radio" name={filterName} value={f} checked={filter === f} onChange={() => setFilter(f)} />
            {f === 'all' ? t.imports.all : t.imports.outcomes[f]} ({count(f)})
          </label>
        ))}
      </fieldset>
      <div className="table-wrap">
        <table className="data-table import-table">
          <caption>{t.imports.tableCaption(filter === 'all' ? t.imports.all : t.imports.outcomes[filter], rows.length)}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t.imports.columns.row}
              </th>
              <th scope="col">{t.imports.columns.outcome}</th>
              <th scope="col">{t.imports.columns.board}</th>
              <th scope="col">{t.imports.columns.measure}</th>
              <th scope="col">{t.imports.columns.changes}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.row} className={`import-${r.outcome}`}>
                <th scope="row" className="numeric">
                  {r.row}
                </th>
                <td>
                  <span className={`badge import-badge-${r.outcome}`}>{t.imports.outcomes[r.outcome]}</span>
                </td>
                <td>{r.board?.name ?? (r.measureValues ? [...r.measureValues.lead, ...r.measureValues.contributing].map((b) => b.name).join(', ') || '–' : '–')}</td>
                <td>{r.measure ? `${r.measure.report} ${r.measure.number}` : r.board ? t.imports.general : '–'}</td>
                <td>
                  {r.outcome === 'error' ? (
                    <RowErrors row={r} />
                  ) : r.outcome === 'create' ? (
                    shown.kind === 'catalogue' ? t.imports.newMeasure : t.imports.newStatement
                  ) : r.changes.length === 0 ? (
                    '–'
                  ) : (
                    r.changes.map((c) => t.imports.fields[c]).join(', ')
                  )}
                  {applied && r.outcome === 'update' && r.statementId !== null && (
                    <>
                      {' '}
                      <Link to={link(`/skrivningar/${r.statementId}/historik`)}>{t.imports.history}</Link>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {apply.error && !confirming ? (
        <div role="alert" className="form-error">
          <ImportFailure error={apply.error} />
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t.imports.confirmTitle}
        confirmLabel={t.imports.apply(writes)}
        busy={apply.isPending}
        error={apply.error ? describeApiError(t, apply.error).title : undefined}
        onCancel={() => setConfirming(false)}
        onConfirm={() => apply.mutate(batch.id, { onSuccess: () => setConfirming(false) })}
      >
        <p>{t.imports.confirmBody(summary, cycleName)}</p>
      </ConfirmDialog>
    </section>
  );
}

/**
 * Upload a spreadsheet (the cycle's exported Skrivningar sheet, edited), see what it would do row
 * by row, and save it with a confirmation. Nothing is written before that.
 */
export function ImportPanel({ cycle, kind = 'statements' }: { cycle: { id: number; name: string }; kind?: ImportKind }) {
  const { t, fmt } = useI18n();
  const upload = useUploadImport(cycle.id, kind);
  const input = useRef<HTMLInputElement>(null);
  /** A problem found before sending: no file chosen, or one over the limit (the server would answer 413, but only after reading 10 MB). */
  const [local, setLocal] = useState<'noFile' | 'tooLarge' | null>(null);
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    const problem = !file ? 'noFile' : file.size > MAX_IMPORT_BYTES ? 'tooLarge' : null;
    setLocal(problem);
    if (problem) {
      input.current?.focus();
      return;
    }
    upload.mutate(file!);
  }

  return (
    <section className="import-panel no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{kind === 'catalogue' ? t.imports.catalogueTitle(cycle.name) : t.imports.title(cycle.name)}</h2>
      <p>{kind === 'catalogue' ? t.imports.catalogueIntro(cycle.name) : t.imports.intro(cycle.name)}</p>
      <form onSubmit={submit} className="import-form" noValidate>
        <div className="field">
          <label htmlFor={`${id}-file`}>{t.imports.fileLabel}</label>
          <input
            id={`${id}-file`}
            ref={input}
            type="file"
            name="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-describedby={`${id}-hint`}
            aria-invalid={local !== null || undefined}
            required
          />
          <p id={`${id}-hint`} className="field-hint">
            {t.imports.fileHint(MAX_IMPORT_BYTES / (1024 * 1024))}
          </p>
        </div>
        <button type="submit" className="button" disabled={upload.isPending}>
          {upload.isPending ? t.imports.uploading : t.imports.upload}
        </button>
      </form>
      {upload.isPending && (
        <div className="import-progress">
          <label htmlFor={`${id}-progress`}>{t.imports.progress}</label>{' '}
          <progress id={`${id}-progress`} max={1} value={upload.progress}>
            {fmt.percent(upload.progress)}
          </progress>{' '}
          <span aria-hidden="true">{fmt.percent(upload.progress)}</span>
        </div>
      )}
      <div role="alert" className={local || upload.error ? 'form-error' : undefined}>
        {local ? (
          <p className="form-error-title">{local === 'noFile' ? t.imports.noFile : t.imports.tooLarge(MAX_IMPORT_BYTES / (1024 * 1024))}</p>
        ) : (
          upload.error && <ImportFailure error={upload.error} />
        )}
      </div>
      {upload.data && !local && <Preview key={upload.data.id} batch={upload.data} cycleName={cycle.name} />}
    </section>
  );
}

/**
 * The admin's import: what to import (the statements, or the catalogue of the cycle's commission)
 * and into which cycle. Statements go only into a cycle that is not closed (a closed cycle's
 * statements are final); the catalogue is the commission's, so any cycle names it.
 */
export function CycleImport({ cycles }: { cycles: { id: number; name: string; status: string }[] }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<number | null>(null);
  const [kind, setKind] = useState<ImportKind>('statements');
  const kindName = useId();
  const importable = kind === 'catalogue' ? cycles : cycles.filter((c) => c.status !== 'closed');
  const cycle = importable.find((c) => c.id === chosen) ?? importable.find((c) => c.status === 'open') ?? importable[0];
  if (cycles.length === 0) return null;
  return (
    <>
      <fieldset className="import-filter">
        <legend>{t.imports.kindLegend}</legend>
        {IMPORT_KINDS.map((k) => (
          <label key={k}>
            <input type="radio" name={kindName} value={k} checked={kind === k} onChange={() => setKind(k)} />
            {t.imports.kinds[k]}
          </label>
        ))}
      </fieldset>
      {cycle ? (
        <>
          <SelectField
            label={t.imports.cycleLabel}
            value={String(cycle.id)}
            options={importable.map((c) => ({ value: String(c.id), label: c.name }))}
            onChange={(v) => setChosen(Number(v))}
          />
          <ImportPanel key={`${cycle.id}-${kind}`} cycle={cycle} kind={kind} />
        </>
      ) : (
        <p className="notice">{t.imports.noOpenCycle}</p>
      )}
    </>
  );
}
