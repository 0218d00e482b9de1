import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { FormFeedback } from '../../../components/ui/form-feedback';
import { QueryState } from '../../../components/ui/query-state';
import { useI18n } from '../../../i18n/i18n';
import type { Cycle, LinkSuggestion } from '../../../lib/api-types';
import { useOrgLink } from '../../organisations/hooks/use-organisation';
import { useDecideLinkSuggestion, type Decision } from '../api/decide-link-suggestion';
import { useLinkSuggestions } from '../api/get-link-suggestions';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The passage with the words that match the title in <mark>. */
export function HighlightedPassage({ passage, words }: { passage: string; words: string[] }) {
  if (!words.length) return <>{passage}</>;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${[...new Set(words)].map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of passage.matchAll(re)) {
    out.push(passage.slice(last, m.index));
    out.push(<mark key={m.index}>{m[0]}</mark>);
    last = m.index + m[0].length;
  }
  out.push(passage.slice(last));
  return <>{out}</>;
}

function SuggestionItem({ suggestion, cycleId }: { suggestion: LinkSuggestion; cycleId: number }) {
  const { t, fmt } = useI18n();
  const orgLink = useOrgLink();
  const id = useId();
  const decide = useDecideLinkSuggestion(cycleId);
  const [message, setMessage] = useState<string | null>(null);
  const s = suggestion;
  const act = (decision: Decision) => {
    setMessage(null);
    decide.mutate(
      { id: s.id, decision, version: s.version },
      { onSuccess: (done) => setMessage(done.state === 'confirmed' ? t.suggestions.confirmed(s.board.name) : t.suggestions.rejected) },
    );
  };
  return (
    <li className="suggestion">
      <article aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="suggestion-title">
          <Link to={orgLink(`/namnder/${s.board.id}`)}>{s.board.name}</Link>
          {' → '}
          <Link to={orgLink(`/atgarder/${s.measure.id}`)}>
            {s.measure.number} {s.measure.title}
          </Link>
        </h2>
        <blockquote className="suggestion-passage">
          <HighlightedPassage passage={s.passage} words={s.words} />
        </blockquote>
        <p className="muted">{t.suggestions.where(t.link.lines(s.lines), fmt.number(s.score))}</p>
        {s.state === 'pending' ? (
          <div className="button-row">
            <button type="button" className="button" disabled={decide.isPending} aria-describedby={`${id}-title`} onClick={() => act('confirm')}>
              {t.suggestions.confirm}
            </button>
            <button type="button" className="button button-secondary" disabled={decide.isPending} aria-describedby={`${id}-title`} onClick={() => act('reject')}>
              {t.suggestions.reject}
            </button>
          </div>
        ) : (
          <p className="badge">{t.suggestions.state[s.state]}</p>
        )}
        <FormFeedback error={decide.error} message={message} />
      </article>
    </li>
  );
}

/** "Kopplingar att granska": the importer's doubtful title references of a cycle, pending first. */
export function SuggestionReview({ cycle }: { cycle: Cycle }) {
  const { t } = useI18n();
  const query = useLinkSuggestions(cycle.id);
  return (
    <QueryState query={query} what={t.what.suggestions} isEmpty={(rows) => rows.length === 0} empty={t.suggestions.none}>
      {(rows) => {
        const pending = rows.filter((r) => r.state === 'pending');
        const decided = rows.filter((r) => r.state !== 'pending');
        return (
          <>
            <p role="status">{t.suggestions.count(pending.length, decided.length)}</p>
            <ul className="suggestion-list">
              {[...pending, ...decided].map((s) => (
                <SuggestionItem key={s.id} suggestion={s} cycleId={cycle.id} />
              ))}
            </ul>
          </>
        );
      }}
    </QueryState>
  );
}
