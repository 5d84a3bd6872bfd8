import crypto from 'node:crypto';
import { outboundRequest } from '../../platform/outbound-http/index.js';

/** `sha256=<hex>` HMAC-SHA256 of `timestamp.body`, the value of `x-tradein-signature`. */
export function signBackendBody(secret: string, timestamp: string, body: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Checks a signature in constant time (for receivers and tests). */
export function verifyBackendSignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signBackendBody(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

export interface BackendCall {
  url: string;
  secret: string | null;
  timeoutMs: number;
  /** Stable per effect; receivers dedupe on it (`x-tradein-delivery`). */
  deliveryId: string;
  event: string;
  payload: Record<string, unknown>;
  now: Date;
  /** The tenant's `development.allowPrivateOutbound`: `http` and private/loopback targets allowed. */
  allowPrivate: boolean;
}

/** Bytes of the backend's answer read at most (only its status matters). */
const MAX_ANSWER_BYTES = 4096;

/**
 * POSTs a signed JSON event through the guarded outbound client (`https` to public addresses
 * unless `allowPrivate`, no redirects followed, time and size caps). Resolves on a 2xx answer;
 * throws otherwise — an `OutboundError` with a stable code when the call was refused or
 * failed (the outbox retries, the synchronous mode refuses the decision).
 */
export async function postToBackend(call: BackendCall): Promise<void> {
  const body = JSON.stringify({ event: call.event, delivery_id: call.deliveryId, data: call.payload });
  const timestamp = String(Math.floor(call.now.getTime() / 1000));
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-tradein-event': call.event,
    'x-tradein-delivery': call.deliveryId,
    'x-tradein-timestamp': timestamp,
  };
  if (call.secret) headers['x-tradein-signature'] = signBackendBody(call.secret, timestamp, body);
  const res = await outboundRequest(call.url, {
    method: 'POST',
    headers,
    body,
    timeoutMs: call.timeoutMs,
    maxResponseBytes: MAX_ANSWER_BYTES,
    redirects: 'refuse',
    allowPrivate: call.allowPrivate,
  });
  if (res.status < 200 || res.status >= 300) throw new Error(`backend answered ${res.status}`);
}
