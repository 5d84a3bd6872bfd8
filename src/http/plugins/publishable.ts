import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { OrgErrors, type ApiKeyRecord } from '../../modules/org/index.js';
import { PlatformErrors } from '../../platform/errors/index.js';
import type { AppDeps } from '../app-deps.js';

/** What a publishable key may do: the price check's three calls (route patterns of the retail surface). */
export const PUBLISHABLE_OPERATIONS = new Set(['GET /api/v2/retail/models', 'GET /api/v2/retail/models/:id/grading-form', 'POST /api/v2/retail/price-quote']);
const PREFLIGHT_PATHS = [/^\/api\/v2\/retail\/models\/?$/, /^\/api\/v2\/retail\/models\/\d+\/grading-form\/?$/, /^\/api\/v2\/retail\/price-quote\/?$/];

/** Requests per key and client address per minute: enough for a person typing, not for a scraper. */
const LIMIT_PER_MINUTE = 120;
const MAX_TRACKED = 20_000;

class FixedWindowLimiter {
  private windows = new Map<string, { start: number; count: number }>();
  /** Seconds to wait, or 0 when the call may go ahead (and is counted). */
  take(key: string, now: number): number {
    let w = this.windows.get(key);
    if (!w || now - w.start >= 60_000) {
      if (this.windows.size >= MAX_TRACKED) this.windows.clear();
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count += 1;
    return w.count > LIMIT_PER_MINUTE ? Math.ceil((w.start + 60_000 - now) / 1000) : 0;
  }
}
const limiters = new WeakMap<AppDeps, FixedWindowLimiter>();

function corsHeaders(reply: FastifyReply, origin: string): void {
  reply.header('access-control-allow-origin', origin).header('vary', 'Origin').header('access-control-expose-headers', 'retry-after');
}

/**
 * A publishable key on the retail surface: only the price check's operations, only from an
 * origin the key lists (browsers always send `Origin` on cross-origin calls), rate-limited per
 * key and address; the answer carries CORS headers for that origin.
 */
export function checkPublishableUse(deps: AppDeps, request: FastifyRequest, reply: FastifyReply, key: ApiKeyRecord): void {
  const origin = request.headers.origin;
  const operation = `${request.method} ${request.routeOptions.url ?? ''}`.replace(/\/$/, '');
  if (!PUBLISHABLE_OPERATIONS.has(operation) || !origin || !key.allowedOrigins.includes(origin)) throw OrgErrors.F010003();
  corsHeaders(reply, origin);
  let limiter = limiters.get(deps);
  if (!limiter) limiters.set(deps, (limiter = new FixedWindowLimiter()));
  const wait = limiter.take(`${key.id}|${request.ip}`, Date.now());
  if (wait > 0) {
    reply.header('retry-after', String(wait));
    throw PlatformErrors.R000001({ seconds: wait });
  }
}

/**
 * CORS preflights of the price check's operations. A preflight carries no key, so it is allowed
 * for any origin that some active publishable key lists; the real call is then checked against
 * its own key's origins.
 */
export function registerPublishablePreflight(app: FastifyInstance, deps: AppDeps): void {
  app.options('/api/v2/retail/*', { schema: { hide: true } }, async (request, reply) => {
    const origin = request.headers.origin;
    const path = request.url.split('?')[0];
    if (!origin || !PREFLIGHT_PATHS.some((re) => re.test(path)) || !(await deps.modules.org.apiKeys.isPublishableOrigin(origin))) {
      return reply.code(403).send();
    }
    corsHeaders(reply, origin);
    return reply
      .code(204)
      .header('access-control-allow-methods', 'GET, POST')
      .header('access-control-allow-headers', 'content-type, x-apikey, accept-language')
      .header('access-control-max-age', '600')
      .send();
  });
}
