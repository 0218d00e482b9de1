import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The chosen cycle lives in the URL as ?cykel=ID so every view can be linked and bookmarked. */
export const CYCLE_PARAM = 'cykel';

export function withCycle(path: string, cycle: string | null): string {
  if (!cycle) return path;
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}${CYCLE_PARAM}=${encodeURIComponent(cycle)}`;
}

/** Builds in-app links that keep the cycle the user has chosen. */
export function useCycleLink(): (path: string) => string {
  const [params] = useSearchParams();
  const cycle = params.get(CYCLE_PARAM);
  return useCallback((path: string) => withCycle(path, cycle), [cycle]);
}
