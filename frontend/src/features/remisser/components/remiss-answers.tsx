import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n';
import type { RemissDetail } from '../../../lib/api-types';
import { useRemissAnswer } from '../api/get-remiss-answer';

function AnswerParts({ id }: { id: number }) {
  const query = useRemissAnswer(id);
  if (!query.data) return null;
  return (
    <>
      {query.data.parts.map((part, i) => (
        <section key={`${part.kind}-${i}`} className="answer-part">
          <h4>{part.heading}</h4>
          {part.text.split(/\n\n+/).map((p, j) => (
            <p key={j}>{p}</p>
          ))}
        </section>
      ))}
    </>
  );
}

/** The answer's full text, fetched when opened. */
function AnswerDetails({ id, label }: { id: number; label: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{label}</summary>
      {open && <AnswerParts id={id} />}
    </details>
  );
}

/** Each submitted answer readable on the page: position, date, summary, signatories, and its parts on request. */
export function RemissAnswers({ remiss }: { remiss: RemissDetail }) {
  const { t, fmt } = useI18n();
  const r = t.remisser;
  const answered = remiss.recipients.filter((x) => x.answer?.state === 'submitted');
  if (answered.length === 0) return <p className="state state-empty">{r.noAnswers}</p>;
  return (
    <>
      {answered.map((x) => {
        const a = x.answer!;
        return (
          <article key={a.id} id={`svar-${a.id}`} className="answer-card" aria-labelledby={`svar-${a.id}-rubrik`}>
            <h3 id={`svar-${a.id}-rubrik`}>{x.name}</h3>
            <dl className="facts">
              <dt>{r.col.position}</dt>
              <dd>{r.position[a.position ?? 'unknown']}</dd>
              <dt>{r.col.answeredOn}</dt>
              <dd>
                {a.answeredOn ? fmt.date(a.answeredOn) : r.facts.none}
                {a.late && ` (${r.lateShort})`}
              </dd>
              {a.signedBy.length > 0 && (
                <>
                  <dt>{r.signedBy}</dt>
                  <dd>{fmt.list(a.signedBy)}</dd>
                </>
              )}
            </dl>
            {a.summary.split(/\n\n+/).map((p, i) => (
              <p key={i}>{p}</p>
            ))}
            <AnswerDetails id={a.id} label={r.readAnswer(x.name)} />
          </article>
        );
      })}
    </>
  );
}
