import type { FastifyInstance } from 'fastify';
import { attachSession, tenantFromHost } from '../plugins/auth.js';
import type { RouteOptions } from '../route-types.js';
import { commerceStorefrontRoutes } from './commerce.routes.js';
import { loginPageRoutes } from './login.routes.js';

/**
 * Storefront (commerce) endpoints of seeds 000/002: `/users/…`, `/orders/…`. The tenant is the
 * one mapped to the request's host, else `DEFAULT_TENANT`; session cookie plus `x-csrftoken`.
 */
export async function storefrontRoutes(app: FastifyInstance, opts: RouteOptions): Promise<void> {
  await app.register(async (scope) => {
    scope.addHook('onRequest', async (request) => {
      const tenant = await tenantFromHost(opts.deps, request);
      await attachSession(opts.deps, request, tenant);
    });
    // Route files of the commerce module register here.
    await scope.register(commerceStorefrontRoutes, opts);
    await scope.register(loginPageRoutes, opts);
  });
}
