import { describe, expect, it } from 'vitest';
import { FailureThrottle } from './failure-throttle.js';

describe('FailureThrottle', () => {
  it('blocks a key after `limit` failures until its window ends', () => {
    const t = new FailureThrottle({ limit: 3, windowMs: 60_000, capacity: 10 });
    for (let i = 0; i < 3; i++) {
      expect(t.retryAfterSeconds('a', 1000)).toBe(0);
      t.fail('a', 1000);
    }
    expect(t.retryAfterSeconds('a', 1000)).toBe(60);
    expect(t.retryAfterSeconds('b', 1000)).toBe(0);
    expect(t.retryAfterSeconds('a', 61_000)).toBe(0);
  });

  it('forgets the oldest key beyond its capacity', () => {
    const t = new FailureThrottle({ limit: 1, windowMs: 60_000, capacity: 2 });
    t.fail('a', 0);
    t.fail('b', 0);
    t.fail('c', 0);
    expect(t.retryAfterSeconds('a', 1)).toBe(0);
    expect(t.retryAfterSeconds('b', 1)).toBeGreaterThan(0);
    expect(t.retryAfterSeconds('c', 1)).toBeGreaterThan(0);
  });
});
