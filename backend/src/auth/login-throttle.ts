export interface ThrottleOptions {
  maxFailures: number;
  windowMs: number;
}

/**
 * Counts failed sign-ins per key (email + client IP) in a sliding window, in this process's memory:
 * a restart forgets it, and several app processes would each count on their own (see docs/api-auth.md).
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly options: ThrottleOptions = { maxFailures: 5, windowMs: 15 * 60_000 },
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.options.windowMs;
    const times = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (times.length > 0) this.failures.set(key, times);
    else this.failures.delete(key);
    return times;
  }

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfterSeconds(key: string): number {
    const times = this.recent(key);
    if (times.length < this.options.maxFailures) return 0;
    const oldestCounted = times[times.length - this.options.maxFailures];
    return Math.max(1, Math.ceil((oldestCounted + this.options.windowMs - this.now()) / 1000));
  }

  fail(key: string): void {
    const times = this.recent(key);
    times.push(this.now());
    this.failures.set(key, times);
    // Bound the memory an attacker cycling through emails can take.
    if (this.failures.size > 10_000) {
      for (const k of this.failures.keys()) {
        this.recent(k);
        if (this.failures.size <= 5_000) break;
      }
    }
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }
}
