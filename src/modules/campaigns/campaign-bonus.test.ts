import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBonus, statusAt } from './campaign-bonus.js';
import type { Offer } from './campaigns.schemas.js';

const grade = { key: 'working', names: ['Working', 'Fungerande'] };
const flat = (amount: number, offerType: 'Device' | 'Deal', g = ''): Offer => ({ amount, offerCode: '', adjustmentType: 'Flat', grade: g, offerType });

describe('campaign bonus', () => {
  it('Sum adds every offer by type; Max keeps only the largest', () => {
    const offers = [flat(20, 'Device'), flat(50, 'Deal'), { ...flat(10, 'Device'), adjustmentType: 'Percent' as const }];
    const input = { grade, deviceValueMinor: 40000, minorPerMajor: 100 };
    expect(computeBonus('Sum', offers, input)).toMatchObject({ deviceBonusMinor: 2000 + 4000, dealBonusMinor: 5000 });
    expect(computeBonus('Max', offers, input)).toMatchObject({ deviceBonusMinor: 0, dealBonusMinor: 5000 });
  });

  it('grade-limited offers apply only to that grade (by key or translated name)', () => {
    const offers = [flat(20, 'Device', 'excellent'), flat(5, 'Device', 'fungerande')];
    expect(computeBonus('Sum', offers, { grade, deviceValueMinor: 100, minorPerMajor: 100 }).deviceBonusMinor).toBe(500);
  });

  it('property: Max never exceeds Sum and nothing is negative', () => {
    const arbOffer = fc.record({
      amount: fc.integer({ min: 0, max: 1000 }),
      offerCode: fc.constant(''),
      adjustmentType: fc.constantFrom('Flat', 'Percent' as const),
      grade: fc.constantFrom('', 'working', 'excellent'),
      offerType: fc.constantFrom('Device', 'Deal' as const),
    });
    fc.assert(
      fc.property(fc.array(arbOffer, { maxLength: 8 }), fc.integer({ min: 0, max: 10_000_000 }), (offers, v) => {
        const input = { grade, deviceValueMinor: v, minorPerMajor: 100 };
        const s = computeBonus('Sum', offers, input);
        const m = computeBonus('Max', offers, input);
        expect(m.deviceBonusMinor + m.dealBonusMinor).toBeLessThanOrEqual(s.deviceBonusMinor + s.dealBonusMinor);
        expect(Math.min(s.deviceBonusMinor, s.dealBonusMinor, m.deviceBonusMinor, m.dealBonusMinor)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('status follows the clock', () => {
    const c = { activeFrom: new Date('2026-01-01T00:00:00Z'), activeTo: new Date('2026-01-31T23:59:59Z') };
    expect(statusAt(c, new Date('2025-12-31T23:59:59Z'))).toBe('Upcoming');
    expect(statusAt(c, new Date('2026-01-01T00:00:00Z'))).toBe('Active');
    expect(statusAt(c, new Date('2026-01-31T23:59:59Z'))).toBe('Active');
    expect(statusAt(c, new Date('2026-02-01T00:00:00Z'))).toBe('Expired');
  });
});
