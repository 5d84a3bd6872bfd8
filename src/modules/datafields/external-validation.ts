import { z } from 'zod';
import { OutboundError, outboundRequest } from '../../platform/outbound-http/index.js';
import type { DataField, ExternalValidation } from './datafields.types.js';

export type ExternalOutcome = { kind: 'accepted' } | { kind: 'refused'; message: string | null } | { kind: 'failed'; message: string };

const Answer = z.object({ valid: z.boolean(), message: z.string().max(500).nullish() });

/** Bytes of a validator's answer read at most; `{ valid, message }` needs far less. */
export const MAX_ANSWER_BYTES = 16 * 1024;

/**
 * Asks a field's external validator about a value: `POST url` with `x-api-key` and JSON
 * `{ dataFieldId, dataFieldName, value }`; it answers 200 `{ valid, message? }`. The call goes
 * through the guarded outbound client (`https` to public addresses only unless the tenant's
 * `development.allowPrivateOutbound` is on, no redirects, at most {@link MAX_ANSWER_BYTES} read).
 * Anything else (refused target, redirect, oversize, timeout, network error, other status, other
 * shape) is a failure whose message starts with the stable outbound code — never an acceptance.
 */
export async function validateExternally(
  cfg: ExternalValidation,
  field: Pick<DataField, 'id' | 'name'>,
  value: string,
  options: { allowPrivate: boolean },
): Promise<ExternalOutcome> {
  let res;
  try {
    res = await outboundRequest(cfg.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(cfg.apiKey ? { 'x-api-key': cfg.apiKey } : {}) },
      body: JSON.stringify({ dataFieldId: field.id, dataFieldName: field.name, value }),
      timeoutMs: cfg.timeoutMs,
      maxResponseBytes: MAX_ANSWER_BYTES,
      oversize: 'refuse',
      redirects: 'refuse',
      allowPrivate: options.allowPrivate,
    });
  } catch (err) {
    if (!(err instanceof OutboundError)) return { kind: 'failed', message: 'network: service unreachable' };
    if (err.code === 'timeout') return { kind: 'failed', message: `no answer within ${cfg.timeoutMs} ms` };
    return { kind: 'failed', message: `${err.code}: ${err.message}` };
  }
  if (res.status !== 200) return { kind: 'failed', message: `service answered ${res.status}` };
  let parsed;
  try {
    parsed = Answer.safeParse(JSON.parse(res.body));
  } catch {
    return { kind: 'failed', message: 'service answered invalid JSON' };
  }
  if (!parsed.success) return { kind: 'failed', message: 'service answered an unexpected shape' };
  return parsed.data.valid ? { kind: 'accepted' } : { kind: 'refused', message: parsed.data.message ?? null };
}
