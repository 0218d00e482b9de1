import { useQuery } from '@tanstack/react-query';
import { apiGet, buildApiUrl } from '../../../lib/api-client';
import type { RemissCompilation } from '../../../lib/api-types';

export const remissCompilationQueryKey = (id: number) => ['remisser', 'compilation', id] as const;

/** Remissammanställning: the submitted answers per recipient and who did not answer. */
export const getRemissCompilation = (id: number, signal?: AbortSignal) => apiGet<RemissCompilation>(`/remisser/${id}/compilation`, undefined, signal);

export const useRemissCompilation = (id: number) =>
  useQuery({ queryKey: remissCompilationQueryKey(id), queryFn: ({ signal }) => getRemissCompilation(id, signal) });

/** The same as a Word document (a plain download link). */
export const remissCompilationDocxUrl = (id: number) => buildApiUrl(`/remisser/${id}/compilation.docx`);
