import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds } from './input-guards.js';
import { findHostileValue, INT4_MAX } from './validation.js';

describe('jsonDepthExceeds', () => {
  it('counts nesting of arrays and objects, not brackets inside strings', () => {
    expect(jsonDepthExceeds('[[[]]]', 3)).toBe(false);
    expect(jsonDepthExceeds('[[[[]]]]', 3)).toBe(true);
    expect(jsonDepthExceeds('{"a":{"b":{"c":1}}}', 3)).toBe(false);
    expect(jsonDepthExceeds('{"a":"[[[[[[[[{{{{"}', 2)).toBe(false);
    expect(jsonDepthExceeds('{"a":"\\"[[[[[[["}', 2)).toBe(false);
    expect(jsonDepthExceeds('[1,[2],[3],[4]]', 2)).toBe(false);
  });

  it('answers a million levels in one pass', () => {
    expect(jsonDepthExceeds('['.repeat(1_000_000) + ']'.repeat(1_000_000), 64)).toBe(true);
  });
});

describe('findHostileValue', () => {
  it('names the first value no column can hold', () => {
    expect(findHostileValue({ a: [1, { b: 'x\u0000' }] })).toEqual({ path: ['a', 1, 'b'], reason: 'nul_character' });
    expect(findHostileValue({ id: INT4_MAX + 1 })).toMatchObject({ path: ['id'], reason: 'int_out_of_range' });
    expect(findHostileValue({ id: -INT4_MAX })).toBeNull();
    expect(findHostileValue({ price: 12.5 })).toBeNull();
    expect(findHostileValue({ d: new Date('-271821-04-20T00:00:00Z') })).toMatchObject({ reason: 'date_out_of_range' });
    expect(findHostileValue({ d: new Date('2026-06-01T00:00:00Z') })).toBeNull();
    expect(findHostileValue({ s: 'ok 😀', t: '\ud800' })).toMatchObject({ path: ['t'], reason: 'invalid_unicode' });
    expect(findHostileValue({ ['k\u0000']: 1 })).toMatchObject({ reason: 'nul_character' });
  });
});
