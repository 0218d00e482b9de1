/**
 * Recognises the errors that mean "the database is not there or not keeping up", whatever layer
 * raised them (pg's socket, pg-pool, PostgreSQL itself, or TypeORM wrapping any of those), so they
 * answer 503 instead of 500. Everything else is left to the caller.
 */
export type DatabaseTrouble = 'unavailable' | 'busy';

/** SQLSTATEs: 08 connection exceptions, 57P01–57P03 shutdown / cannot connect now, 53300 too many connections. */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300)$/;
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGE = /Connection terminated|connection is closed|Client has encountered a connection error|server closed the connection/i;

const RELEASED_RUNNER = new Set(['QueryRunnerProviderAlreadyReleasedError', 'QueryRunnerAlreadyReleasedError']);

export function databaseTrouble(error: unknown, depth = 0): DatabaseTrouble | null {
  // Duck-typed, not `instanceof Error`: socket errors can come from another realm (a VM context).
  if (typeof error !== 'object' || error === null || typeof (error as Error).message !== 'string' || depth > 4) return null;
  const code = (error as { code?: unknown }).code;
  if (code === '57014') return 'busy'; // statement_timeout (or a cancelled query)
  const message = (error as Error).message;
  if (/timeout exceeded when trying to connect/i.test(message)) return 'busy'; // pg-pool's wait for a connection
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code))) return 'unavailable';
  if (UNAVAILABLE_MESSAGE.test(message)) return 'unavailable';
  // TypeORM releases a transaction's connection when its socket fails; the transaction's next query
  // or its COMMIT then throws one of these instead of the socket's error (found stopping the server mid-load).
  if (RELEASED_RUNNER.has((error as Error).name)) return 'unavailable';
  const nested = [
    (error as { driverError?: unknown }).driverError,
    (error as { cause?: unknown }).cause,
    ...((error as { errors?: unknown[] }).errors ?? []),
  ];
  for (const inner of nested) {
    const found = inner === error ? null : databaseTrouble(inner, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Seconds a client should wait before asking again after a 503. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
