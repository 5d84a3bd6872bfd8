import type { FastifyInstance } from 'fastify';
import { attachSession, tenantFromParam } from '../plugins/auth.js';
import type { RouteOptions } from '../route-types.js';
import { authRoutes } from './auth.routes.js';
import { tradeinFlowRoutes } from './tradein-flow.routes.js';
import { storeRoutes } from './store.routes.js';

/**
 * Upgrade portal API of seed 001 under `/api/{tenant}`, session-cookie authenticated,
 * snake_case JSON.
 */
export async function upgradeRoutes(app: FastifyInstance, opts: RouteOptions): Promise<void> {
  await app.register(async (scope) => {
    scope.addHook('onRequest', async (request) => {
      const tenant = await tenantFromParam(opts.deps, request);
      await attachSession(opts.deps, request, tenant);
    });
    await scope.register(authRoutes, opts);
    await scope.register(tradeinFlowRoutes, opts);
    await scope.register(storeRoutes, opts);
  });
}
