/** What a secret in tenant settings reads as when shown back to an admin. */
export const REDACTED = '********';

const SECRET_KEY = /(api_?key|secret|password|token)$/i;

/** A copy of tenant settings with every secret value (API keys, shared secrets) masked. */
export function redactSettings<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => redactSettings(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = SECRET_KEY.test(k) && typeof v === 'string' && v !== '' ? REDACTED : redactSettings(v);
    }
    return out as T;
  }
  return value;
}

/**
 * Applies a settings patch where the masked marker means "keep the stored secret", so an admin
 * can send back what they were shown without erasing the secret.
 */
export function restoreRedacted(patch: unknown, current: unknown): unknown {
  if (patch === REDACTED) return current;
  if (patch && typeof patch === 'object' && !Array.isArray(patch)) {
    const base = current && typeof current === 'object' && !Array.isArray(current) ? (current as Record<string, unknown>) : {};
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(patch)) out[k] = restoreRedacted(v, base[k]);
    return out;
  }
  return patch;
}
