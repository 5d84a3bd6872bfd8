import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ChangePasswordInput, LoginInput, RegisterInput, type UserRecord } from '../../modules/org/index.js';
import { clearSessionCookies, requireCtx, requireUser, setSessionCookies } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { NoContent } from '../shared.schemas.js';

export const TenantParams = z.object({ tenant: z.string().max(60) });

export const UpgradeUser = z.object({
  id: z.string(),
  email: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  phone: z.string().nullable(),
  role: z.string(),
  locale: z.string().nullable(),
  created_at: z.string(),
});

export function toUpgradeUser(u: UserRecord) {
  return {
    id: u.uid,
    email: u.email,
    first_name: u.firstName,
    last_name: u.lastName,
    phone: u.phone,
    role: u.role,
    locale: u.locale,
    created_at: u.createdAt.toISOString(),
  };
}

const SessionResponse = z.object({ user: UpgradeUser, csrf_token: z.string(), expires_at: z.string() });

function clientOf(request: { ip: string; headers: Record<string, unknown> }) {
  const ua = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof ua === 'string' ? ua : null };
}

/** Seed 001 authentication: register, login, logout, me. The cookie serves every cookie surface. */
export async function authRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { auth } = deps.modules.org;

  r.post(
    '/api/:tenant/auth/register',
    {
      config: { skipCsrf: true },
      schema: {
        tags: ['upgrade'],
        summary: 'Register a customer account and sign in',
        params: TenantParams,
        body: RegisterInput,
        response: { 201: SessionResponse },
      },
    },
    async (request, reply) => {
      const ctx = requireCtx(request);
      const issued = await ctx.db.transaction((tx) => auth.register({ ...ctx, db: tx }, request.body, clientOf(request)));
      setSessionCookies(reply, issued);
      return reply.status(201).send({ user: toUpgradeUser(issued.user), csrf_token: issued.csrfToken, expires_at: issued.expiresAt.toISOString() });
    },
  );

  r.post(
    '/api/:tenant/auth/login',
    {
      config: { skipCsrf: true },
      schema: {
        tags: ['upgrade'],
        summary: 'Sign in; sets the session cookie and the csrftoken cookie',
        params: TenantParams,
        body: LoginInput,
        response: { 200: SessionResponse },
      },
    },
    async (request, reply) => {
      const ctx = requireCtx(request);
      const token = request.cookies[auth.cookieName(ctx.tenant)];
      const issued = await auth.login(ctx, request.body, { ...clientOf(request), previousToken: token });
      setSessionCookies(reply, issued);
      return { user: toUpgradeUser(issued.user), csrf_token: issued.csrfToken, expires_at: issued.expiresAt.toISOString() };
    },
  );

  r.post(
    '/api/:tenant/auth/logout',
    {
      schema: {
        tags: ['upgrade'],
        summary: 'Sign out (revokes the session); requires x-csrftoken',
        params: TenantParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request);
      if (request.sessionToken) await auth.logout(ctx, request.sessionToken);
      clearSessionCookies(reply, auth.cookieName(ctx.tenant));
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/:tenant/auth/password',
    {
      schema: {
        tags: ['upgrade'],
        summary: "Change the signed-in user's password (policy B010005–B010009); signs out every other session; requires x-csrftoken",
        params: TenantParams,
        body: ChangePasswordInput,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request);
      await auth.changePassword(ctx, request.session!.user, request.body, request.sessionToken);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/:tenant/auth/me',
    {
      schema: {
        tags: ['upgrade'],
        summary: 'The signed-in user',
        params: TenantParams,
        response: { 200: z.object({ user: UpgradeUser }) },
      },
    },
    async (request) => {
      requireUser(request);
      return { user: toUpgradeUser(request.session!.user) };
    },
  );
}
