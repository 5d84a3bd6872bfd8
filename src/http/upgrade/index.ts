import type { FastifyInstance } from 'fastify';
import { attachAdmin, attachSession, tenantFromParam } from '../plugins/auth.js';
import type { RouteOptions } from '../route-types.js';
import { authRoutes } from './auth.routes.js';
import { submissionRoutes } from './submissions.routes.js';
import { photoRoutes } from './photos.routes.js';
import { profileRoutes } from './profile.routes.js';
import { upgradeAdminRoutes } from './admin.routes.js';
import { tradeinFlowRoutes } from './tradein-flow.routes.js';
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
    await scope.register(tradeinFlowRoutes, opts);
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
