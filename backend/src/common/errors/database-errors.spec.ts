import { describe, expect, it } from '@jest/globals';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { databaseTrouble } from './database-errors.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('databaseTrouble', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), 'unavailable'],
    ['a server shutting down (57P01)', new QueryFailedError('SELECT 1', [], withCode('terminating connection due to administrator command', '57P01')), 'unavailable'],
    ['a server starting up (57P03)', withCode('the database system is starting up', '57P03'), 'unavailable'],
    ['a dropped socket', new Error('Connection terminated unexpectedly'), 'unavailable'],
    ['refusals of every address (AggregateError)', new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], ''), 'unavailable'],
    ['a wrapped cause', new Error('query failed', { cause: withCode('read ECONNRESET', 'ECONNRESET') }), 'unavailable'],
    ['a statement timeout (57014)', new QueryFailedError('SELECT pg_sleep(9)', [], withCode('canceling statement due to statement timeout', '57014')), 'busy'],
    ["a transaction's connection released after its socket failed", new QueryRunnerProviderAlreadyReleasedError(), 'unavailable'],
    ['the COMMIT of such a transaction', new QueryRunnerAlreadyReleasedError(), 'unavailable'],
    ["pg-pool's wait", new Error('timeout exceeded when trying to connect'), 'busy'],
  ])('%s → %s', (_what, error, expected) => {
    expect(databaseTrouble(error)).toBe(expected);
  });

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], withCode('duplicate key value', '23505'))],
    ['a syntax error', new QueryFailedError('SELEC', [], withCode('syntax error', '42601'))],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error', 'ECONNREFUSED'],
  ])('%s is not database trouble', (_what, error) => {
    expect(databaseTrouble(error)).toBeNull();
  });
});
