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

/** The create-user body in this surface's snake_case, over the module's own rules. */
const userRules = CreateUserInput.shape;
const AdminUserBody = z.object({
  email: userRules.email,
  password: userRules.password,
  role: userRules.role,
  first_name: userRules.firstName,
  last_name: userRules.lastName,
  phone: userRules.phone,
  external_ref: userRules.externalRef,
  locale: userRules.locale,
  location_ids: userRules.locationIds,
});

const locationRules = CreateLocationInput.shape;
const addressRules = locationRules.address.unwrap().shape;
const AdminLocationBody = z.object({
  name: locationRules.name,
  kind: locationRules.kind,
  external_ref: locationRules.externalRef,
  address: z
    .object({
      street1: addressRules.street1,
      street2: addressRules.street2,
      city: addressRules.city,
      post_code: addressRules.postCode,
      country_code: addressRules.countryCode,
      phone: addressRules.phone,
    })
    .default({}),
});

const AdminLocation = z.object({
  id: z.number(),
  tenant_id: z.number(),
  name: z.string(),
  kind: z.enum(['store', 'warehouse', 'facility']),
  external_ref: z.string().nullable(),
  address: z
    .object({ street1: z.string(), street2: z.string(), city: z.string(), post_code: z.string(), country_code: z.string(), phone: z.string() })
    .partial(),
  is_active: z.boolean(),
  created_at: z.string(),
});
const toAdminLocation = ({ address: a, ...l }: LocationRecord): z.output<typeof AdminLocation> => ({
  id: l.id,
  tenant_id: l.tenantId,
  name: l.name,
  kind: l.kind,
  external_ref: l.externalRef,
  address: { street1: a.street1, street2: a.street2, city: a.city, post_code: a.postCode, country_code: a.countryCode, phone: a.phone },
  is_active: l.isActive,
  created_at: l.createdAt.toISOString(),
});

const AdminApiKey = z.object({
  id: z.number(),
  tenant_id: z.number(),
  prefix: z.string(),
  name: z.string(),
  scope: z.enum(API_KEY_SCOPES),
  user_id: z.number(),
  location_id: z.number().nullable(),
  allowed_origins: z.array(z.string()),
  created_at: z.string(),
  revoked_at: z.string().nullable(),
});
const toAdminApiKey = (k: ApiKeyRecord): z.output<typeof AdminApiKey> => ({
  id: k.id,
  tenant_id: k.tenantId,
  prefix: k.prefix,
  name: k.name,
  scope: k.scope,
  user_id: k.userId,
  location_id: k.locationId,
  allowed_origins: k.allowedOrigins,
  created_at: k.createdAt.toISOString(),
  revoked_at: k.revokedAt ? k.revokedAt.toISOString() : null,
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
    { schema: { tags: ['admin'], summary: 'Create a user', params: TenantParams, body: AdminUserBody, response: { 201: AdminUser } } },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      const b = request.body;
      const user = await org.users.create(ctx, {
        email: b.email,
        password: b.password,
        role: b.role,
        firstName: b.first_name,
        lastName: b.last_name,
        phone: b.phone,
        externalRef: b.external_ref,
        locale: b.locale,
        locationIds: b.location_ids,
      });
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
    { schema: { tags: ['admin'], summary: 'Create a location', params: TenantParams, body: AdminLocationBody, response: { 201: AdminLocation } } },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      const { external_ref, address: a, ...b } = request.body;
      const address = { street1: a.street1, street2: a.street2, city: a.city, postCode: a.post_code, countryCode: a.country_code, phone: a.phone };
      return reply.status(201).send(toAdminLocation(await org.locations.create(ctx, { ...b, externalRef: external_ref, address })));
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
