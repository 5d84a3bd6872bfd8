import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertMinor, currencySymbol, formatDecimal, minorDigits, toMinor } from './money.js';

describe('money', () => {
  it('knows minor units', () => {
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(toMinor(12.345, 'EUR')).toBe(1235);
    expect(formatDecimal(1999, 'EUR')).toBe('19.99');
    expect(formatDecimal(5, 'TRY')).toBe('0.05');
    expect(currencySymbol('EUR')).toBe('€');
  });

  it('converting there and back stays within one minor unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0.05, max: 50, noNaN: true }), (amount, rate) => {
        const there = convertMinor(amount, { currency: 'EUR', rate: 1 }, { currency: 'SEK', rate });
        const back = convertMinor(there, { currency: 'SEK', rate }, { currency: 'EUR', rate: 1 });
        return Math.abs(back - amount) <= Math.ceil(1 / rate);
      }),
    );
  });
});
