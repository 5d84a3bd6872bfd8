import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '../../packages/sdk/src/webhooks.js';
import type { CustomFigures, Scenario } from './types.js';

/** How long the bench waits after the window for the last queued events to arrive. */
const DRAIN_TIMEOUT_MS = 120_000;

/** Nearest-rank percentiles of a list of numbers (ms), as autocannon reports whole numbers. */
export function percentiles(values: number[]): CustomFigures['latencyMs'] {
  if (values.length === 0) return { p50: 0, p90: 0, p99: 0, max: 0, mean: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
  return { p50: at(50), p90: at(90), p99: at(99), max: Math.round(sorted[sorted.length - 1]), mean: sorted.reduce((a, b) => a + b, 0) / sorted.length };
}

/**
 * A loopback receiver in the load process: verifies every delivery with the SDK's
 * `verifyWebhook` (the check a customer runs) and notes when each message id first arrived.
 */
async function startReceiver(secret: () => string) {
  const arrivals = new Map<string, number>();
  let duplicates = 0;
  let badSignatures = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      try {
        verifyWebhook(secret(), Buffer.concat(chunks).toString('utf8'), req.headers);
      } catch {
        badSignatures++;
        res.writeHead(401).end();
        return;
      }
      const id = String(req.headers['webhook-id']);
      if (arrivals.has(id)) duplicates++;
      else arrivals.set(id, at);
      res.writeHead(204).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    arrivals,
    counts: () => ({ duplicates, badSignatures }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Webhook delivery end to end: `connections` admin clients queue `webhook.test` events through
 * the product (`POST …/webhooks/{id}/test`: message stored, delivery queued in the outbox, in
 * one transaction) for the window; the server's outbox worker signs and sends each to a loopback
 * receiver here. The rate is events received ÷ (last arrival − first request); the latency
 * column is each event's lag from its request to its arrival. Private targets are allowed for
 * the bench's own tenant only (`webhooks.allowPrivateTargets`, on its fresh database).
 */
export const webhooks: Scenario = {
  name: 'webhooks',
  title: 'webhook delivery: POST /api/{tenant}/admin/webhooks/{id}/test → outbox → signed POST to a loopback receiver (events/s, lag)',
  needs: ['PATCH /api/{tenant}/admin/settings', 'POST /api/{tenant}/admin/webhooks', 'POST /api/{tenant}/admin/webhooks/{id}/test'],
  async setup(ctx) {
    const admin = ctx.anon.fork();
    await admin.post(`/api/${ctx.tenant}/auth/login`, { email: ctx.admin.email, password: ctx.admin.password });
    await admin.ok('PATCH', `/api/${ctx.tenant}/admin/settings`, { settings: { webhooks: { allowPrivateTargets: true } } });
    let secret = '';
    const receiver = await startReceiver(() => secret);
    const endpoint = await admin.post<{ id: number; secret: string }>(`/api/${ctx.tenant}/admin/webhooks`, {
      url: receiver.url,
      description: 'bench receiver',
      events: ['webhook.test'],
    });
    secret = endpoint.secret;
    const trigger = `/api/${ctx.tenant}/admin/webhooks/${endpoint.id}/test`;
    return {
      kind: 'custom',
      async run(window): Promise<CustomFigures> {
        const sentAt = new Map<string, number>();
        const statusCodes: Record<string, number> = {};
        let non2xx = 0;
        const t0 = performance.now();
        const until = t0 + window.durationSec * 1000;
        await Promise.all(
          Array.from({ length: window.connections }, async () => {
            while (performance.now() < until) {
              const started = performance.now();
              const res = await admin.request<{ message_id?: string }>('POST', trigger);
              statusCodes[res.status] = (statusCodes[res.status] ?? 0) + 1;
              if (res.status === 202 && res.body.message_id) sentAt.set(res.body.message_id, started);
              else non2xx++;
            }
          }),
        );
        const enqueuedSec = (performance.now() - t0) / 1000;
        const deadline = performance.now() + DRAIN_TIMEOUT_MS;
        const missing = () => [...sentAt.keys()].filter((id) => !receiver.arrivals.has(id)).length;
        while (missing() > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        const lags: number[] = [];
        let last = t0;
        for (const [id, started] of sentAt) {
          const at = receiver.arrivals.get(id);
          if (at === undefined) continue;
          lags.push(at - started);
          last = Math.max(last, at);
        }
        const { duplicates, badSignatures } = receiver.counts();
        const lost = missing();
        await receiver.close();
        const durationSec = (last - t0) / 1000;
        return {
          perSec: lags.length / Math.max(durationSec, 0.001),
          total: lags.length,
          durationSec,
          latencyMs: percentiles(lags),
          errors: badSignatures + lost,
          non2xx,
          statusCodes,
          notes: [
            `${sentAt.size} events queued in ${enqueuedSec.toFixed(1)} s (${Math.round(sentAt.size / enqueuedSec)}/s), ${lags.length} delivered and verified in ${durationSec.toFixed(1)} s`,
            ...(lost ? [`${lost} not delivered within ${DRAIN_TIMEOUT_MS / 1000} s after the window`] : []),
            ...(badSignatures ? [`${badSignatures} deliveries with a bad signature`] : []),
            ...(duplicates ? [`${duplicates} duplicate deliveries (at-least-once)`] : []),
          ],
        };
      },
    };
  },
};
