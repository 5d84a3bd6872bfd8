import { describe, expect, it } from 'vitest';
import {
  allocateTradeInDiscounts,
  formatTaxRate,
  isCancellable,
  isRefundable,
  orderLanguageCode,
  orderNumber,
  taxRateBp,
  tradeInAmountDue,
} from './order-math.js';

describe('allocateTradeInDiscounts', () => {
  it('deducts each trade-in in full while the total covers it', () => {
    expect(allocateTradeInDiscounts(100_00, [30_00, 20_00])).toEqual([30_00, 20_00]);
  });
  it('never takes the total below zero', () => {
    expect(allocateTradeInDiscounts(100_00, [80_00, 50_00, 10_00])).toEqual([80_00, 20_00, 0]);
  });
  it('ignores negative values and a zero subtotal', () => {
    expect(allocateTradeInDiscounts(0, [10_00])).toEqual([0]);
    expect(allocateTradeInDiscounts(50_00, [-5_00, 10_00])).toEqual([0, 10_00]);
  });
});

describe('item state', () => {
  it('cancellable until shipped, refundable once delivered', () => {
    expect(isCancellable('400', 1)).toBe(true);
    expect(isCancellable('500', 1)).toBe(false);
    expect(isCancellable('100', 1)).toBe(false);
    expect(isCancellable('400', 0)).toBe(false);
    expect(isRefundable('550', 1)).toBe(true);
    expect(isRefundable('400', 1)).toBe(false);
  });
  it('order numbers have 16 digits', () => {
    expect(orderNumber(new Date('2026-06-01T10:00:00Z'), () => 0.5)).toMatch(/^\d{16}$/);
  });
});

describe('orderLanguageCode', () => {
  it('writes language and region lower-case as seed 002 does', () => {
    expect(orderLanguageCode(undefined, 'tr')).toBe('tr-tr');
    expect(orderLanguageCode('en', 'tr')).toBe('en-us');
    expect(orderLanguageCode('sv-SE', 'en')).toBe('sv-se');
    expect(orderLanguageCode('de_AT', 'en')).toBe('de-at');
    expect(orderLanguageCode('fr', 'en')).toBe('fr-fr');
  });
});

describe('tax rates', () => {
  it('round-trips percentages through basis points', () => {
    expect(taxRateBp('18')).toBe(1800);
    expect(taxRateBp(7.5)).toBe(750);
    expect(formatTaxRate(taxRateBp('20.00'))).toBe('20.00');
  });
});

describe('tradeInAmountDue', () => {
  it('approved below the discount: the difference is due', () => {
    expect(tradeInAmountDue('approved', 250_00, 180_00)).toBe(70_00);
  });
  it('approved at or above the discount (e.g. a capped discount): nothing is due', () => {
    expect(tradeInAmountDue('approved', 100_00, 180_00)).toBe(0);
    expect(tradeInAmountDue('approved', 250_00, 250_00)).toBe(0);
  });
  it('rejected: the whole discount is due', () => {
    expect(tradeInAmountDue('rejected', 250_00, 180_00)).toBe(250_00);
    expect(tradeInAmountDue('rejected', 0, 180_00)).toBe(0);
  });
});
