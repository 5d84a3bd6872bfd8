import type { FastifyInstance } from 'fastify';
import { attachAdmin, tenantFromParam } from '../plugins/auth.js';
import type { RouteOptions } from '../route-types.js';
import { orgAdminRoutes } from './org.routes.js';
import { catalogAdminRoutes } from './catalog.routes.js';
import { gradingAdminRoutes } from './grading.routes.js';
import { pricingAdminRoutes } from './pricing.routes.js';
import { campaignsAdminRoutes } from './campaigns.routes.js';
import { diligenceAdminRoutes } from './diligence.routes.js';
import { datafieldsAdminRoutes } from './datafields.routes.js';
import { commerceAdminRoutes } from './commerce.routes.js';
import { notificationsAdminRoutes } from './notifications.routes.js';
import { webhooksAdminRoutes } from './webhooks.routes.js';
import { logisticsAdminRoutes } from './logistics.routes.js';
import { logisticsDeskAdminRoutes } from './logistics-desk.routes.js';
import { facilityReceivingAdminRoutes } from './facility-receiving.routes.js';
import { facilityValuationAdminRoutes } from './facility-valuation.routes.js';
import { facilityPayoutsAdminRoutes } from './facility-payouts.routes.js';
import { dashboardAdminRoutes } from './dashboard.routes.js';
import { facilityBenchAdminRoutes } from './facility-bench.routes.js';

/**
 * Back-office API under `/api/{tenant}/admin`: a staff session (with `x-csrftoken` on unsafe
 * methods) or an API key whose user has a staff role. Roles are checked per route.
 */
export async function adminRoutes(app: FastifyInstance, opts: RouteOptions): Promise<void> {
  await app.register(async (scope) => {
    scope.addHook('onRequest', async (request) => {
      const tenant = await tenantFromParam(opts.deps, request);
      await attachAdmin(opts.deps, request, tenant);
    });
    await scope.register(orgAdminRoutes, opts);
    await scope.register(catalogAdminRoutes, opts);
    await scope.register(gradingAdminRoutes, opts);
    await scope.register(pricingAdminRoutes, opts);
    await scope.register(campaignsAdminRoutes, opts);
    await scope.register(diligenceAdminRoutes, opts);
    await scope.register(datafieldsAdminRoutes, opts);
    await scope.register(commerceAdminRoutes, opts);
    await scope.register(notificationsAdminRoutes, opts);
    await scope.register(webhooksAdminRoutes, opts);
    await scope.register(logisticsAdminRoutes, opts);
    await scope.register(logisticsDeskAdminRoutes, opts);
    await scope.register(facilityReceivingAdminRoutes, opts);
    await scope.register(facilityBenchAdminRoutes, opts);
    await scope.register(facilityValuationAdminRoutes, opts);
    await scope.register(facilityPayoutsAdminRoutes, opts);
    await scope.register(dashboardAdminRoutes, opts);
  });
}
