import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertMinor } from '../../platform/money/index.js';
import { computeBonus, type Offer } from '../campaigns/index.js';
import { calculateQuote, exchangeRate, type QuoteCalcInput } from './quote-calculator.js';
import { DEMO_EXCHANGE_RATES } from './pricing.settings.js';

const labels = { base: 'Base', floor: 'Floor', vat: 'VAT', rounding: 'Rounding' };
const CURRENCIES = ['EUR', 'SEK', 'AED', 'TRY', 'USD'] as const;

function input(p: Partial<QuoteCalcInput> = {}): QuoteCalcInput {
  return {
    baseMinor: 40000,
    baseCurrency: 'EUR',
    steps: [],
    extras: [],
    fmip: null,
    campaign: null,
    vat: { mode: 'none', ratePct: 25, business: false },
    display: { currency: 'EUR', rate: 1 },
    rounding: 'minor',
    labels,
    ...p,
  };
}

const arbScores = fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 6 });
const arbVat = fc.record({
  mode: fc.constantFrom('none', 'excluded', 'included', 'marginal' as const),
  ratePct: fc.integer({ min: 0, max: 30 }),
  business: fc.boolean(),
});
const arbDisplay = fc.constantFrom(...CURRENCIES).map((c) => ({ currency: c, rate: exchangeRate(DEMO_EXCHANGE_RATES, 'EUR', c)! }));
const arbOffer: fc.Arbitrary<Offer> = fc.record({
  amount: fc.integer({ min: 0, max: 500 }),
  offerCode: fc.constant(''),
  adjustmentType: fc.constantFrom('Flat', 'Percent' as const),
  grade: fc.constant(''),
  offerType: fc.constantFrom('Device', 'Deal' as const),
});

describe('calculateQuote', () => {
  it('seed example: all best answers keep the base price; the breakdown adds up', () => {
    const r = calculateQuote(input({ steps: [100, 100, 100, 100].map((f) => ({ label: 'q', factorPct: f })) }));
    expect(r.offeredMinor).toBe(40000);
    expect(r.offeredInclVatMinor).toBe(40000);
    expect(r.vatCoefficient).toBeNull();
  });

  it('property: the breakdown lines add up exactly to the offered price, which is never negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        arbScores,
        fc.integer({ min: -100, max: 100 }),
        fc.boolean(),
        arbVat,
        arbDisplay,
        fc.constantFrom('minor', 'major' as const),
        (base, scores, extraPct, fmip, vat, display, rounding) => {
          const r = calculateQuote(
            input({
              baseMinor: base,
              steps: scores.map((f) => ({ label: 'q', factorPct: f })),
              extras: [{ label: 'x', valuePct: extraPct }],
              fmip: fmip ? { label: 'f', deductionPct: 30 } : null,
              vat,
              display,
              rounding,
            }),
          );
          expect(r.breakdown.reduce((a, l) => a + l.amountMinor, 0)).toBe(r.offeredMinor);
          expect(r.offeredMinor).toBeGreaterThanOrEqual(0);
          expect(r.offeredInclVatMinor).toBeGreaterThanOrEqual(r.offeredMinor);
        },
      ),
    );
  });

  it('property: a worse answer never raises the price', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        arbScores,
        fc.nat(),
        fc.integer({ min: 1, max: 100 }),
        fc.boolean(),
        arbVat,
        arbDisplay,
        (base, scores, idx, drop, fmip, vat, display) => {
          const i = idx % scores.length;
          const worse = [...scores];
          worse[i] = Math.max(0, worse[i] - drop);
          const price = (s: number[]) =>
            calculateQuote(
              input({
                baseMinor: base,
                steps: s.map((f) => ({ label: 'q', factorPct: f })),
                fmip: fmip ? { label: 'f', deductionPct: 30 } : null,
                vat,
                display,
              }),
            ).offeredMinor;
          expect(price(worse)).toBeLessThanOrEqual(price(scores));
        },
      ),
    );
  });

  it('property: with a Max campaign the price never exceeds the Sum campaign price', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), arbScores, fc.array(arbOffer, { maxLength: 5 }), (base, scores, offers) => {
        const run = (strategy: 'Sum' | 'Max') =>
          calculateQuote(
            input({
              baseMinor: base,
              steps: scores.map((f) => ({ label: 'q', factorPct: f })),
              campaign: {
                label: 'c',
                bonus: (v) => computeBonus(strategy, offers, { grade: { key: 'working', names: ['Working'] }, deviceValueMinor: v, minorPerMajor: 100 }),
              },
            }),
          );
        const max = run('Max');
        const sum = run('Sum');
        expect(max.offeredMinor).toBeLessThanOrEqual(sum.offeredMinor);
        expect(max.deviceBonusInclVatMinor + max.dealBonusInclVatMinor).toBeLessThanOrEqual(sum.deviceBonusInclVatMinor + sum.dealBonusInclVatMinor);
      }),
    );
  });

  it('property: converting to a display currency and back stays within one minor unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.constantFrom(...CURRENCIES), (amount, cur) => {
        const eur = { currency: 'EUR', rate: 1 };
        const other = { currency: cur, rate: DEMO_EXCHANGE_RATES[cur] };
        const back = convertMinor(convertMinor(amount, eur, other), other, eur);
        expect(Math.abs(back - amount)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('VAT modes: excluded adds the coefficient, included shows the net price with a VAT line, marginal has no VAT for private sellers', () => {
    const ex = calculateQuote(input({ vat: { mode: 'excluded', ratePct: 25, business: false } }));
    expect([ex.offeredMinor, ex.offeredInclVatMinor, ex.vatCoefficient]).toEqual([40000, 50000, 1.25]);
    const inc = calculateQuote(input({ vat: { mode: 'included', ratePct: 25, business: false } }));
    expect([inc.offeredMinor, inc.offeredInclVatMinor]).toEqual([32000, 40000]);
    expect(inc.breakdown.find((l) => l.code === 'vat')?.amountMinor).toBe(-8000);
    const marginalPrivate = calculateQuote(input({ vat: { mode: 'marginal', ratePct: 25, business: false } }));
    expect([marginalPrivate.offeredMinor, marginalPrivate.vatCoefficient]).toEqual([40000, null]);
    const marginalBusiness = calculateQuote(input({ vat: { mode: 'marginal', ratePct: 25, business: true } }));
    expect(marginalBusiness.offeredMinor).toBe(32000);
  });

  it('rounds to whole units when configured and says so in a rounding line', () => {
    const r = calculateQuote(input({ baseMinor: 12345, rounding: 'major' }));
    expect(r.offeredMinor).toBe(12300);
    expect(r.breakdown.at(-1)).toEqual({ code: 'rounding', label: 'Rounding', amountMinor: -45 });
  });

  it('a negative extra cannot push the price below zero (floor line)', () => {
    const r = calculateQuote(input({ steps: [{ label: 'q', factorPct: 5 }], extras: [{ label: 'x', valuePct: -100 }] }));
    expect(r.offeredMinor).toBe(0);
    expect(r.breakdown.some((l) => l.code === 'floor')).toBe(true);
  });
});
