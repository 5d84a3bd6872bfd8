import { describe, expect, it } from 'vitest';
import { appleSerialShape, imeiFromTac, imeiShape, isValidImei, luhnCheckDigit, tacOf } from './identifiers.js';

describe('Luhn / IMEI', () => {
  it('accepts known valid IMEIs and rejects a changed digit', () => {
    expect(isValidImei('490154203237518')).toBe(true);
    expect(isValidImei('356938035643809')).toBe(true);
    expect(isValidImei('490154203237517')).toBe(false);
    expect(isValidImei('356938035643808')).toBe(false);
  });
  it('rejects wrong shapes', () => {
    for (const s of ['', '49015420323751', '4901542032375180', '49015420323751a', ' 490154203237518']) expect(isValidImei(s)).toBe(false);
    expect(isValidImei(12345 as unknown as string)).toBe(false);
  });
  it('computes the check digit every single-digit change breaks', () => {
    const body = '35391110123456';
    const imei = `${body}${luhnCheckDigit(body)}`;
    expect(isValidImei(imei)).toBe(true);
    for (let i = 0; i < 14; i++) {
      const d = (Number(imei[i]) + 1) % 10;
      expect(isValidImei(imei.slice(0, i) + d + imei.slice(i + 1))).toBe(false);
    }
  });
  it('builds IMEIs from a TAC and reads the TAC back', () => {
    const imei = imeiFromTac('35391110', '123456');
    expect(imei).toHaveLength(15);
    expect(isValidImei(imei)).toBe(true);
    expect(tacOf(imei)).toBe('35391110');
    expect(tacOf('1234')).toBeNull();
    expect(() => imeiFromTac('123', '1')).toThrow();
  });
  it('recognizes IMEI shapes with separators', () => {
    expect(imeiShape('35-391110-123456-7')).toBe('353911101234567');
    expect(imeiShape('35 391110 123456 7')).toBe('353911101234567');
    expect(imeiShape('3539111012345')).toBeNull();
    expect(imeiShape('iphone 13')).toBeNull();
  });
});

describe('Apple serial shapes', () => {
  it('old 12-character serials carry a 4-character model code', () => {
    expect(appleSerialShape('C02XK1ZLJG5H')).toEqual({ format: 'legacy12', suffix: 'JG5H' });
    expect(appleSerialShape('f17vn8czhg7f')).toEqual({ format: 'legacy12', suffix: 'HG7F' });
  });
  it('old 11-character serials carry a 3-character model code', () => {
    expect(appleSerialShape('YM8290V1Y7H')).toEqual({ format: 'legacy11', suffix: 'Y7H' });
  });
  it('new 10-character serials are random', () => {
    expect(appleSerialShape('X9G7F2LQ4M')).toEqual({ format: 'random10', suffix: null });
  });
  it('does not take words, numbers, IMEIs or part numbers for serials', () => {
    for (const s of ['iphone', 'galaxys24ultra', '353911101234567', 'MT562QN/A', 'A2650', 'iphone 13 pro', '1234567890', 'ABCDEFGHJK', 'REDMINOTE13']) {
      expect(appleSerialShape(s)).toBeNull();
    }
  });
});
