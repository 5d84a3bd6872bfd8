import type { FastifyInstance } from 'fastify';
import { apiKeyAuth } from '../plugins/auth.js';
import { registerPublishablePreflight } from '../plugins/publishable.js';
import type { RouteOptions } from '../route-types.js';
import { orgRetailRoutes } from './org.routes.js';
import { catalogRetailRoutes } from './catalog.routes.js';
import { diligenceRetailRoutes } from './diligence.routes.js';
import { datafieldsRetailRoutes } from './datafields.routes.js';
import { gradingRetailRoutes } from './grading.routes.js';
import { pricingRetailRoutes } from './pricing.routes.js';
import { campaignsRetailRoutes } from './campaigns.routes.js';
import { tradeinsRetailRoutes } from './tradeins.routes.js';
import { logisticsPackageRoutes } from './logistics-packages.routes.js';
import { logisticsShipmentRoutes } from './logistics-shipments.routes.js';
import { facilityRetailRoutes } from './facility.routes.js';

/**
 * Retail (vendor) API of seed 003 under `/api/v2`, authenticated by `x-apikey`. PascalCase
 * JSON. Each module contributes one routes file here.
 */
export async function retailRoutes(app: FastifyInstance, opts: RouteOptions): Promise<void> {
  registerPublishablePreflight(app, opts.deps);
  await app.register(async (scope) => {
    scope.addHook('onRequest', apiKeyAuth(opts.deps));
    await scope.register(orgRetailRoutes, opts);
    await scope.register(catalogRetailRoutes, opts);
    await scope.register(diligenceRetailRoutes, opts);
    await scope.register(datafieldsRetailRoutes, opts);
    await scope.register(gradingRetailRoutes, opts);
    await scope.register(pricingRetailRoutes, opts);
    await scope.register(campaignsRetailRoutes, opts);
    await scope.register(tradeinsRetailRoutes, opts);
    await scope.register(logisticsPackageRoutes, opts);
    await scope.register(logisticsShipmentRoutes, opts);
    await scope.register(facilityRetailRoutes, opts);
  });
}
