import { describe, expect, it } from '@jest/globals';
import { LoginThrottle } from './login-throttle.js';

describe('LoginThrottle', () => {
  const make = () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle({ maxFailures: 3, windowMs: 60_000 }, () => now);
    return { throttle, advance: (ms: number) => (now += ms) };
  };

  it('lets a key try until it has failed maxFailures times, then says how long to wait', () => {
    const { throttle, advance } = make();
    for (let i = 0; i < 3; i++) {
      expect(throttle.retryAfterSeconds('a|ip')).toBe(0);
      throttle.fail('a|ip');
      advance(1000);
    }
    // The first failure leaves the window 60 s after it happened; 3 s have passed.
    expect(throttle.retryAfterSeconds('a|ip')).toBe(57);
    expect(throttle.retryAfterSeconds('b|ip')).toBe(0);
  });

  it('forgets failures older than the window', () => {
    const { throttle, advance } = make();
    for (let i = 0; i < 3; i++) throttle.fail('a|ip');
    expect(throttle.retryAfterSeconds('a|ip')).toBeGreaterThan(0);
    advance(60_001);
    expect(throttle.retryAfterSeconds('a|ip')).toBe(0);
  });

  it('clears a key on success', () => {
    const { throttle } = make();
    throttle.fail('a|ip');
    throttle.fail('a|ip');
    throttle.succeed('a|ip');
    throttle.fail('a|ip');
    throttle.fail('a|ip');
    expect(throttle.retryAfterSeconds('a|ip')).toBe(0);
  });
});
