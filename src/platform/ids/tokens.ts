import crypto from 'node:crypto';

/** A URL-safe random secret of `bytes` random bytes (32 by default). */
export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

/** Hex SHA-256; secrets (API keys, session ids) are stored only as this hash. */
export function sha256(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

export function hmac(secret: string, text: string): string {
  return crypto.createHmac('sha256', secret).update(text).digest('base64url');
}

/** Constant-time comparison of two strings. */
export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

/**
 * A compact signed token `base64url(json).signature` that carries its own expiry. Used for
 * download links and email links; never guessable, tamper-evident.
 */
export function signToken(secret: string, payload: Record<string, unknown>, expiresAt: Date): string {
  const body = Buffer.from(JSON.stringify({ ...payload, exp: Math.floor(expiresAt.getTime() / 1000) })).toString('base64url');
  return `${body}.${hmac(secret, body)}`;
}

/** Returns the payload of a valid, unexpired token, or null. */
export function verifyToken<T extends Record<string, unknown>>(secret: string, token: string, now: Date): T | null {
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return null;
  const body = token.slice(0, dot);
  const sig = token.slice(dot + 1);
  if (!safeEqual(sig, hmac(secret, body))) return null;
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as T & { exp?: number };
    if (typeof payload.exp !== 'number' || payload.exp * 1000 < now.getTime()) return null;
    return payload;
  } catch {
    return null;
  }
}
