import { z } from 'zod';
import type { DataField, ExternalValidation } from './datafields.types.js';

export type ExternalOutcome = { kind: 'accepted' } | { kind: 'refused'; message: string | null } | { kind: 'failed'; message: string };

const Answer = z.object({ valid: z.boolean(), message: z.string().max(500).nullish() });

/**
 * Asks a field's external validator about a value: `POST url` with `x-api-key` and JSON
 * `{ dataFieldId, dataFieldName, value }`; it answers 200 `{ valid, message? }`. Anything else
 * (timeout, network error, other status, other shape) is a failure, never an acceptance.
 */
export async function validateExternally(cfg: ExternalValidation, field: Pick<DataField, 'id' | 'name'>, value: string): Promise<ExternalOutcome> {
  let res: Response;
  try {
    res = await fetch(cfg.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(cfg.apiKey ? { 'x-api-key': cfg.apiKey } : {}) },
      body: JSON.stringify({ dataFieldId: field.id, dataFieldName: field.name, value }),
      signal: AbortSignal.timeout(cfg.timeoutMs),
      redirect: 'error',
    });
  } catch (err) {
    return { kind: 'failed', message: (err as Error).name === 'TimeoutError' ? `no answer within ${cfg.timeoutMs} ms` : 'service unreachable' };
  }
  if (res.status !== 200) {
    await res.body?.cancel();
    return { kind: 'failed', message: `service answered ${res.status}` };
  }
  let parsed;
  try {
    parsed = Answer.safeParse(await res.json());
  } catch {
    return { kind: 'failed', message: 'service answered invalid JSON' };
  }
  if (!parsed.success) return { kind: 'failed', message: 'service answered an unexpected shape' };
  return parsed.data.valid ? { kind: 'accepted' } : { kind: 'refused', message: parsed.data.message ?? null };
}
