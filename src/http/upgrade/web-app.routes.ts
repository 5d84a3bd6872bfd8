import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { BrandingSettings } from '../../modules/org/index.js';
import { zodApp } from '../route-types.js';
import { TenantParams, toUpgradeUser, UpgradeUser } from './auth.routes.js';
import { webCtx } from './session-ctx.js';
import { tags } from './tradein-flow.schemas.js';

/** What the web app asks on every load: the tenant's look and locales, and who is signed in. */
export async function webAppRoutes(app: FastifyInstance): Promise<void> {
  const r = zodApp(app);

  r.get(
    '/api/:tenant/web/config',
    {
      schema: {
        tags,
        summary: "The tenant's name, branding, currency and locales for the web app",
        params: TenantParams,
        response: {
          200: z.object({
            slug: z.string(),
            name: z.string(),
            currency: z.string(),
            default_locale: z.string(),
            locales: z.array(z.string()),
            branding: z.object({ primary_color: z.string(), on_primary_color: z.string(), logo_url: z.string().nullable() }),
          }),
        },
      },
    },
    async (request) => {
      const ctx = webCtx(request);
      const b = BrandingSettings.read(ctx.tenant);
      return {
        slug: ctx.tenant.slug,
        name: ctx.tenant.name,
        currency: ctx.tenant.currency,
        default_locale: ctx.tenant.defaultLocale,
        locales: ctx.tenant.locales,
        branding: { primary_color: b.primaryColor, on_primary_color: b.onPrimaryColor, logo_url: b.logoUrl },
      };
    },
  );

  r.get(
    '/api/:tenant/web/session',
    {
      schema: {
        tags,
        summary: 'The signed-in user, or null (never a 401: the app asks this on every load)',
        params: TenantParams,
        response: { 200: z.object({ user: UpgradeUser.extend({ location_ids: z.array(z.number()) }).nullable() }) },
      },
    },
    async (request) => {
      webCtx(request);
      const user = request.session?.user;
      return { user: user ? { ...toUpgradeUser(user), location_ids: user.locationIds } : null };
    },
  );
}
