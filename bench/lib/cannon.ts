import autocannon, { type ACRequest, type ACResult } from 'autocannon';
import type { LoadRequest } from '../scenarios/types.js';

export interface CannonRun {
  result: ACResult;
  /** The queue ran dry before the window ended (the figures then cover less than the window). */
  exhausted: boolean;
  sent: number;
}

function toAc(base: ACRequest, r: LoadRequest): ACRequest {
  return {
    ...base,
    method: r.method,
    path: r.path,
    headers: r.body !== undefined ? { 'content-type': 'application/json', ...r.headers } : { ...r.headers },
    body: r.body,
  };
}

/**
 * One autocannon run. `cycle` sends the requests round-robin across all connections (a shared
 * cursor, so the mix is the same whatever the connection count); `queue` sends each request at
 * most once and stops when none is left.
 */
export async function cannon(opts: {
  url: string;
  connections: number;
  requests: LoadRequest[];
  mode: 'cycle' | 'queue';
  duration?: number;
  amount?: number;
}): Promise<CannonRun> {
  const list = opts.requests;
  let cursor = 0;
  let exhausted = false;
  let instance: ReturnType<typeof autocannon> | null = null;
  const single = list.length === 1 && opts.mode === 'cycle';
  const requests: ACRequest[] = single
    ? [toAc({}, list[0])]
    : [
        {
          setupRequest: (req) => {
            if (opts.mode === 'queue' && cursor >= list.length) {
              // Nothing left to send once: stop; the one extra request repeats the last item.
              if (!exhausted) {
                exhausted = true;
                instance?.stop();
              }
              return toAc(req, list[list.length - 1]);
            }
            const r = list[cursor++ % list.length];
            return toAc(req, r);
          },
        },
      ];
  instance = autocannon({
    url: opts.url,
    connections: opts.connections,
    ...(opts.amount !== undefined ? { amount: opts.amount } : { duration: opts.duration ?? 10 }),
    timeout: 10,
    requests,
  });
  const result = await instance;
  return { result, exhausted, sent: Math.min(cursor, list.length) };
}
