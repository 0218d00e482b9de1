import type { Dictionary } from '../i18n/sv';
import { ApiError } from './api-client';
import type { ErrorCode } from './api-types';

export interface FieldErrorText {
  /** The API's field path, e.g. "plannedYears.0". */
  path: string;
  /** The form field it belongs to, e.g. "plannedYears". */
  field: string;
  message: string;
}

export interface ApiErrorText {
  title: string;
  fields: FieldErrorText[];
}

/** The codes the client itself gives to answers without an envelope (api-client.ts). */
const CLIENT_CODES = new Set(['NETWORK_ERROR', 'HTTP_ERROR', 'INVALID_RESPONSE']);

/** By status, for an envelope whose code this build does not know yet. */
function codeForStatus(status: number): ErrorCode | null {
  if (status === 400) return 'validation_failed';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'too_many_requests';
  if (status >= 500) return 'internal_error';
  return null;
}

/** "plannedYears.0" and "plannedYears[0]" are both the planned-years field. */
export const fieldOfPath = (path: string): string => path.split(/[.[]/)[0];

/**
 * The one place that says an API error in the UI's language: the title by the envelope's `code`
 * (the API's English `message` is never shown), and each entry of `errors` by its field — by the
 * failed constraint where the validation pipe names it (`constraints`), else by a per-field text.
 */
export function describeApiError(t: Dictionary, error: unknown): ApiErrorText {
  const texts = t.apiError;
  if (!(error instanceof ApiError)) return { title: texts.codes.internal_error, fields: [] };
  if (error.isNetworkError) return { title: texts.network, fields: [] };
  if (error.code === 'INVALID_RESPONSE') return { title: texts.invalidResponse, fields: [] };

  const known = !CLIENT_CODES.has(error.code) && error.code in texts.codes ? (error.code as ErrorCode) : codeForStatus(error.status);
  const title = known ? texts.codes[known] : texts.status(error.status);

  const constraints = (error.details.constraints ?? {}) as Record<string, string[] | undefined>;
  const fields = Object.keys(error.errors ?? {}).map((path) => {
    const field = fieldOfPath(path);
    if (constraints[path]?.includes('whitelistValidation')) return { path, field, message: texts.unknownField(path) };
    return { path, field, message: texts.fields[field] ?? texts.field(t.audit.fields[field] ?? field) };
  });
  return { title, fields };
}
