/** The chosen cycle lives in the URL as ?omgang=ID (omgång) so every view can be linked and bookmarked. */
export const CYCLE_PARAM = 'omgang';
/** The earlier name ("cykel" reads as bicycle); links that still carry it keep working. */
export const LEGACY_CYCLE_PARAM = 'cykel';

/** The cycle the address names, under its current or its earlier name. */
export const cycleParam = (params: URLSearchParams): string | null => params.get(CYCLE_PARAM) ?? params.get(LEGACY_CYCLE_PARAM);

export function withCycle(path: string, cycle: string | null): string {
  if (!cycle) return path;
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}${CYCLE_PARAM}=${encodeURIComponent(cycle)}`;
}
