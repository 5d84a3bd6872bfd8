import { describe, expect, it } from 'vitest';
import { checkValue, inScope, isIsoDate, scopeText, valueKey } from './value-rules.js';
import type { DataField } from './datafields.types.js';

const field = (templateType: DataField['templateType'], extra: Partial<DataField> = {}) => ({ templateType, regex: null, listOptions: [], ...extra });

describe('checkValue', () => {
  it('accepts any text up to 500 characters and refuses longer', () => {
    expect(checkValue(field('Text'), 'a'.repeat(500))).toBeNull();
    expect(checkValue(field('Text'), 'a'.repeat(501))).toEqual({ kind: 'too_long' });
    // characters, not UTF-16 units
    expect(checkValue(field('Text'), '😀'.repeat(500))).toBeNull();
  });

  it('checks numbers', () => {
    for (const ok of ['5555', '-3', '1.5', '1,5', '+7']) expect(checkValue(field('Number'), ok)).toBeNull();
    for (const bad of ['12a', '1.2.3', 'e5', '']) expect(checkValue(field('Number'), bad)).toEqual({ kind: 'not_numeric' });
  });

  it('checks e-mail, phone, date and checkbox values', () => {
    expect(checkValue(field('Email'), 'ada@example.com')).toBeNull();
    expect(checkValue(field('Email'), 'ada@example')).toEqual({ kind: 'type_mismatch' });
    expect(checkValue(field('Email'), 'ada example.com')).toEqual({ kind: 'type_mismatch' });
    expect(checkValue(field('Phone'), '+46 70-123 45 67')).toBeNull();
    expect(checkValue(field('Phone'), '12')).toEqual({ kind: 'type_mismatch' });
    expect(checkValue(field('Phone'), 'call me')).toEqual({ kind: 'type_mismatch' });
    expect(checkValue(field('Date'), '2026-02-28')).toBeNull();
    expect(checkValue(field('Date'), '2026-02-30')).toEqual({ kind: 'type_mismatch' });
    expect(checkValue(field('Date'), '28.02.2026')).toEqual({ kind: 'type_mismatch' });
    expect(checkValue(field('Checkbox'), 'true')).toBeNull();
    expect(checkValue(field('Checkbox'), 'FALSE')).toBeNull();
    expect(checkValue(field('Checkbox'), 'yes')).toEqual({ kind: 'type_mismatch' });
  });

  it('checks list options exactly', () => {
    const list = field('List', {
      listOptions: [
        { value: 'A', labels: {} },
        { value: 'B', labels: {} },
      ],
    });
    expect(checkValue(list, 'A')).toBeNull();
    expect(checkValue(list, 'a')).toEqual({ kind: 'unknown_option' });
  });

  it('anchors the regex to the whole value, after the type check', () => {
    const f = field('Text', { regex: '\\d{4}' });
    expect(checkValue(f, '1234')).toBeNull();
    expect(checkValue(f, '12345')).toEqual({ kind: 'regex', regex: '\\d{4}' });
    expect(checkValue(field('Number', { regex: '\\d{4}' }), 'abcd')).toEqual({ kind: 'not_numeric' });
  });
});

describe('valueKey', () => {
  it('normalizes what counts as the same value', () => {
    expect(valueKey(field('Text'), ' Ada ')).toBe(valueKey(field('Text'), 'ada'));
    expect(valueKey(field('Phone'), '+46 70-123')).toBe('+4670123');
    expect(valueKey(field('Number'), '1,5')).toBe('1.5');
  });
});

describe('scope', () => {
  it('renders and applies the seed scope', () => {
    expect(scopeText({ scopeCorporate: true, scopePrivate: true })).toBe('Corporate, Private');
    expect(scopeText({ scopeCorporate: true, scopePrivate: false })).toBe('Corporate');
    expect(scopeText({ scopeCorporate: false, scopePrivate: false })).toBe('');
    expect(inScope({ scopeCorporate: true, scopePrivate: false }, false)).toBe(false);
    expect(inScope({ scopeCorporate: true, scopePrivate: false }, true)).toBe(true);
    expect(inScope({ scopeCorporate: false, scopePrivate: false }, false)).toBe(true);
  });

  it('knows calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });
});
