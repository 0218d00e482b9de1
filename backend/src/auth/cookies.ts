/** The HttpOnly session cookie the browser sends back. */
export const SESSION_COOKIE = 'atk_session';
/** Readable by the dashboard's JavaScript, which echoes it in X-CSRF-Token on writes. */
export const CSRF_COOKIE = 'atk_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Parses a Cookie header; malformed pairs are skipped, never fatal. */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  if (!header) return cookies;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 1) continue;
    const name = pair.slice(0, eq).trim();
    let value = pair.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      cookies[name] = decodeURIComponent(value);
    } catch {
      // A value that is not valid percent-encoding is not one of ours.
    }
  }
  return cookies;
}
