import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

type Transformed = ReturnType<typeof jsonSchemaTransform>;

/**
 * Upload routes read their file from the multipart stream (no body schema to validate), so the
 * document would show no request body; declare the `file` part, so clients and the security
 * suite's upload walk find every upload route in `/openapi.json`.
 */
function withMultipartBody(out: Transformed): Transformed {
  const schema = out.schema as { consumes?: string[]; body?: unknown } | undefined;
  if (!schema?.consumes?.includes('multipart/form-data') || schema.body) return out;
  return {
    ...out,
    schema: { ...schema, body: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } } as Transformed['schema'],
  };
}

/** OpenAPI 3.1 generated from the zod route schemas; JSON at `/openapi.json`, reference at `/docs`. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tradein API',
        version: '0.1.0',
        description:
          'Open-source multi-tenant device trade-in platform. Surfaces: retail (vendor) API under /api/v2 (x-apikey), ' +
          'upgrade portal under /api/{tenant} (session cookie), storefront orders under /users and /orders (session cookie + x-csrftoken).',
      },
      components: {
        securitySchemes: {
          apiKey: { type: 'apiKey', in: 'header', name: 'x-apikey' },
          session: { type: 'apiKey', in: 'cookie', name: 'sessionid' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrftoken' },
        },
      },
      tags: [
        { name: 'retail', description: 'Vendor retail API (seed 003)' },
        { name: 'upgrade', description: 'Tenant trade-in portal (seed 001)' },
        { name: 'storefront', description: 'Commerce order endpoints (seeds 000, 002)' },
        { name: 'admin', description: 'Back-office administration' },
        { name: 'web', description: 'Session routes of the web app (/ customer, /store point of sale), over the same use cases' },
      ],
    },
    transform: (input) => withMultipartBody(jsonSchemaTransform(input)),
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true }, config: { surface: 'ops' } }, async () => app.swagger());
}
