import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { OutboundError, outboundRequest, type OutboundErrorCode } from '../../platform/outbound-http/index.js';
import { CircuitBreaker } from './circuit-breaker.js';
import type { DiligenceSettingsValue } from './diligence.settings.js';
import type { CheckSubject, DiligenceProvider, ProviderOutcome } from './provider.js';

type ExternalConfig = NonNullable<DiligenceSettingsValue['external']>;

/** What the external service answers (README "External checking service"). */
const ExternalAnswer = z.object({
  fraud: z.object({ result: z.enum(['Passed', 'Failed', 'Caution']), certId: z.string().max(200).optional() }).optional(),
  fmip: z.object({ result: z.enum(['Activated', 'NotActivated', 'Lost']), certId: z.string().max(200).optional() }).optional(),
});

class AttemptError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

/** Breakers per tenant and service URL, kept by the module for the life of the process. */
export class BreakerRegistry {
  private readonly breakers = new Map<string, CircuitBreaker>();
  get(tenantId: number, cfg: ExternalConfig): CircuitBreaker {
    const key = `${tenantId}\u0000${cfg.url}\u0000${cfg.breakerThreshold}\u0000${cfg.breakerResetMs}`;
    let b = this.breakers.get(key);
    if (!b) {
      b = new CircuitBreaker({ failureThreshold: cfg.breakerThreshold, resetMs: cfg.breakerResetMs });
      this.breakers.set(key, b);
    }
    return b;
  }
}

/** Bytes of a service's answer read at most; the two results need far less. */
export const MAX_ANSWER_BYTES = 16 * 1024;

/** Outbound failures worth another attempt (the service may answer next time). */
const RETRYABLE: ReadonlySet<OutboundErrorCode> = new Set(['timeout', 'network', 'dns_failed']);

async function attempt(
  cfg: ExternalConfig,
  subject: CheckSubject,
  kinds: readonly string[],
  signal: AbortSignal,
  allowPrivate: boolean,
): Promise<z.infer<typeof ExternalAnswer>> {
  let res;
  try {
    res = await outboundRequest(cfg.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-api-key': cfg.apiKey },
      body: JSON.stringify({
        itemIdentifier: subject.itemIdentifier,
        modelId: subject.variant.id,
        manufacturer: subject.variant.manufacturerKey,
        productName: subject.variant.productName,
        checks: kinds,
      }),
      timeoutMs: cfg.timeoutMs,
      signal,
      maxResponseBytes: MAX_ANSWER_BYTES,
      oversize: 'refuse',
      redirects: 'refuse',
      allowPrivate,
    });
  } catch (err) {
    if (!(err instanceof OutboundError)) throw new AttemptError(`network error: ${String(err)}`, true);
    if (err.code === 'timeout') throw new AttemptError(`timeout after ${cfg.timeoutMs} ms`, true);
    if (err.code === 'aborted') throw new AttemptError('time budget exhausted', false);
    throw new AttemptError(`${err.code}: ${err.message}`, RETRYABLE.has(err.code));
  }
  if (res.status >= 500) throw new AttemptError(`service answered ${res.status}`, true);
  if (res.status !== 200) throw new AttemptError(`service answered ${res.status}`, false);
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    throw new AttemptError('service answered invalid JSON', false);
  }
  const parsed = ExternalAnswer.safeParse(body);
  if (!parsed.success) throw new AttemptError('service answered an unexpected shape', false);
  return parsed.data;
}

/**
 * Adapter for an external checking service configured per tenant: URL, key, per-attempt
 * timeout, retries (network errors, timeouts, 5xx) and a circuit breaker. Calls go through the
 * guarded outbound client: `https` to public addresses only unless the tenant's
 * `development.allowPrivateOutbound` is on (`allowPrivate`), no redirects, at most
 * {@link MAX_ANSWER_BYTES} read. Any failure becomes an
 * Error result for each configured kind; it never throws past the runner.
 */
export function externalProvider(cfg: ExternalConfig, breakers: BreakerRegistry, tenantId: number, allowPrivate = false): DiligenceProvider {
  const kinds = cfg.checks;
  return {
    name: cfg.name,
    kinds,
    async check(ctx: Ctx, subject: CheckSubject, signal: AbortSignal): Promise<ProviderOutcome[]> {
      // FMIP questions go to the service only for Apple devices; others are NotApplicable elsewhere.
      const asked = kinds.filter((k) => k === 'fraud' || subject.variant.manufacturerKey === 'apple');
      if (asked.length === 0) return [];
      const errors = (detail: string): ProviderOutcome[] => asked.map((kind) => ({ kind, result: 'Error', detail }) as ProviderOutcome);
      const breaker = breakers.get(tenantId, cfg);
      if (!breaker.tryAcquire(ctx.clock.now().getTime())) return errors('circuit open');
      let lastError = 'no attempt';
      for (let i = 0; i <= cfg.retries; i++) {
        if (signal.aborted) break;
        try {
          const answer = await attempt(cfg, subject, asked, signal, allowPrivate);
          breaker.success();
          return asked.map((kind): ProviderOutcome => {
            if (kind === 'fraud') {
              return answer.fraud
                ? { kind, result: answer.fraud.result, certId: answer.fraud.certId }
                : { kind, result: 'Error', detail: 'service gave no fraud result' };
            }
            return answer.fmip
              ? { kind, result: answer.fmip.result, certId: answer.fmip.certId }
              : { kind, result: 'Error', detail: 'service gave no FMIP result' };
          });
        } catch (err) {
          lastError = (err as Error).message;
          if (!(err instanceof AttemptError) || !err.retryable) break;
        }
      }
      breaker.failure(ctx.clock.now().getTime());
      return errors(lastError);
    },
  };
}
