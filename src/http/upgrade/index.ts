import type { FastifyInstance } from 'fastify';
import { attachAdmin, attachSession, tenantFromParam } from '../plugins/auth.js';
import type { RouteOptions } from '../route-types.js';
import { authRoutes } from './auth.routes.js';
import { submissionRoutes } from './submissions.routes.js';
import { photoRoutes } from './photos.routes.js';
import { profileRoutes } from './profile.routes.js';
import { upgradeAdminRoutes } from './admin.routes.js';
import { webAppRoutes } from './web-app.routes.js';
import { deviceSearchRoutes } from './device-search.routes.js';
import { quoteRoutes } from './quotes.routes.js';
import { dataFieldRoutes } from './data-fields.routes.js';
import { tradeinRoutes } from './tradeins.routes.js';
import { orderTradeinRoutes } from './order-tradeins.routes.js';
import { storeRoutes } from './store.routes.js';

/**
 * Upgrade portal API of seed 001 under `/api/{tenant}`, session-cookie authenticated,
 * snake_case JSON. The seed's own base URL `/{tenant}/upgrade/api/…` reaches the same handlers
 * (`upgradeBaseUrl` rewrites it in `buildApp`).
 */
export async function upgradeRoutes(app: FastifyInstance, opts: RouteOptions): Promise<void> {
  await app.register(async (scope) => {
    scope.addHook('onRequest', async (request) => {
      const tenant = await tenantFromParam(opts.deps, request);
      await attachSession(opts.deps, request, tenant);
    });
    await scope.register(authRoutes, opts);
    await scope.register(submissionRoutes, opts);
    await scope.register(photoRoutes, opts);
    await scope.register(profileRoutes, opts);
    // The web app's trade-in flow (search, grading form, quote, diligence, data fields,
    // registration, "my trade-ins", order trade-in decisions): the same use cases as retail.
    await scope.register(webAppRoutes, opts);
    await scope.register(deviceSearchRoutes, opts);
    await scope.register(quoteRoutes, opts);
    await scope.register(dataFieldRoutes, opts);
    await scope.register(tradeinRoutes, opts);
    await scope.register(orderTradeinRoutes, opts);
    await scope.register(storeRoutes, opts);
  });
  // Seed 001 admin customers and stats: staff session (or a staff API key), like the admin surface.
  await app.register(async (scope) => {
    scope.addHook('onRequest', async (request) => {
      const tenant = await tenantFromParam(opts.deps, request);
      await attachAdmin(opts.deps, request, tenant);
    });
    await scope.register(upgradeAdminRoutes, opts);
  });
}

/** Seed 001's base URL `/{tenant}/upgrade/api/…` → `/api/{tenant}/…` (same handlers, same auth). */
export function upgradeBaseUrl(url: string): string {
  const m = /^\/([^/?#]+)\/upgrade\/api(\/[^?#]*)?(\?.*)?$/.exec(url);
  return m ? `/api/${m[1]}${m[2] ?? ''}${m[3] ?? ''}` : url;
}
