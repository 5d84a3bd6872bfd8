import { describe, expect, it } from 'vitest';
import { allocateTradeInDiscounts, isCancellable, isRefundable, orderNumber } from './order-math.js';

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
