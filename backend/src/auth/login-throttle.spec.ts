import { describe, expect, it } from '@jest/globals';
import { THROTTLE_POLICY as P, waitSeconds, type AttemptStats } from './login-throttle.js';

const NOW = 1_000_000;
const stats = (s: Partial<AttemptStats>): AttemptStats => ({ now: NOW, pairTimes: [], addressTimes: [], accountCount: 0, accountLast: null, ...s });
/** `n` failures, the newest `gap` seconds ago and one second apart going back. */
const failures = (n: number, gap = 1) => Array.from({ length: n }, (_, i) => NOW - gap - i);

describe('waitSeconds (the sign-in throttle policy)', () => {
  it('lets a pair try until it has failed pairFailures times, then until the oldest counted failure leaves the window', () => {
    expect(waitSeconds(stats({ pairTimes: failures(P.pairFailures - 1) }))).toBe(0);
    // Newest 1 s ago, the fifth newest 5 s ago: it leaves the 900 s window in 895 s.
    expect(waitSeconds(stats({ pairTimes: failures(P.pairFailures) }))).toBe(P.windowSeconds - P.pairFailures);
  });

  it('stops an address spraying many accounts at addressFailures, whatever the account', () => {
    expect(waitSeconds(stats({ addressTimes: failures(P.addressFailures - 1) }))).toBe(0);
    expect(waitSeconds(stats({ addressTimes: failures(P.addressFailures) }))).toBe(P.windowSeconds - P.addressFailures);
  });

  it("a stranger's failures on an account never delay an address that has not failed on it", () => {
    expect(waitSeconds(stats({ accountCount: 500, accountLast: NOW - 1 }))).toBe(0);
  });

  it('an address that failed on an account under attack waits a delay that doubles with every failure, capped', () => {
    const under = (count: number) => waitSeconds(stats({ pairTimes: [NOW - 1], accountCount: count, accountLast: NOW }));
    expect(under(P.accountFailures - 1)).toBe(0);
    expect([under(P.accountFailures), under(P.accountFailures + 3), under(P.accountFailures + 6)]).toEqual([1, 8, 64]);
    expect(under(P.accountFailures + 40)).toBe(P.maxAccountDelaySeconds);
    // Once the delay since the account's last failure has passed, it may try again.
    expect(waitSeconds(stats({ pairTimes: [NOW - 100], accountCount: P.accountFailures + 3, accountLast: NOW - 9 }))).toBe(0);
  });
});
