import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/index.js';
import { MAX_PERIOD_DAYS, resolvePeriod } from './period.js';

const now = new Date('2026-03-15T13:45:00Z');
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as AppError).code;
  }
  return null;
};

describe('resolvePeriod', () => {
  it('defaults to the last 30 days up to today, ends included', () => {
    const p = resolvePeriod({}, now);
    expect(p).toMatchObject({ from: '2026-02-14', to: '2026-03-15' });
    expect(p.days).toHaveLength(30);
    expect(p.start.toISOString()).toBe('2026-02-14T00:00:00.000Z');
    expect(p.end.toISOString()).toBe('2026-03-16T00:00:00.000Z');
  });

  it('one day is a period of one day', () => {
    expect(resolvePeriod({ from: '2026-01-01', to: '2026-01-01' }, now).days).toEqual(['2026-01-01']);
  });

  it('refuses a reversed period and one longer than the maximum', () => {
    expect(code(() => resolvePeriod({ from: '2026-02-02', to: '2026-02-01' }, now))).toBe('B960001');
    expect(resolvePeriod({ from: '2025-01-01', to: '2026-01-01' }, now).days).toHaveLength(MAX_PERIOD_DAYS);
    expect(code(() => resolvePeriod({ from: '2024-12-31', to: '2026-01-01' }, now))).toBe('B960002');
  });
});
