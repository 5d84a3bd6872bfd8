import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  API_KEY_SCOPES,
  CreateLocationInput,
  CreateUserInput,
  redactSettings,
  type ApiKeyRecord,
  type LocationRecord,
  type UserRecord,
} from '../../modules/org/index.js';
import { PlatformErrors } from '../../platform/errors/index.js';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { NoContent } from '../shared.schemas.js';

const TenantParams = z.object({ tenant: z.string().max(60) });

const AdminUser = z.object({
  id: z.number(),
  uid: z.string(),
  email: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  phone: z.string().nullable(),
  external_ref: z.string().nullable(),
  role: z.string(),
  is_active: z.boolean(),
  location_ids: z.array(z.number()),
  created_at: z.string(),
});

const toAdminUser = (u: UserRecord) => ({
  id: u.id,
  uid: u.uid,
  email: u.email,
  first_name: u.firstName,
  last_name: u.lastName,
  phone: u.phone,
  external_ref: u.externalRef,
  role: u.role,
  is_active: u.isActive,
  location_ids: u.locationIds,
  created_at: u.createdAt.toISOString(),
});

/**
 * Locations and API keys are answered in camelCase (as this surface first shipped them); the
 * schemas describe exactly that, so existing clients keep working.
 */
const AdminLocation = z.object({
  id: z.number(),
  tenantId: z.number(),
  name: z.string(),
  kind: z.enum(['store', 'warehouse', 'facility']),
  externalRef: z.string().nullable(),
  address: z.object({ street1: z.string(), street2: z.string(), city: z.string(), postCode: z.string(), countryCode: z.string(), phone: z.string() }).partial(),
  isActive: z.boolean(),
  createdAt: z.string(),
});
const toAdminLocation = (l: LocationRecord): z.output<typeof AdminLocation> => ({ ...l, createdAt: l.createdAt.toISOString() });

const AdminApiKey = z.object({
  id: z.number(),
  tenantId: z.number(),
  prefix: z.string(),
  name: z.string(),
  scope: z.enum(API_KEY_SCOPES),
  userId: z.number(),
  locationId: z.number().nullable(),
  allowedOrigins: z.array(z.string()),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
const toAdminApiKey = (k: ApiKeyRecord): z.output<typeof AdminApiKey> => ({
  ...k,
  createdAt: k.createdAt.toISOString(),
  revokedAt: k.revokedAt ? k.revokedAt.toISOString() : null,
});

/** Settings sections, secrets masked. */
const SettingsSections = z.record(z.string(), z.unknown());

/** Tenant administration: users, locations, API keys, settings. */
export async function orgAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { org } = deps.modules;

  r.get(
    '/api/:tenant/admin/users',
    { schema: { tags: ['admin'], summary: 'List users', params: TenantParams, response: { 200: z.object({ results: z.array(AdminUser) }) } } },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      return { results: (await org.users.list(ctx)).map(toAdminUser) };
    },
  );

  r.post(
    '/api/:tenant/admin/users',
    { schema: { tags: ['admin'], summary: 'Create a user', params: TenantParams, body: CreateUserInput, response: { 201: AdminUser } } },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      const user = await org.users.create(ctx, request.body);
      return reply.status(201).send(toAdminUser(user));
    },
  );

  r.patch(
    '/api/:tenant/admin/users/:id',
    {
      schema: {
        tags: ['admin'],
        summary: "Activate or deactivate a user (deactivation revokes sessions and refuses the user's API keys at once)",
        params: TenantParams.extend({ id: z.coerce.number().int().positive().max(2_147_483_647) }),
        body: z.object({ is_active: z.boolean() }),
        response: { 200: AdminUser },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      return toAdminUser(await org.setUserActive(ctx, request.params.id, request.body.is_active));
    },
  );

  r.get(
    '/api/:tenant/admin/locations',
    {
      schema: {
        tags: ['admin'],
        summary: 'List locations (an agent: only their own stores)',
        params: TenantParams,
        response: { 200: z.object({ results: z.array(AdminLocation) }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin', 'facility_lead', 'technician', 'agent']);
      return { results: (await org.locations.listVisible(ctx)).map(toAdminLocation) };
    },
  );

  r.post(
    '/api/:tenant/admin/locations',
    { schema: { tags: ['admin'], summary: 'Create a location', params: TenantParams, body: CreateLocationInput, response: { 201: AdminLocation } } },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      return reply.status(201).send(toAdminLocation(await org.locations.create(ctx, request.body)));
    },
  );

  r.post(
    '/api/:tenant/admin/api-keys',
    {
      schema: {
        tags: ['admin'],
        summary: 'Create an API key (the secret is shown once)',
        params: TenantParams,
        body: z.object({
          user_id: z.number().int().positive(),
          location_id: z.number().int().positive().nullish(),
          name: z.string().max(100).optional(),
          scope: z
            .enum(API_KEY_SCOPES)
            .default('retail')
            .describe("'retail' (the seed 003 API, default) or 'admin' (this admin API; the user must be an admin)"),
        }),
        response: {
          201: z.object({
            id: z.number(),
            key: z.string().describe('The secret, shown only in this answer'),
            prefix: z.string(),
            user_id: z.number(),
            location_id: z.number().nullable(),
            scope: z.enum(API_KEY_SCOPES),
          }),
        },
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      const { key, record } = await org.apiKeys.create(ctx, {
        userId: request.body.user_id,
        locationId: request.body.location_id ?? null,
        name: request.body.name,
        scope: request.body.scope,
      });
      return reply.status(201).send({ id: record.id, key, prefix: record.prefix, user_id: record.userId, location_id: record.locationId, scope: record.scope });
    },
  );

  r.get(
    '/api/:tenant/admin/api-keys',
    {
      schema: {
        tags: ['admin'],
        summary: 'List API keys (never the secrets)',
        params: TenantParams,
        response: { 200: z.object({ results: z.array(AdminApiKey) }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      return { results: (await org.apiKeys.list(ctx)).map(toAdminApiKey) };
    },
  );

  r.delete(
    '/api/:tenant/admin/api-keys/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Revoke an API key',
        params: TenantParams.extend({ id: z.coerce.number().int().positive() }),
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      if (!(await org.apiKeys.revoke(ctx, request.params.id))) throw PlatformErrors.N000003();
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/:tenant/admin/settings',
    {
      schema: {
        tags: ['admin'],
        summary: 'Tenant settings',
        params: TenantParams,
        response: {
          200: z.object({
            slug: z.string(),
            name: z.string(),
            currency: z.string(),
            default_locale: z.string(),
            locales: z.array(z.string()),
            settings: SettingsSections,
          }),
        },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      const t = ctx.tenant;
      return { slug: t.slug, name: t.name, currency: t.currency, default_locale: t.defaultLocale, locales: t.locales, settings: redactSettings(t.settings) };
    },
  );

  r.patch(
    '/api/:tenant/admin/settings',
    {
      schema: {
        tags: ['admin'],
        summary: 'Update tenant settings sections (validated per section)',
        params: TenantParams,
        body: z.object({ settings: z.record(z.string(), z.unknown()) }),
        response: { 200: z.object({ settings: SettingsSections }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      const tenant = await org.tenants.findById(ctx.db, ctx.tenant.id);
      if (!tenant) throw PlatformErrors.N000003();
      const updated = await org.tenants.updateSettings(ctx.db, tenant, request.body.settings);
      return { settings: redactSettings(updated.settings) };
    },
  );
}
