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

  constructor(status: number, code: string, message: string, errors?: Record<string, string>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.errors = errors;
  }

  get isNetworkError(): boolean {
    return this.status === NETWORK_ERROR_STATUS;
  }

  get isNotFound(): boolean {
    return this.status === 404;
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
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** GET a JSON resource from the API; throws ApiError on any failure. */
export async function apiGet<T>(path: string, params?: QueryParams, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(buildApiUrl(path, params), {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(NETWORK_ERROR_STATUS, 'NETWORK_ERROR', 'Servern svarar inte.');
  }

  const body = await readJson(response);
  if (!response.ok) {
    if (isErrorBody(body)) {
      throw new ApiError(response.status, body.code, body.message, body.errors);
    }
    throw new ApiError(response.status, 'HTTP_ERROR', `HTTP ${response.status}`);
  }
  if (body === undefined) {
    throw new ApiError(response.status, 'INVALID_RESPONSE', 'Svaret var inte JSON.');
  }
  return body as T;
}
