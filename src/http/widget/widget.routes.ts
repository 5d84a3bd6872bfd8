import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../route-types.js';
import { widgetBundle } from './widget-bundle.js';

/**
 * `GET /widget/price-check.js`: the `<tradein-price-check>` web component. Any origin may load
 * the script (it holds no secret); what it may call is decided per publishable key by CORS on
 * the retail API.
 */
export async function widgetRoutes(app: FastifyInstance, _opts: RouteOptions): Promise<void> {
  app.get('/widget/price-check.js', { schema: { hide: true } }, async (request, reply) => {
    const bundle = await widgetBundle();
    reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('etag', bundle.etag)
      .header('access-control-allow-origin', '*')
      .header('cross-origin-resource-policy', 'cross-origin');
    if (request.headers['if-none-match'] === bundle.etag) return reply.code(304).send();
    return reply.send(bundle.code);
  });
}
