import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CreateDataFieldInput, TEMPLATE_TYPES, UpdateDataFieldInput, type DataField } from '../../modules/datafields/index.js';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';

const TenantParams = z.object({ tenant: z.string().max(60) });
const FieldParams = TenantParams.extend({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/**
 * A data field as the admin API answers it. This surface answers camelCase (as the input it
 * takes, `CreateDataFieldInput`); the schema describes exactly that.
 */
const AdminDataField = z.object({
  id: z.number(),
  name: z.string(),
  labels: z.record(z.string(), z.string()),
  templateType: z.enum(TEMPLATE_TYPES),
  dataType: z.string(),
  isRequired: z.boolean(),
  isVisible: z.boolean(),
  isActive: z.boolean(),
  isCampaignField: z.boolean(),
  scope: z.array(z.enum(['Corporate', 'Private'])),
  sortOrder: z.number(),
  regex: z.string().nullable(),
  listOptions: z.array(z.object({ value: z.string(), labels: z.record(z.string(), z.string()) })),
  isUnique: z.boolean(),
  maxUsesPerValue: z.number().nullable(),
  requiresValidation: z.boolean(),
  externalValidation: z.object({ url: z.string(), timeoutMs: z.number(), hasApiKey: z.boolean() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const toAdmin = (f: DataField): z.output<typeof AdminDataField> => ({
  id: f.id,
  name: f.name,
  labels: f.labels,
  templateType: f.templateType,
  dataType: f.dataType,
  isRequired: f.isRequired,
  isVisible: f.isVisible,
  isActive: f.isActive,
  isCampaignField: f.isCampaignField,
  scope: [...(f.scopeCorporate ? (['Corporate'] as const) : []), ...(f.scopePrivate ? (['Private'] as const) : [])],
  sortOrder: f.sortOrder,
  regex: f.regex,
  listOptions: f.listOptions,
  isUnique: f.isUnique,
  maxUsesPerValue: f.maxUsesPerValue,
  requiresValidation: f.requiresValidation,
  // The validator's key is write-only.
  externalValidation: f.externalValidation
    ? { url: f.externalValidation.url, timeoutMs: f.externalValidation.timeoutMs, hasApiKey: f.externalValidation.apiKey !== null }
    : null,
  createdAt: f.createdAt.toISOString(),
  updatedAt: f.updatedAt.toISOString(),
});

/** Administration of custom data fields. */
export async function datafieldsAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { datafields } = deps.modules;

  r.get(
    '/api/:tenant/admin/data-fields',
    {
      schema: {
        tags: ['admin'],
        summary: 'List custom data fields (active and inactive)',
        params: TenantParams,
        response: { 200: z.object({ results: z.array(AdminDataField) }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      return { results: (await datafields.list(ctx)).map(toAdmin) };
    },
  );

  r.post(
    '/api/:tenant/admin/data-fields',
    { schema: { tags: ['admin'], summary: 'Create a custom data field', params: TenantParams, body: CreateDataFieldInput, response: { 201: AdminDataField } } },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      return reply.status(201).send(toAdmin(await datafields.create(ctx, request.body)));
    },
  );

  r.get(
    '/api/:tenant/admin/data-fields/:id',
    { schema: { tags: ['admin'], summary: 'One custom data field', params: FieldParams, response: { 200: AdminDataField } } },
    async (request) => toAdmin(await datafields.get(requireUser(request, ['admin']), request.params.id)),
  );

  r.patch(
    '/api/:tenant/admin/data-fields/:id',
    { schema: { tags: ['admin'], summary: 'Change a custom data field', params: FieldParams, body: UpdateDataFieldInput, response: { 200: AdminDataField } } },
    async (request) => toAdmin(await datafields.update(requireUser(request, ['admin']), request.params.id, request.body)),
  );

  r.delete(
    '/api/:tenant/admin/data-fields/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Delete a data field (deactivates it when trade-ins have used it)',
        params: FieldParams,
        response: { 200: z.object({ result: z.enum(['deleted', 'deactivated']) }) },
      },
    },
    async (request) => ({ result: await datafields.remove(requireUser(request, ['admin']), request.params.id) }),
  );
}
