/**
 * The only outbound HTTP of logistics: nShift Delivery (Unifaun) REST API calls with a timeout and
 * a response size cap. (To be switched to the platform's guarded HTTP client at merge.)
 */
export interface NshiftHttpOptions {
  baseUrl: string;
  apiKeyId: string;
  apiKeySecret: string;
  timeoutMs: number;
}

export class NshiftHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'NshiftHttpError';
  }
}

/** Largest response accepted (labels with inline PDFs are a few hundred kB). */
export const NSHIFT_MAX_RESPONSE_BYTES = 10 * 1024 * 1024;

async function readCapped(res: Response, cap: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      await reader.cancel();
      throw new NshiftHttpError(502, `response larger than ${cap} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Calls `method path` with the API key as Bearer `<id>-<secret>`; JSON in and out (null for 204). */
export async function nshiftRequest<T>(o: NshiftHttpOptions, method: 'GET' | 'POST' | 'DELETE', pathAndQuery: string, body?: unknown): Promise<T | null> {
  const url = `${o.baseUrl.replace(/\/+$/, '')}${pathAndQuery}`;
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${o.apiKeyId}-${o.apiKeySecret}`,
        accept: 'application/json',
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
      redirect: 'error',
      signal: AbortSignal.timeout(o.timeoutMs),
    });
  } catch (err) {
    throw new NshiftHttpError(0, (err as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable');
  }
  const text = await readCapped(res, NSHIFT_MAX_RESPONSE_BYTES);
  if (!res.ok) {
    let message = `HTTP ${res.status}`;
    try {
      const j = JSON.parse(text) as { message?: string } | { message?: string; field?: string }[];
      const first = Array.isArray(j) ? j[0] : j;
      if (first?.message) message = `${message}: ${String(first.message).slice(0, 200)}`;
    } catch {
      // not JSON: keep the status only
    }
    throw new NshiftHttpError(res.status, message);
  }
  if (res.status === 204 || text === '') return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new NshiftHttpError(502, 'response is not JSON');
  }
}
