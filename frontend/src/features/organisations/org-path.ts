/**
 * The organisation is the first segment of every address of the dashboard: `/stockholms-stad/matris`.
 * Every link inside an organisation is built here, so the segment is never forgotten.
 */

/** The organisation that addresses from before several municipalities (`/matris`, bookmarks) belong to. */
export const DEFAULT_ORGANISATION = 'stockholms-stad';

/**
 * `path` (`/`, `/matris`, `/namnder/4?omgang=2`) inside organisation `slug`: `/stockholms-stad/matris`.
 * Översikt is the bare `/stockholms-stad`.
 */
export function orgPath(slug: string, path = '/'): string {
  const base = `/${encodeURIComponent(slug)}`;
  const relative = path.startsWith('/') ? path : `/${path}`;
  if (relative === '/') return base;
  // `/?omgang=2` and `/#x` belong to Översikt too: no slash between the slug and the query.
  if (relative.startsWith('/?') || relative.startsWith('/#')) return `${base}${relative.slice(1)}`;
  return `${base}${relative}`;
}

/** The address of an old bookmark (`/matris?omgang=1`) in the default organisation, keeping the rest of it. */
export function legacyPath(pathname: string, search = '', hash = ''): string {
  return `${orgPath(DEFAULT_ORGANISATION, pathname)}${search}${hash}`;
}

/**
 * Where "the same page" of organisation `to` is, from `pathname` in another one. A page of its own
 * kind (Matris, Luckor, Trend, Administration → Användare …) is kept; a page addressed by something
 * of the other organisation (`hasRouteParams`: a board, measure, statement or cycle id, an unknown
 * address) has no counterpart and leads to the organisation's Översikt. The query (cycle, filters,
 * page) names the other organisation's rows, so it is dropped: the new one shows its newest cycle.
 */
export function samePageIn(to: string, pathname: string, hasRouteParams: boolean): string {
  if (hasRouteParams) return orgPath(to, '/');
  const rest = pathname.replace(/^\/[^/]*/, '');
  return orgPath(to, rest || '/');
}
