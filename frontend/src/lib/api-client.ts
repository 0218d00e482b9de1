import type { ApiErrorBody } from './api-types';

/** The API lives on the same origin as the app (the backend serves both). */
const API_BASE = '/api';

/** Status 0 stands for "no answer at all" (network down, server not running). */
export const NETWORK_ERROR_STATUS = 0;

/**
 * Every failure from the API ends up as one of these, whatever went wrong:
 * an error envelope `{ statusCode, code, message, errors? }`, a non-JSON error page,
 * or no answer. Components never look at raw responses.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors?: Record<string, string>;
  /** Extra fields of the envelope, e.g. `currentVersion` on a version conflict, `statementId` on statement_exists. */
  readonly details: Record<string, unknown>;
  /** Seconds to wait, from a Retry-After header (429). */
  readonly retryAfter?: number;

  constructor(
    status: number,
    code: string,
    message: string,
    errors?: Record<string, string>,
    details: Record<string, unknown> = {},
    retryAfter?: number,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.errors = errors;
    this.details = details;
    this.retryAfter = retryAfter;
  }

  get isNetworkError(): boolean {
    return this.status === NETWORK_ERROR_STATUS;
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }

  get isForbidden(): boolean {
    return this.status === 403;
  }

  /** Someone else changed the row since it was read (409 version_conflict). */
  get isVersionConflict(): boolean {
    return this.status === 409 && this.code === 'version_conflict';
  }

  /** Client errors will not go away by asking again; server and network errors may. */
  get isRetryable(): boolean {
    return this.status === NETWORK_ERROR_STATUS || this.status >= 500 || this.status === 429;
  }
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export function buildApiUrl(path: string, params?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return `${API_BASE}${path}${query ? `?${query}` : ''}`;
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as ApiErrorBody).message === 'string' &&
    typeof (body as ApiErrorBody).code === 'string'
  );
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return null;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** The readable CSRF cookie the server sets at sign-in; echoed in a header on every write. */
export const CSRF_COOKIE = 'atk_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  for (const pair of document.cookie.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(pair.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function retryAfterSeconds(response: Response): number | undefined {
  const value = response.headers?.get?.('Retry-After');
  const seconds = value ? Number(value) : NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** The ApiError for a failed answer: its envelope, or its status when it has none. */
function errorOf(status: number, body: unknown, retryAfter?: number): ApiError {
  if (isErrorBody(body)) {
    const details: Record<string, unknown> = { ...body };
    for (const key of ['statusCode', 'code', 'message', 'errors']) delete details[key];
    return new ApiError(status, body.code, body.message, body.errors, details, retryAfter);
  }
  return new ApiError(status, 'HTTP_ERROR', `HTTP ${status}`, undefined, {}, retryAfter);
}

async function request<T>(method: string, path: string, options: { params?: QueryParams; body?: unknown; signal?: AbortSignal }): Promise<T> {
  return (await requestWithHeaders<T>(method, path, options)).body;
}

async function requestWithHeaders<T>(
  method: string,
  path: string,
  options: { params?: QueryParams; body?: unknown; signal?: AbortSignal },
): Promise<{ body: T; headers: Response['headers'] }> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers[CSRF_HEADER] = csrf;
  }
  let response: Response;
  try {
    response = await fetch(buildApiUrl(path, options.params), {
      method,
      headers,
      // The session is an HttpOnly cookie on the same origin.
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError(NETWORK_ERROR_STATUS, 'NETWORK_ERROR', 'Servern svarar inte.');
  }

  const body = await readJson(response);
  if (!response.ok) throw errorOf(response.status, body, retryAfterSeconds(response));
  if (body === undefined) {
    throw new ApiError(response.status, 'INVALID_RESPONSE', 'Svaret var inte JSON.');
  }
  return { body: body as T, headers: response.headers };
}

/** The most rows the API gives in one page (docs/api.md, "Pagination"). */
export const MAX_PAGE_SIZE = 1000;

/**
 * One page of a paginated list (`?limit=&cursor=`), with the cursor of the next page from the
 * X-Next-Cursor header, or null on the last page.
 */
export async function apiGetPage<T>(path: string, params: QueryParams = {}, signal?: AbortSignal): Promise<{ items: T[]; next: string | null }> {
  const { body, headers } = await requestWithHeaders<T[]>('GET', path, { params, signal });
  return { items: body, next: headers?.get?.('X-Next-Cursor') ?? null };
}

/**
 * Every page of a paginated list, for views that show the whole of a list that a filter keeps small
 * (one board's statements, one report's measures). Pages are as large as the API allows.
 */
export async function apiGetAllPages<T>(path: string, params: QueryParams = {}, signal?: AbortSignal): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: T[]; next: string | null } = await apiGetPage<T>(path, { ...params, limit: MAX_PAGE_SIZE, cursor }, signal);
    rows.push(...page.items);
    cursor = page.next;
  } while (cursor !== null);
  return rows;
}

/** GET a JSON resource from the API; throws ApiError on any failure. */
export function apiGet<T>(path: string, params?: QueryParams, signal?: AbortSignal): Promise<T> {
  return request<T>('GET', path, { params, signal });
}

/**
 * A write (POST, PUT, DELETE) with a JSON body. Sends the session cookie and the CSRF header;
 * throws ApiError on any failure. A 204 answer resolves to null.
 */
export function apiSend<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  return request<T>(method, path, { body });
}

/**
 * A file upload (multipart, field `file`) with the CSRF header, reporting the share sent so far
 * (0–1) to `onProgress`: fetch cannot tell upload progress, XMLHttpRequest can. Fails with the
 * same ApiError as every other call.
 */
export function apiUpload<T>(path: string, file: Blob, fileName: string, onProgress: (sent: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildApiUrl(path));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) xhr.setRequestHeader(CSRF_HEADER, csrf);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        if (body === undefined) reject(new ApiError(xhr.status, 'INVALID_RESPONSE', 'Svaret var inte JSON.'));
        else resolve(body as T);
      } else {
        const retry = Number(xhr.getResponseHeader('Retry-After'));
        reject(errorOf(xhr.status, body, Number.isFinite(retry) && retry > 0 ? retry : undefined));
      }
    };
    xhr.onerror = () => reject(new ApiError(NETWORK_ERROR_STATUS, 'NETWORK_ERROR', 'Servern svarar inte.'));
    const form = new FormData();
    form.append('file', file, fileName);
    xhr.send(form);
  });
}
