import { createHmac, timingSafeEqual } from 'node:crypto';

/** A verified webhook event: `{ type, timestamp, data }`. */
export interface TradeinWebhookEvent<T = Record<string, unknown>> {
  type: string;
  timestamp: string;
  data: T;
}

/**
 * Verifies a Tradein webhook delivery (Standard Webhooks 1.0): the `webhook-signature` must hold a
 * `v1,` HMAC-SHA256 of `id.timestamp.body` under the endpoint secret (`whsec_…`), and the
 * timestamp must be within `toleranceSeconds` of now. Pass the raw body, exactly as received.
 * Throws on any mismatch; returns the parsed event. Deduplicate on `webhook-id`.
 */
export function verifyWebhook<T = Record<string, unknown>>(
  secret: string,
  rawBody: string,
  headers: Record<string, string | string[] | undefined>,
  options: { toleranceSeconds?: number; now?: Date } = {},
): TradeinWebhookEvent<T> {
  const header = (name: string) => {
    const v = headers[name] ?? headers[name.toLowerCase()];
    return Array.isArray(v) ? v[0] : v;
  };
  const id = header('webhook-id');
  const timestamp = header('webhook-timestamp');
  const signatures = header('webhook-signature');
  if (!id || !timestamp || !signatures) throw new Error('Missing webhook-id, webhook-timestamp or webhook-signature');
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const ts = Number(timestamp);
  if (!Number.isInteger(ts) || Math.abs(now - ts) > (options.toleranceSeconds ?? 300)) throw new Error('Webhook timestamp outside the tolerance');
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${rawBody}`).digest();
  const ok = signatures.split(' ').some((entry) => {
    const [version, value] = entry.split(',');
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!ok) throw new Error('Webhook signature does not match');
  return JSON.parse(rawBody) as TradeinWebhookEvent<T>;
}
