import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { attachSession, tenantFromHost, tenantFromParam } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { mailInRoutes } from './mail-in.routes.js';
import { packingRoutes } from './packing.routes.js';
import { projectPath } from '../../platform/project-root.js';

/** Where `vite build` writes the web app (see web/vite.config.ts). */
export const WEB_DIST = projectPath('web', 'dist');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Paths that belong to an API surface: their 404s stay JSON, never the app's page. */
const API_PREFIXES = ['/api/', '/users/', '/orders/', '/docs', '/openapi.json', '/metrics', '/healthz', '/readyz', '/hello'];

/**
 * CSP without inline scripts: the app is one module script from this origin; the ZXing WASM
 * (barcode polyfill) needs `wasm-unsafe-eval`; logos may come from https; the camera preview and
 * signature pads use blob:/data: images.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' https: data: blob:",
  "media-src 'self' blob: mediastream:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function securityHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('content-security-policy', CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin')
    .header('x-frame-options', 'DENY')
    .header('cross-origin-opener-policy', 'same-origin')
    .header('permissions-policy', 'camera=(self), microphone=(), geolocation=()');
}

/**
 * Serves the built web app (`web/dist`): hashed assets with long caching, and `index.html` for
 * the app's client-side routes (`/`, `/store/…`, …) so a reload on any screen works. Unknown API
 * paths keep their JSON 404. Without a build (tests of the API alone) the app routes answer 404.
 */
export async function webAppRoutes(app: FastifyInstance, opts: RouteOptions & { dist?: string }): Promise<void> {
  const dist = opts.dist ?? WEB_DIST;

  // The app is served for the tenant of the host (else DEFAULT_TENANT), as the storefront is.
  zodApp(app).get(
    '/api/web/tenant',
    { schema: { tags: ['web'], summary: 'The tenant the web app serves on this host', response: { 200: z.object({ slug: z.string() }) } } },
    async (request) => ({ slug: (await tenantFromHost(opts.deps, request)).slug }),
  );

  // The web app's own session routes (point of sale packing, mail-in photo angles), same auth as the Upgrade surface.
  await app.register(async (scope) => {
    scope.addHook('onRequest', async (request) => {
      await attachSession(opts.deps, request, await tenantFromParam(opts.deps, request));
    });
    await scope.register(packingRoutes, opts);
    await scope.register(mailInRoutes, opts);
  });

  let indexHtml: { bytes: Buffer; mtimeMs: number } | null = null;
  const readIndex = () => {
    // Read again when a rebuild replaced it: a copy kept from before would name hashed assets
    // the rebuild deleted (the page's script and style would fail to load).
    const file = path.join(dist, 'index.html');
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return null;
    if (!indexHtml || indexHtml.mtimeMs !== stat.mtimeMs) indexHtml = { bytes: fs.readFileSync(file), mtimeMs: stat.mtimeMs };
    return indexHtml.bytes;
  };

  app.get('/assets/*', { schema: { hide: true }, config: { surface: 'ops' } }, async (request, reply) => {
    const rel = (request.params as { '*': string })['*'];
    const file = path.resolve(dist, 'assets', rel);
    if (!file.startsWith(path.join(dist, 'assets') + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return reply.callNotFound();
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    return securityHeaders(reply).type(type).header('cache-control', 'public, max-age=31536000, immutable').send(fs.createReadStream(file));
  });

  // Icons browsers fetch on their own too (/favicon.ico beside a PDF or JSON tab, the touch icon on
  // iOS): each is served, so no page load logs a 404 for them.
  for (const file of ['favicon.svg', 'favicon.ico', 'apple-touch-icon.png', 'manifest.webmanifest']) {
    app.get(`/${file}`, { schema: { hide: true }, config: { surface: 'ops' } }, async (_request, reply) => {
      const full = path.join(dist, file);
      if (!fs.existsSync(full)) return reply.callNotFound();
      return securityHeaders(reply).type(TYPES[path.extname(file)]).header('cache-control', 'public, max-age=3600').send(fs.readFileSync(full));
    });
  }

  app.get('/*', { schema: { hide: true }, config: { surface: 'ops' } }, async (request, reply) => {
    const url = request.url.split('?')[0];
    // Only a browser navigation gets the app (its client routes: /, /my, /store/today, …); API
    // clients and unknown files keep the JSON 404.
    const navigation = /\btext\/html\b/.test(String(request.headers.accept ?? ''));
    if (!navigation || API_PREFIXES.some((p) => url === p.replace(/\/$/, '') || url.startsWith(p)) || path.extname(url) !== '') return reply.callNotFound();
    const html = readIndex();
    if (!html) return reply.callNotFound();
    return securityHeaders(reply).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  });
}
