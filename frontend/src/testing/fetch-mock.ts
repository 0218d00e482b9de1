import { jest } from '@jest/globals';

/** What a mocked route answers: a JSON body, optionally with a status. */
export interface MockReply {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A request as the mock saw it: method, headers and the parsed JSON body of a write. */
export interface MockRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: unknown;
}

export type RouteHandler = (url: URL, request: MockRequest) => MockReply | Promise<MockReply>;

/**
 * `GET /api/cycles/2/coverage` or `PUT /api/statements/7` → handler; the query string is given
 * to the handler, not matched.
 */
export type Routes = Record<string, RouteHandler | MockReply>;

export const ok = (body: unknown): MockReply => ({ status: 200, body });

export const apiError = (
  status: number,
  code: string,
  message: string,
  extra: { errors?: Record<string, string>; [key: string]: unknown } = {},
): MockReply => ({
  status,
  body: { statusCode: status, code, message, ...extra },
});

/** A reply that never comes, for loading states. */
export const never = (): Promise<MockReply> => new Promise(() => undefined);

function fakeResponse(reply: MockReply): Response {
  const status = reply.status ?? 200;
  const headers = new Map(Object.entries(reply.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (name: string) => headers.get(name.toLowerCase()) ?? null },
    json: async () => {
      if (reply.body === undefined) throw new SyntaxError('Unexpected end of JSON input');
      return reply.body;
    },
  } as unknown as Response;
}

/**
 * Replaces global fetch with a router over `routes`. Unknown routes answer 404 in the API's
 * error envelope, so a test that forgets a route sees the error state instead of hanging.
 */
export function mockApi(routes: Routes) {
  const requests: URL[] = [];
  const writes: MockRequest[] = [];
  const fetchMock = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const request: MockRequest = {
      method,
      url,
      headers: { ...(init?.headers as Record<string, string> | undefined) },
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(url);
    if (method !== 'GET') writes.push(request);
    const route = routes[`${method} ${url.pathname}`];
    if (!route) return fakeResponse(apiError(404, 'NOT_FOUND', `No mock for ${method} ${url.pathname}`));
    const reply = typeof route === 'function' ? await route(url, request) : route;
    return fakeResponse(reply);
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return {
    fetchMock,
    /** Every request made so far, as URLs (path and query). */
    requests,
    requested: (pathname: string) => requests.filter((url) => url.pathname === pathname),
    /** Every write (POST, PUT, DELETE) so far, with its body, optionally only those to `pathname`. */
    written: (pathname?: string) => writes.filter((w) => pathname === undefined || w.url.pathname === pathname),
  };
}

/**
 * A list endpoint that answers per `?organisation=SLUG`, as the API does. A request without the
 * parameter (a page that forgot it would show every municipality's rows) is answered 400, unless
 * `all` is given: the answer for every organisation, for the one page that asks so (the start
 * page's trend). One naming an unknown slug is answered 404 `organisation_not_found`, so such a
 * page shows an error in the test.
 */
export function byOrganisation(replies: Record<string, MockReply | RouteHandler>, all?: MockReply | RouteHandler): RouteHandler {
  return (url, request) => {
    const slug = url.searchParams.get('organisation');
    if (slug === null && all !== undefined) return typeof all === 'function' ? all(url, request) : all;
    if (slug === null) return apiError(400, 'validation_failed', `mock: ${url.pathname} asked without ?organisation=`);
    const reply = replies[slug];
    if (reply === undefined) return apiError(404, 'organisation_not_found', `Organisation "${slug}" not found`);
    return typeof reply === 'function' ? reply(url, request) : reply;
  };
}

/** Answers with `first` on the first call and `then` afterwards: for error-then-retry tests. */
export function sequence(first: MockReply | RouteHandler, then: MockReply | RouteHandler): RouteHandler {
  let calls = 0;
  return (url, request) => {
    const route = calls++ === 0 ? first : then;
    return typeof route === 'function' ? route(url, request) : route;
  };
}
