import { describe, expect, it } from 'vitest';
import { co2SavingKg, CO2_SAVING_KG_DEFAULT } from './co2.js';
import { normalizeIdentifier, tradeInRefProblem } from './trade-in-ref.js';

describe('TradeInRef rules', () => {
  it('accepts no reference and ordinary references', () => {
    expect(tradeInRefProblem(null)).toBeNull();
    expect(tradeInRefProblem(undefined)).toBeNull();
    expect(tradeInRefProblem('POS-123')).toBeNull();
    expect(tradeInRefProblem('x'.repeat(100))).toBeNull();
  });
  it('refuses short, long and spaced references with their codes', () => {
    expect(tradeInRefProblem('ab')).toBe('B090063');
    expect(tradeInRefProblem('')).toBe('B090063');
    expect(tradeInRefProblem('x'.repeat(101))).toBe('B090060');
    expect(tradeInRefProblem('POS 123')).toBe('B090059');
    expect(tradeInRefProblem('a b')).toBe('B090059');
  });
  it('normalizes identifiers', () => {
    expect(normalizeIdentifier(' 35 5358-080543351 ')).toBe('355358080543351');
    expect(normalizeIdentifier('c02xk1abjg5h')).toBe('C02XK1ABJG5H');
  });
});

describe('CO2 saving estimate', () => {
  it('is larger for bigger devices and has a fallback', () => {
    expect(co2SavingKg('laptops')).toBeGreaterThan(co2SavingKg('tablets'));
    expect(co2SavingKg('tablets')).toBeGreaterThan(co2SavingKg('mobiles'));
    expect(co2SavingKg('mobiles')).toBeGreaterThan(co2SavingKg('watches'));
    expect(co2SavingKg('consoles')).toBe(CO2_SAVING_KG_DEFAULT);
    expect(co2SavingKg(null)).toBe(CO2_SAVING_KG_DEFAULT);
  });
});
