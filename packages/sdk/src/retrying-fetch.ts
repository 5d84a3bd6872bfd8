const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const RETRY_STATUS = new Set([429, 502, 503, 504]);

/**
 * A `fetch` that retries idempotent calls (GET, HEAD, OPTIONS, PUT, DELETE) on network errors and
 * on 429/502/503/504, with exponential back-off and jitter, honouring `Retry-After`. POSTs are
 * never retried: a price quote or a registration must not be made twice.
 */
export function retryingFetch(base: typeof fetch = fetch, retries = 2, baseDelayMs = 200): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const idempotent = IDEMPOTENT.has(request.method.toUpperCase());
    for (let attempt = 0; ; attempt++) {
      const last = !idempotent || attempt >= retries;
      try {
        const res = await base(request.clone());
        if (last || !RETRY_STATUS.has(res.status)) return res;
        await sleep(delay(attempt, baseDelayMs, res.headers.get('retry-after')));
      } catch (err) {
        if (last) throw err;
        await sleep(delay(attempt, baseDelayMs, null));
      }
    }
  };
}

function delay(attempt: number, base: number, retryAfter: string | null): number {
  const seconds = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : null;
  if (seconds !== null) return Math.min(seconds, 30) * 1000;
  return base * 2 ** attempt * (0.75 + Math.random() / 2);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
