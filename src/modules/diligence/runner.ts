import type { Ctx } from '../../platform/context.js';
import type { CheckSubject, DiligenceProvider, ProviderResult } from './provider.js';

/**
 * Runs every provider concurrently under one time budget. A provider that throws or has not
 * answered when the budget runs out yields an Error result for each kind it checks (its
 * signal is aborted so it can stop); the run never waits longer than the budget.
 */
export async function runProviders(ctx: Ctx, providers: readonly DiligenceProvider[], subject: CheckSubject, budgetMs: number): Promise<ProviderResult[]> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), budgetMs);
  });
  const errorRows = (p: DiligenceProvider, detail: string): ProviderResult[] =>
    p.kinds.map((kind) => ({ kind, provider: p.name, result: 'Error', certId: null, detail, checkedAt: ctx.clock.now() }));
  try {
    const settled = await Promise.all(
      providers.map(async (p): Promise<ProviderResult[]> => {
        try {
          const outcome = await Promise.race([p.check(ctx, subject, controller.signal), deadline]);
          if (outcome === 'timeout') return errorRows(p, `no answer within ${budgetMs} ms`);
          return outcome.map((o) => ({
            kind: o.kind,
            provider: p.name,
            result: o.result,
            certId: o.certId ?? null,
            detail: o.detail ?? null,
            checkedAt: ctx.clock.now(),
          }));
        } catch (err) {
          return errorRows(p, err instanceof Error ? err.message.slice(0, 300) : 'provider failed');
        }
      }),
    );
    return settled.flat();
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
