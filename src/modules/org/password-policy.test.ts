import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.js';

const customer = { role: 'customer' as const, email: 'ayse.yilmaz@example.com' };
const admin = { role: 'admin' as const, email: 'root@example.com' };

describe('checkPassword (NIST 800-63B)', () => {
  it('needs 8 characters for customers and 12 for staff, counted in code points', () => {
    expect(checkPassword('kedi-7x', customer)).toEqual({ kind: 'too_short', min: 8 });
    expect(checkPassword('kedi-7xq', customer)).toBeNull();
    expect(checkPassword('kedi-7xq-abc', admin)).toBeNull();
    expect(checkPassword('kedi-7xq-ab', admin)).toEqual({ kind: 'too_short', min: 12 });
    expect(checkPassword('😀😀😀😀😀😀😀', customer)).toEqual({ kind: 'too_short', min: 8 });
    expect(checkPassword('x'.repeat(201), customer)).toEqual({ kind: 'too_long', max: 200 });
  });

  it('refuses common and breached-style passwords, whatever the case', () => {
    for (const pw of ['password', '12345678', 'PassWord', 'qwertyuiop', 'iloveyou']) expect(checkPassword(pw, customer)).toEqual({ kind: 'common' });
    expect(checkPassword('correct horse battery', customer)).toBeNull();
  });

  it('refuses the e-mail, its local part and an all-whitespace password', () => {
    expect(checkPassword('Ayse.Yilmaz@example.com', customer)).toEqual({ kind: 'email' });
    expect(checkPassword('ayse.yilmaz', customer)).toEqual({ kind: 'email' });
    expect(checkPassword('        ', customer)).toEqual({ kind: 'whitespace' });
    expect(checkPassword(' \t  \n   \u00a0 ', admin)).toEqual({ kind: 'whitespace' });
  });
});
