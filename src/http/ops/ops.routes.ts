import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import { pendingMigrations } from '../../platform/db/index.js';
import type { AppDeps } from '../app-deps.js';
import { PlatformErrors } from '../../platform/errors/index.js';
import { safeEqual } from '../../platform/ids/index.js';

/** `/healthz`, `/readyz`, `/metrics`. */
export async function opsRoutes(app: FastifyInstance, opts: { deps: AppDeps; registry: Registry }): Promise<void> {
  const { deps, registry } = opts;
  app.get('/healthz', { config: { surface: 'ops' }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { surface: 'ops' }, schema: { hide: true } }, async (_request, reply) => {
    try {
      await deps.db.query('SELECT 1');
      const pending = await pendingMigrations(deps.db);
      if (pending.length) return reply.status(503).send({ status: 'migrations pending', pending });
      return { status: 'ready', database: deps.db.kind };
    } catch (err) {
      return reply.status(503).send({ status: 'database unreachable', error: (err as Error).message });
    }
  });
  app.get('/metrics', { config: { surface: 'ops' }, schema: { hide: true } }, async (request, reply) => {
    // Off unless METRICS_TOKEN is set; then only for `Authorization: Bearer <token>`.
    const token = deps.config.metricsToken;
    if (!token) throw PlatformErrors.N000001({ method: request.method, url: '/metrics' });
    const sent = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!sent || !safeEqual(sent, token)) throw PlatformErrors.U000004();
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });
  app.get('/hello', { config: { surface: 'ops' }, schema: { hide: true } }, async () => ({ hello: 'world' }));
}
