/**
 * Password rules after NIST SP 800-63B §5.1.1.2: a minimum length (stricter for staff), no
 * composition rules, no expiry, and a check against passwords known to be common or breached
 * and against the account's own e-mail. Pure: the caller turns a problem into an error.
 */
import { readFileSync } from 'node:fs';
import type { Role } from '../../platform/context.js';

/** Minimum length in characters (code points) per kind of account. */
export const PASSWORD_MIN_LENGTH = { customer: 8, staff: 12 } as const;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem =
  { kind: 'too_short'; min: number } | { kind: 'too_long'; max: number } | { kind: 'whitespace' } | { kind: 'common' } | { kind: 'email' };

let common: Set<string> | null = null;

/**
 * The shipped list (`common-passwords.txt`: 5,000 most common passwords of 8+ characters from
 * zxcvbn-ts, MIT), loaded on first use.
 */
function commonPasswords(): Set<string> {
  if (!common) {
    const text = readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8');
    common = new Set(text.split('\n').filter((l) => l && !l.startsWith('#')));
  }
  return common;
}

export function minPasswordLength(role: Role): number {
  return role === 'customer' ? PASSWORD_MIN_LENGTH.customer : PASSWORD_MIN_LENGTH.staff;
}

/** The first rule a new password breaks, or null. */
export function checkPassword(password: string, account: { role: Role; email: string }): PasswordProblem | null {
  const length = [...password].length;
  const min = minPasswordLength(account.role);
  if (password.trim() === '') return { kind: 'whitespace' };
  if (length < min) return { kind: 'too_short', min };
  if (length > PASSWORD_MAX_LENGTH) return { kind: 'too_long', max: PASSWORD_MAX_LENGTH };
  const folded = password.trim().toLowerCase();
  const email = account.email.trim().toLowerCase();
  const local = email.split('@')[0];
  if (folded === email || folded === local) return { kind: 'email' };
  if (commonPasswords().has(folded)) return { kind: 'common' };
  return null;
}
