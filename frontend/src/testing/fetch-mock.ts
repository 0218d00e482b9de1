import { jest } from '@jest/globals';

/** What a mocked route answers: a JSON body, optionally with a status. */
export interface MockReply {
  status?: number;
  body: unknown;
}

export type RouteHandler = (url: URL) => MockReply | Promise<MockReply>;

/** `GET /api/cycles/2/coverage` → handler; the query string is given to the handler, not matched. */
export type Routes = Record<string, RouteHandler | MockReply>;

export const ok = (body: unknown): MockReply => ({ status: 200, body });

export const apiError = (status: number, code: string, message: string): MockReply => ({
  status,
  body: { statusCode: status, code, message },
});

/** A reply that never comes, for loading states. */
export const never = (): Promise<MockReply> => new Promise(() => undefined);

function fakeResponse(reply: MockReply): Response {
  const status = reply.status ?? 200;
  return {
    ok: status >= 200 && status < 300,
    status,
    json: async () => reply.body,
  } as unknown as Response;
}

/**
 * Replaces global fetch with a router over `routes`. Unknown routes answer 404 in the API's
 * error envelope, so a test that forgets a route sees the error state instead of hanging.
 */
export function mockApi(routes: Routes) {
  const requests: URL[] = [];
  const fetchMock = jest.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    requests.push(url);
    const route = routes[`GET ${url.pathname}`];
    if (!route) return fakeResponse(apiError(404, 'NOT_FOUND', `No mock for ${url.pathname}`));
    const reply = typeof route === 'function' ? await route(url) : route;
    return fakeResponse(reply);
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return {
    fetchMock,
    /** Every request made so far, as URLs (path and query). */
    requests,
    requested: (pathname: string) => requests.filter((url) => url.pathname === pathname),
  };
}

/** Answers with `first` on the first call and `then` afterwards: for error-then-retry tests. */
export function sequence(first: MockReply | RouteHandler, then: MockReply | RouteHandler): RouteHandler {
  let calls = 0;
  return (url) => {
    const route = calls++ === 0 ? first : then;
    return typeof route === 'function' ? route(url) : route;
  };
}
