import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx, Role, TenantRef } from '../../platform/context.js';
import { PlatformErrors } from '../../platform/errors/index.js';
import { negotiateLocale } from '../../platform/i18n/index.js';
import { safeEqual } from '../../platform/ids/index.js';
import { OrgErrors, type ResolvedSession, type IssuedSession } from '../../modules/org/index.js';
import type { AppDeps } from '../app-deps.js';
import { checkPublishableUse } from './publishable.js';
import { deferredValidationError } from './input-guards.js';
import { FailureThrottle } from './failure-throttle.js';

declare module 'fastify' {
  interface FastifyRequest {
    locale: string;
    /** Set by the auth hooks of each surface; use {@link requireCtx}. */
    ctx: Ctx | null;
    /** The tenant resolved from the key, path or host. */
    tenant: TenantRef | null;
    /** Present when the request carries a valid session cookie of this tenant. */
    session: ResolvedSession | null;
    /** The raw session cookie value (for logout and rotation). */
    sessionToken: string | null;
  }
  interface FastifyInstance {
    /** Cookies carry `Secure` (PUBLIC_URL is https, so browsers reach us over TLS). */
    secureCookies: boolean;
  }
}

export const CSRF_COOKIE = 'csrftoken';
export const CSRF_HEADER = 'x-csrftoken';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `Secure` cookies whenever the public URL is https (whatever the hop to this process is). */
export function registerCookiePolicy(app: FastifyInstance, publicUrl: string): void {
  app.decorate('secureCookies', publicUrl.startsWith('https:'));
}

export function registerRequestDecorations(app: FastifyInstance): void {
  app.decorateRequest('locale', 'en');
  app.decorateRequest('ctx', null);
  app.decorateRequest('tenant', null);
  app.decorateRequest('session', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    // Before a tenant is known (bad key, unknown tenant), answer in the client's language.
    request.locale = negotiateLocale(request.headers['accept-language'], undefined, 'en');
  });
}

function buildCtx(deps: AppDeps, request: FastifyRequest, tenant: TenantRef, actor: Ctx['actor']): Ctx {
  request.locale = negotiateLocale(request.headers['accept-language'], tenant.locales, tenant.defaultLocale);
  request.tenant = tenant;
  const ctx: Ctx = { tenant, actor, db: deps.db, clock: deps.clock, locale: request.locale as Ctx['locale'], requestId: request.id };
  request.ctx = ctx;
  return ctx;
}

/**
 * The context of an authenticated request; throws when the surface hook did not set one, then
 * any validation error deferred until authorization (admin routes).
 */
export function requireCtx(request: FastifyRequest): Ctx {
  if (!request.ctx) throw PlatformErrors.U000002();
  const invalid = deferredValidationError(request);
  if (invalid) throw invalid;
  return request.ctx;
}

/** Wrong API keys per client address, per app: bounded in memory (see README, Security). */
const keyFailures = new WeakMap<AppDeps, FailureThrottle>();
function keyThrottle(deps: AppDeps): FailureThrottle {
  let throttle = keyFailures.get(deps);
  if (!throttle) {
    throttle = new FailureThrottle({ limit: 30, windowMs: 60_000, capacity: 10_000 });
    keyFailures.set(deps, throttle);
  }
  return throttle;
}

/** Authenticates an API key secret, throttling addresses that keep sending wrong ones. */
async function authenticateKey(deps: AppDeps, request: FastifyRequest, secret: string) {
  const throttle = keyThrottle(deps);
  const now = deps.clock.now().getTime();
  const wait = throttle.retryAfterSeconds(request.ip, now);
  if (wait > 0) throw PlatformErrors.R000001({ seconds: wait });
  const key = await deps.modules.org.apiKeys.authenticate(secret);
  if (!key) throttle.fail(request.ip, now);
  return key;
}

/**
 * Retail surface: `x-apikey` names tenant, default user and default location. Only keys with
 * scope `retail` (F010002 otherwise; `publishable` keys for the price check's operations only)
 * whose user is active staff (else 401 like an unknown key).
 */
export function apiKeyAuth(deps: AppDeps) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const header = request.headers['x-apikey'];
    const secret = Array.isArray(header) ? header[0] : header;
    if (!secret) throw PlatformErrors.U000001();
    const key = await authenticateKey(deps, request, secret);
    if (!key) throw PlatformErrors.U000001();
    const tenant = await deps.modules.org.tenants.findActiveById(key.tenantId);
    if (!tenant) throw PlatformErrors.U000001();
    if (key.scope === 'publishable') {
      request.locale = negotiateLocale(request.headers['accept-language'], tenant.locales, tenant.defaultLocale);
      checkPublishableUse(deps, request, reply, key);
    } else if (key.scope !== 'retail') {
      request.locale = negotiateLocale(request.headers['accept-language'], tenant.locales, tenant.defaultLocale);
      throw OrgErrors.F010002({ scope: key.scope, api: 'retail', needed: 'retail' });
    }
    buildCtx(deps, request, tenant, {
      kind: 'apikey',
      apiKeyId: key.id,
      userId: key.userId,
      locationId: key.locationId,
      role: 'agent',
    });
  };
}

function cookieToken(deps: AppDeps, request: FastifyRequest, tenant: TenantRef): string | null {
  const name = deps.modules.org.auth.cookieName(tenant);
  return request.cookies[name] ?? (name !== 'sessionid' ? request.cookies.sessionid : undefined) ?? null;
}

/**
 * Loads the session of `tenant` from its cookie (if any) and builds the context; enforces the
 * double-submit CSRF check on unsafe methods of cookie-authenticated requests.
 */
export async function attachSession(deps: AppDeps, request: FastifyRequest, tenant: TenantRef): Promise<Ctx> {
  const token = cookieToken(deps, request, tenant);
  let resolved: ResolvedSession | null = null;
  if (token) resolved = await deps.modules.org.auth.resolve(deps.db, tenant, token);
  request.session = resolved;
  request.sessionToken = resolved ? token : null;
  const ctx = buildCtx(deps, request, tenant, resolved ? { kind: 'user', userId: resolved.user.id, role: resolved.user.role } : { kind: 'anonymous' });
  if (resolved && UNSAFE.has(request.method) && !request.routeOptions.config?.skipCsrf) {
    const header = request.headers[CSRF_HEADER];
    const sent = Array.isArray(header) ? header[0] : header;
    const cookie = request.cookies[CSRF_COOKIE];
    if (!sent || !cookie || !safeEqual(sent, cookie) || !safeEqual(cookie, resolved.session.csrfToken)) {
      throw PlatformErrors.F000002();
    }
  }
  return ctx;
}

/** Tenant from the `:tenant` path parameter (upgrade portal and admin surfaces). */
export async function tenantFromParam(deps: AppDeps, request: FastifyRequest): Promise<TenantRef> {
  const slug = (request.params as { tenant?: string }).tenant ?? '';
  const tenant = await deps.modules.org.tenants.findBySlug(slug);
  if (!tenant) throw PlatformErrors.N000002({ slug });
  return tenant;
}

/** Tenant mapped to the request's host, else `DEFAULT_TENANT` (storefront surface). */
export async function tenantFromHost(deps: AppDeps, request: FastifyRequest): Promise<TenantRef> {
  const host = request.hostname ?? '';
  const mapped = host ? await deps.modules.org.tenants.findByHost(host) : null;
  if (mapped) return mapped;
  const fallback = await deps.modules.org.tenants.findBySlug(deps.config.defaultTenant);
  if (!fallback) throw PlatformErrors.N000002({ slug: deps.config.defaultTenant });
  return fallback;
}

/** Requires a signed-in user, optionally with one of `roles`. */
export function requireUser(request: FastifyRequest, roles?: readonly Role[]): Ctx {
  const ctx = request.ctx;
  if (!ctx) throw PlatformErrors.U000002();
  if (ctx.actor.kind !== 'user' && ctx.actor.kind !== 'apikey') throw PlatformErrors.U000002();
  if (roles && (!ctx.actor.role || !roles.includes(ctx.actor.role))) throw PlatformErrors.F000001();
  const invalid = deferredValidationError(request);
  if (invalid) throw invalid;
  return ctx;
}

/**
 * Admin surface: a staff session, or an API key with scope `admin` (F010002 for a retail key)
 * whose user is an active admin (for automation). Roles are checked per route with {@link requireUser}.
 */
export async function attachAdmin(deps: AppDeps, request: FastifyRequest, tenant: TenantRef): Promise<Ctx> {
  const header = request.headers['x-apikey'];
  const secret = Array.isArray(header) ? header[0] : header;
  if (secret) {
    const key = await authenticateKey(deps, request, secret);
    if (!key || key.tenantId !== tenant.id) throw PlatformErrors.U000001();
    if (key.scope !== 'admin') {
      buildCtx(deps, request, tenant, { kind: 'anonymous' });
      throw OrgErrors.F010002({ scope: key.scope, api: 'admin', needed: 'admin' });
    }
    const user = await deps.modules.org.users.findById({ ...buildCtx(deps, request, tenant, { kind: 'system' }) }, key.userId);
    if (!user || !user.isActive) throw PlatformErrors.U000001();
    return buildCtx(deps, request, tenant, { kind: 'apikey', apiKeyId: key.id, userId: user.id, role: user.role, locationId: key.locationId });
  }
  return attachSession(deps, request, tenant);
}

/** Sets the session and CSRF cookies after login or registration. */
export function setSessionCookies(reply: FastifyReply, issued: IssuedSession): void {
  const secure = reply.server.secureCookies || reply.request.protocol === 'https';
  reply.setCookie(issued.cookieName, issued.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: issued.expiresAt,
  });
  reply.setCookie(CSRF_COOKIE, issued.csrfToken, { path: '/', httpOnly: false, sameSite: 'lax', secure, expires: issued.expiresAt });
}

export function clearSessionCookies(reply: FastifyReply, cookieName: string): void {
  reply.clearCookie(cookieName, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}
