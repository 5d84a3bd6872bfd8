import { describe, expect, it } from 'vitest';
import '../../src/main/container.js';
import { STATUS_BY_KIND } from '../../src/http/plugins/error-handler.js';
import { declaredErrors } from '../../src/platform/errors/index.js';

/**
 * The README promises that the letter of a code tells a client what happened: every N-code is a
 * 404, every B-code a 4xx the client can fix, U 401, F 403, R 429, I 5xx.
 */
const STATUS_BY_LETTER: Record<string, (status: number) => boolean> = {
  N: (s) => s === 404,
  B: (s) => s >= 400 && s < 500 && s !== 401 && s !== 403 && s !== 404 && s !== 429,
  U: (s) => s === 401,
  F: (s) => s === 403,
  R: (s) => s === 429,
  I: (s) => s >= 500,
};

describe('error catalogue', () => {
  it('every code answers the status its letter promises', () => {
    const codes = declaredErrors();
    expect(codes.length).toBeGreaterThan(50);
    const wrong = codes
      .filter((e) => /^[A-Z]\d{6}$/.test(e.code))
      .filter((e) => !(STATUS_BY_LETTER[e.code[0]] ?? (() => true))(STATUS_BY_KIND[e.kind]))
      .map((e) => `${e.namespace ? e.namespace + '.' : ''}${e.code}: ${e.kind} (${STATUS_BY_KIND[e.kind]})`);
    expect(wrong).toEqual([]);
  });
});
