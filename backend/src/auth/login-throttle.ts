import type { EntityManager } from 'typeorm';

/** The sign-in throttle's policy (docs/api-auth.md, "Sign-in throttling"). */
export interface ThrottlePolicy {
  windowSeconds: number;
  /** Failures of one account from one address before that pair must wait for the window. */
  pairFailures: number;
  /** Failures from one address, any accounts, before the address must wait (password spraying). */
  addressFailures: number;
  /** Failures of one account, any addresses, after which addresses that failed on it wait a growing delay. */
  accountFailures: number;
  /** Cap of that delay. */
  maxAccountDelaySeconds: number;
}

export const THROTTLE_POLICY: ThrottlePolicy = {
  windowSeconds: 15 * 60,
  pairFailures: 5,
  addressFailures: 30,
  accountFailures: 10,
  maxAccountDelaySeconds: 15 * 60,
};

/** What the database knows about recent attempts, times in epoch seconds; failures include pending attempts. */
export interface AttemptStats {
  now: number;
  /** This account from this address, since the pair's last success: the newest failures, newest first (at most pairFailures). */
  pairTimes: number[];
  /** This address, any account: the newest failures, newest first (at most addressFailures). */
  addressTimes: number[];
  /** This account, any address: how many failures in the window, and the newest one. */
  accountCount: number;
  accountLast: number | null;
}

/**
 * Seconds the attempt must wait, or 0 when it may go ahead. A stranger's failures on an account never
 * block an address that has not failed on it: the right password from a clean address always gets through.
 */
export function waitSeconds(s: AttemptStats, p: ThrottlePolicy = THROTTLE_POLICY): number {
  const untilWindowLeaves = (times: number[], limit: number) =>
    times.length >= limit ? Math.ceil(times[limit - 1] + p.windowSeconds - s.now) : 0;
  const pair = untilWindowLeaves(s.pairTimes, p.pairFailures);
  const address = untilWindowLeaves(s.addressTimes, p.addressFailures);
  let account = 0;
  if (s.pairTimes.length > 0 && s.accountCount >= p.accountFailures && s.accountLast !== null) {
    const delay = Math.min(p.maxAccountDelaySeconds, 2 ** (s.accountCount - p.accountFailures));
    account = Math.ceil(s.accountLast + delay - s.now);
  }
  const wait = Math.max(pair, address, account);
  return wait > 0 ? wait : 0;
}

export type AttemptDecision = { attemptId: string } | { retryAfter: number };

/**
 * Records an attempt for (email, address) as pending before the password is checked, unless the
 * policy says wait. Runs in the caller's transaction under advisory locks on the address and the
 * account (always in that order), so parallel attempts — from any number of app instances — are
 * counted one after another and none slips past the limit.
 */
export async function beginAttempt(m: EntityManager, email: string, address: string, p: ThrottlePolicy = THROTTLE_POLICY): Promise<AttemptDecision> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('login-address:' || $1, 0))`, [address]);
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('login-account:' || $1, 0))`, [email]);
  const [row] = await m.query<
    { now: number; pair_times: number[] | null; address_times: number[] | null; account_count: number; account_last: number | null }[]
  >(
    `WITH since AS (SELECT now() - make_interval(secs => $3) AS t),
          last_success AS (
            SELECT max(at) AS at FROM login_attempt WHERE email = $1 AND address = $2 AND outcome = 'success' AND at > (SELECT t FROM since)
          )
     SELECT extract(epoch FROM now())::float8 AS now,
            (SELECT array_agg(e ORDER BY e DESC) FROM (
               SELECT extract(epoch FROM at)::float8 AS e FROM login_attempt
                WHERE email = $1 AND address = $2 AND outcome <> 'success' AND at > (SELECT t FROM since)
                  AND at > coalesce((SELECT at FROM last_success), '-infinity')
                ORDER BY at DESC LIMIT $4) x) AS pair_times,
            (SELECT array_agg(e ORDER BY e DESC) FROM (
               SELECT extract(epoch FROM at)::float8 AS e FROM login_attempt
                WHERE address = $2 AND outcome <> 'success' AND at > (SELECT t FROM since)
                ORDER BY at DESC LIMIT $5) x) AS address_times,
            (SELECT count(*)::int FROM login_attempt WHERE email = $1 AND outcome <> 'success' AND at > (SELECT t FROM since)) AS account_count,
            (SELECT extract(epoch FROM max(at))::float8 FROM login_attempt WHERE email = $1 AND outcome <> 'success' AND at > (SELECT t FROM since)) AS account_last`,
    [email, address, p.windowSeconds, p.pairFailures, p.addressFailures],
  );
  const wait = waitSeconds(
    {
      now: row.now,
      pairTimes: row.pair_times ?? [],
      addressTimes: row.address_times ?? [],
      accountCount: row.account_count,
      accountLast: row.account_last,
    },
    p,
  );
  if (wait > 0) return { retryAfter: wait };
  const [attempt] = await m.query<{ id: string }[]>(`INSERT INTO login_attempt (email, address) VALUES ($1, $2) RETURNING id`, [email, address]);
  return { attemptId: attempt.id };
}

/** The attempt's outcome once the password was checked; a pending attempt still counts as a failure. */
export async function finishAttempt(m: EntityManager, attemptId: string, succeeded: boolean): Promise<void> {
  await m.query(`UPDATE login_attempt SET outcome = $2 WHERE id = $1`, [attemptId, succeeded ? 'success' : 'failure']);
}

/** Attempts older than a day have no say in any window: the table stays as small as a day's sign-ins. */
export async function pruneAttempts(m: EntityManager): Promise<number> {
  const rows = await m.query<{ id: string }[]>(`WITH gone AS (DELETE FROM login_attempt WHERE at < now() - interval '1 day' RETURNING id) SELECT id FROM gone`);
  return rows.length;
}
