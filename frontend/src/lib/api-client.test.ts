import { describe, expect, it } from '@jest/globals';
import { apiError, mockApi, ok } from '../testing/fetch-mock';
import { ApiError, apiGet, apiGetAllPages, buildApiUrl } from './api-client';
import { shouldRetry } from './query-client';

describe('api-client', () => {
  it('builds same-origin /api URLs and leaves out empty parameters', () => {
    expect(buildApiUrl('/cycles/2/gaps', { board: 4, report: undefined, role: '', kind: null })).toBe('/api/cycles/2/gaps?board=4');
    expect(buildApiUrl('/cycles')).toBe('/api/cycles');
    expect(buildApiUrl('/cycles/2/gaps', { report: 'a&b' })).toBe('/api/cycles/2/gaps?report=a%26b');
  });

  it('returns the JSON body on success', async () => {
    mockApi({ 'GET /api/health': ok({ status: 'ok', database: 'embedded' }) });
    await expect(apiGet('/health')).resolves.toEqual({ status: 'ok', database: 'embedded' });
  });

  it('turns the error envelope into an ApiError with status, code and field errors', async () => {
    mockApi({
      'GET /api/cycles/x/gaps': {
        status: 400,
        body: { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Ogiltig fråga', errors: { role: 'måste vara lead eller contributing' } },
      },
    });
    const error = await apiGet('/cycles/x/gaps').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Ogiltig fråga',
      errors: { role: 'måste vara lead eller contributing' },
    });
    expect((error as ApiError).isRetryable).toBe(false);
  });

  it('copes with an error that is not JSON', async () => {
    mockApi({ 'GET /api/boards': { status: 502, body: undefined } });
    const error = (await apiGet('/boards').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.code).toBe('HTTP_ERROR');
    expect(error.isRetryable).toBe(true);
  });

  it('reports a network failure as status 0', async () => {
    globalThis.fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const error = (await apiGet('/boards').catch((e: unknown) => e)) as ApiError;
    expect(error.isNetworkError).toBe(true);
    expect(error.code).toBe('NETWORK_ERROR');
  });

  it('retries server and network errors a couple of times, never client errors', () => {
    expect(shouldRetry(0, new ApiError(500, 'INTERNAL_ERROR', 'x'))).toBe(true);
    expect(shouldRetry(0, new ApiError(0, 'NETWORK_ERROR', 'x'))).toBe(true);
    expect(shouldRetry(2, new ApiError(500, 'INTERNAL_ERROR', 'x'))).toBe(false);
    expect(shouldRetry(0, new ApiError(404, 'NOT_FOUND', 'x'))).toBe(false);
    expect(shouldRetry(0, new ApiError(400, 'VALIDATION_FAILED', 'x'))).toBe(false);
  });

  it('sends unknown routes of the test mock to a 404 envelope', async () => {
    mockApi({});
    await expect(apiGet('/nothing')).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
    mockApi({ 'GET /api/x': apiError(409, 'CONFLICT', 'Versionen är inaktuell') });
    await expect(apiGet('/x')).rejects.toMatchObject({ status: 409, message: 'Versionen är inaktuell' });
  });
});

describe('apiGetAllPages', () => {
  it('follows X-Next-Cursor until the last page and keeps the order', async () => {
    const api = mockApi({
      'GET /api/cycles/2/gaps': (url) =>
        url.searchParams.get('cursor') === null
          ? { status: 200, body: [1, 2], headers: { 'X-Next-Cursor': 'abc' } }
          : url.searchParams.get('cursor') === 'abc'
            ? { status: 200, body: [3, 4], headers: { 'X-Next-Cursor': 'def' } }
            : { status: 200, body: [5] },
    });
    await expect(apiGetAllPages<number>('/cycles/2/gaps', { board: 3 })).resolves.toEqual([1, 2, 3, 4, 5]);
    expect(api.requested('/api/cycles/2/gaps').map((u) => Object.fromEntries(u.searchParams))).toEqual([
      { board: '3', limit: '1000' },
      { board: '3', limit: '1000', cursor: 'abc' },
      { board: '3', limit: '1000', cursor: 'def' },
    ]);
  });

  it('a failing page fails the whole list', async () => {
    mockApi({
      'GET /api/measures': (url) =>
        url.searchParams.get('cursor') === null
          ? { status: 200, body: [1], headers: { 'X-Next-Cursor': 'x' } }
          : apiError(400, 'validation_failed', 'Invalid input: cursor', { errors: { cursor: 'cursor must be …' } }),
    });
    await expect(apiGetAllPages('/measures')).rejects.toMatchObject({ status: 400, code: 'validation_failed' });
  });
});
