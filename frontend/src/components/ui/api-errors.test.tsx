import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { en } from '../../i18n/en';
import { I18nProvider, type Locale } from '../../i18n/i18n';
import { sv } from '../../i18n/sv';
import { ApiError, NETWORK_ERROR_STATUS } from '../../lib/api-client';
import type { ErrorCode } from '../../lib/api-types';
import openapi from '../../lib/openapi.json';
import { FormFeedback } from './form-feedback';
import { ErrorState } from './query-state';

/** Every code the API can send (from its OpenAPI document, so a new code is tested here at once). */
const CODES = openapi.components.schemas.ErrorCode.enum as ErrorCode[];
const STATUS: Partial<Record<ErrorCode, number>> = { not_found: 404, unauthorized: 401, forbidden: 403, version_conflict: 409, unsupported_media_type: 415, database_busy: 503, internal_error: 500 };
const ENGLISH_MESSAGE = 'English developer message that must not be shown';

function renderFeedback(error: unknown, locale: Locale) {
  return render(
    <I18nProvider initialLocale={locale}>
      <FormFeedback error={error} />
    </I18nProvider>,
  );
}

describe.each([
  ['sv', sv],
  ['en', en],
] as const)('API errors in the UI’s language (%s)', (locale, dictionary) => {
  it.each(CODES.filter((code) => code !== 'version_conflict'))('says %s by its code, never the API’s English message', (code) => {
    renderFeedback(new ApiError(STATUS[code] ?? 400, code, ENGLISH_MESSAGE), locale);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(dictionary.apiError.codes[code]);
    expect(alert).not.toHaveTextContent(ENGLISH_MESSAGE);
  });

  it('says a version conflict on an admin form as a reload of the latest version', () => {
    renderFeedback(new ApiError(409, 'version_conflict', ENGLISH_MESSAGE, undefined, { currentVersion: 3 }), locale);
    expect(screen.getByRole('alert')).toHaveTextContent(dictionary.admin.conflict);
  });

  it('says each field error in the UI’s language, not class-validator’s English', () => {
    const error = new ApiError(400, 'validation_failed', 'Invalid input: password, year, boardIds.0, colour', {
      password: 'password must be at least 10 characters',
      year: 'year must be a year between 2000 and 2100',
      'boardIds.0': 'boardIds must hold positive integers',
      colour: 'property colour should not exist',
    }, { constraints: { password: ['minLength'], year: ['min'], 'boardIds.0': ['min'], colour: ['whitelistValidation'] } });
    renderFeedback(error, locale);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(dictionary.apiError.codes.validation_failed);
    expect(alert).toHaveTextContent(dictionary.apiError.fields.password);
    expect(alert).toHaveTextContent(dictionary.apiError.fields.year);
    expect(alert).toHaveTextContent(dictionary.apiError.fields.boardIds);
    expect(alert).toHaveTextContent(dictionary.apiError.unknownField('colour'));
    expect(alert).not.toHaveTextContent(/must be|should not exist|Invalid input/);
  });

  it('gives a field without a text of its own a generic message by its label', () => {
    renderFeedback(new ApiError(400, 'validation_failed', 'Invalid input: kind', { kind: 'kind must be one of …' }), locale);
    expect(screen.getByRole('alert')).toHaveTextContent(dictionary.apiError.field(dictionary.audit.fields.kind));
  });

  it('says a network failure, an error page without an envelope and an unknown code by what is known', () => {
    const { unmount } = renderFeedback(new ApiError(NETWORK_ERROR_STATUS, 'NETWORK_ERROR', 'Servern svarar inte.'), locale);
    expect(screen.getByRole('alert')).toHaveTextContent(dictionary.apiError.network);
    unmount();
    const page = renderFeedback(new ApiError(502, 'HTTP_ERROR', 'HTTP 502'), locale);
    expect(screen.getByRole('alert')).toHaveTextContent(dictionary.apiError.codes.internal_error);
    page.unmount();
    renderFeedback(new ApiError(418, 'a_code_from_a_newer_server', ENGLISH_MESSAGE), locale);
    expect(screen.getByRole('alert')).toHaveTextContent(dictionary.apiError.status(418));
  });

  it('shows a failed read by its code too, with "Försök igen"', () => {
    render(
      <I18nProvider initialLocale={locale}>
        <ErrorState what="x" error={new ApiError(503, 'database_unavailable', ENGLISH_MESSAGE)} onRetry={() => undefined} />
      </I18nProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(dictionary.apiError.codes.database_unavailable);
    expect(screen.getByRole('button', { name: dictionary.state.retry })).toBeInTheDocument();
  });
});
