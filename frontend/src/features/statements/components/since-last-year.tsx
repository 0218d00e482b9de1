import { useState } from 'react';
import { QueryState } from '../../../components/ui/query-state';
import { WordDiff } from '../../../components/ui/word-diff';
import { useI18n } from '../../../i18n/i18n';
import type { PreviousStatement, Statement } from '../../../lib/api-types';
import { usePreviousStatement } from '../api/get-previous-statement';

function Comparison({ statement, previous }: { statement: Statement; previous: PreviousStatement }) {
  const { t } = useI18n();
  if (!previous.cycle) return <p className="muted">{t.diff.noPreviousCycle}</p>;
  if (!previous.statement) return <p className="muted">{t.diff.nothingLastYear(statement.board.name, previous.cycle.name)}</p>;
  return (
    <>
      <p className="muted">{t.diff.comparedWith(previous.cycle.name)}</p>
      <WordDiff before={previous.statement.text} after={statement.text} />
    </>
  );
}

/** "Ändrat sedan förra året": the statement against the same board's one in the previous cycle. */
export function SinceLastYear({ statement }: { statement: Statement }) {
  const { t } = useI18n();
  const previous = usePreviousStatement(statement.id);
  return (
    <QueryState query={previous} what={t.what.previous}>
      {(data) => <Comparison statement={statement} previous={data} />}
    </QueryState>
  );
}

/** The same, folded: fetched only when opened, so a page of statements asks nothing up front. */
export function SinceLastYearDetails({ statement }: { statement: Statement }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details className="since-last-year" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t.diff.title}</summary>
      {open && <SinceLastYear statement={statement} />}
    </details>
  );
}
