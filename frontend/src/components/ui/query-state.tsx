import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ApiError } from '../../lib/api-client';
import { describeApiError } from '../../lib/api-error-text';

export function LoadingState({ what }: { what: string }) {
  const { t } = useI18n();
  return (
    <p role="status" className="state state-loading">
      {t.state.loading(what)}
    </p>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

/** Central wording for API failures: the user sees what failed, why if known, and can ask again. */
export function ErrorState({ what, error, onRetry }: { what: string; error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const detail = error instanceof ApiError ? describeApiError(t, error).title : null;
  return (
    <div role="alert" className="state state-error">
      <p className="state-error-title">{t.state.couldNotFetch(what)}</p>
      {detail && <p>{detail}</p>}
      <button type="button" className="button" onClick={onRetry}>
        {t.state.retry}
      </button>
    </div>
  );
}

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** What is being fetched, in the definite form: "nämnden", "luckorna". */
  what: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/** Loading, error (with retry), empty and data for one query: no page is ever blank. */
export function QueryState<T>({ query, what, isEmpty, empty, children }: QueryStateProps<T>) {
  if (query.isPending || (query.isError && query.isFetching)) return <LoadingState what={what} />;
  if (query.isError) return <ErrorState what={what} error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <EmptyState>{empty}</EmptyState>;
  return <>{children(query.data)}</>;
}
