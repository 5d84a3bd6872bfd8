import type { FastifyRequest } from 'fastify';

/** The API style a request belongs to; it decides the error body and the auth scheme. */
export type Surface = 'retail' | 'upgrade' | 'storefront' | 'admin' | 'ops';

declare module 'fastify' {
  interface FastifyContextConfig {
    surface?: Surface;
    /** Skip the CSRF check (login/register: they do not act with the session's authority). */
    skipCsrf?: boolean;
  }
}

export function surfaceOf(request: FastifyRequest): Surface {
  const configured = request.routeOptions?.config?.surface;
  if (configured) return configured;
  const url = request.url;
  if (url.startsWith('/api/v2/')) return 'retail';
  if (/^\/api\/[^/]+\/admin\//.test(url)) return 'admin';
  if (url.startsWith('/api/')) return 'upgrade';
  if (url.startsWith('/users/') || url.startsWith('/orders/')) return 'storefront';
  return 'ops';
}
