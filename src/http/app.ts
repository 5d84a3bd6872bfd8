import crypto from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config/config.js';
import type { AppDeps } from './app-deps.js';
import { registerErrorHandling } from './plugins/error-handler.js';
import { registerCookiePolicy, registerRequestDecorations } from './plugins/auth.js';
import { registerInputGuards, registerJsonParser } from './plugins/input-guards.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { registerMetrics } from './plugins/metrics.js';
import { registerOpenApi } from './plugins/openapi.js';
import { zodValidatorCompiler } from './plugins/validation.js';
import { opsRoutes } from './ops/ops.routes.js';
import { retailRoutes } from './retail/index.js';
import { tradeinsPublicRoutes } from './retail/tradeins-public.routes.js';
import { logisticsPublicRoutes } from './retail/logistics-public.routes.js';
import { facilityStatusRoutes } from './retail/facility-status.routes.js';
import { upgradeBaseUrl, upgradeRoutes } from './upgrade/index.js';
import { storefrontRoutes } from './storefront/index.js';
import { adminRoutes } from './admin/index.js';
import { widgetRoutes } from './widget/widget.routes.js';
import { webAppRoutes } from './web/web-app.routes.js';

export type App = FastifyInstance;

export interface BuildAppOptions {
  /** pino options or false; tests pass false. */
  logger?: FastifyServerOptions['logger'];
}

/**
 * Builds the HTTP server over the domain modules. Tests drive it with `app.inject`; `src/main`
 * listens with it.
 */
export async function buildApp(config: Config, deps: AppDeps, options: BuildAppOptions = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : crypto.randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: 2 * 1024 * 1024,
    // A trailing slash is optional on every route (the .NET service seed 003 imitates does so).
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // Slow clients: the whole request within requestTimeout, headers within headersTimeout,
    // checked every second or so; a socket idle this long is closed.
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: Math.max(120_000, config.requestTimeoutMs * 2),
    http: {
      headersTimeout: config.headersTimeoutMs,
      requestTimeout: config.requestTimeoutMs,
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(config.headersTimeoutMs / 2))),
    },
    rewriteUrl: (req) => upgradeBaseUrl(req.url ?? '/'),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(zodValidatorCompiler);
  // Response schemas document the API; responses are not re-validated at run time (hot paths).
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerRequestDecorations(app);
  registerCookiePolicy(app, config.publicUrl);
  registerErrorHandling(app);
  registerJsonParser(app);
  registerInputGuards(app);
  registerSecurityHeaders(app);
  const registry = registerMetrics(app);
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 10 } });
  await registerOpenApi(app);

  await app.register(opsRoutes, { deps, registry });
  await app.register(retailRoutes, { deps });
  await app.register(tradeinsPublicRoutes, { deps });
  await app.register(logisticsPublicRoutes, { deps });
  await app.register(facilityStatusRoutes, { deps });
  await app.register(adminRoutes, { deps });
  await app.register(upgradeRoutes, { deps });
  await app.register(storefrontRoutes, { deps });
  await app.register(widgetRoutes, { deps });
  await app.register(webAppRoutes, { deps });
  return app;
}
