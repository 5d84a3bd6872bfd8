import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DataFieldRules, TEMPLATE_TYPES, type DataField, type UpdateDataFieldInput } from '../../modules/datafields/index.js';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';

const TenantParams = z.object({ tenant: z.string().max(60) });
const FieldParams = TenantParams.extend({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** A data field as the admin API answers it, in this surface's snake_case. */
const AdminDataField = z.object({
  id: z.number(),
  name: z.string(),
  labels: z.record(z.string(), z.string()),
  template_type: z.enum(TEMPLATE_TYPES),
  data_type: z.string(),
  is_required: z.boolean(),
  is_visible: z.boolean(),
  is_active: z.boolean(),
  is_campaign_field: z.boolean(),
  scope: z.array(z.enum(['Corporate', 'Private'])),
  sort_order: z.number(),
  regex: z.string().nullable(),
  list_options: z.array(z.object({ value: z.string(), labels: z.record(z.string(), z.string()) })),
  is_unique: z.boolean(),
  max_uses_per_value: z.number().nullable(),
  requires_validation: z.boolean(),
  external_validation: z.object({ url: z.string(), timeout_ms: z.number(), has_api_key: z.boolean() }).nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

const toAdmin = (f: DataField): z.output<typeof AdminDataField> => ({
  id: f.id,
  name: f.name,
  labels: f.labels,
  template_type: f.templateType,
  data_type: f.dataType,
  is_required: f.isRequired,
  is_visible: f.isVisible,
  is_active: f.isActive,
  is_campaign_field: f.isCampaignField,
  scope: [...(f.scopeCorporate ? (['Corporate'] as const) : []), ...(f.scopePrivate ? (['Private'] as const) : [])],
  sort_order: f.sortOrder,
  regex: f.regex,
  list_options: f.listOptions,
  is_unique: f.isUnique,
  max_uses_per_value: f.maxUsesPerValue,
  requires_validation: f.requiresValidation,
  // The validator's key is write-only.
  external_validation: f.externalValidation
    ? { url: f.externalValidation.url, timeout_ms: f.externalValidation.timeoutMs, has_api_key: f.externalValidation.apiKey !== null }
    : null,
  created_at: f.createdAt.toISOString(),
  updated_at: f.updatedAt.toISOString(),
});

/**
 * The definition a client sends, snake_case over the module's rules; absent keys take the
 * module's defaults on create and keep their value on change.
 */
const rules = DataFieldRules;
const validator = rules.externalValidation.unwrap().shape;
const DataFieldBody = z
  .object({
    name: rules.name,
    labels: rules.labels,
    template_type: rules.templateType,
    data_type: rules.dataType,
    is_required: rules.isRequired,
    is_visible: rules.isVisible,
    is_active: rules.isActive,
    is_campaign_field: rules.isCampaignField,
    scope: rules.scope,
    sort_order: rules.sortOrder,
    regex: rules.regex,
    list_options: rules.listOptions,
    is_unique: rules.isUnique,
    max_uses_per_value: rules.maxUsesPerValue,
    requires_validation: rules.requiresValidation,
    external_validation: z.object({ url: validator.url, api_key: validator.apiKey, timeout_ms: validator.timeoutMs }).strict().nullable(),
  })
  .partial()
  .strict();
const CreateBody = DataFieldBody.required({ name: true });

const fromBody = (b: z.output<typeof DataFieldBody>): UpdateDataFieldInput => ({
  name: b.name,
  labels: b.labels,
  templateType: b.template_type,
  dataType: b.data_type,
  isRequired: b.is_required,
  isVisible: b.is_visible,
  isActive: b.is_active,
  isCampaignField: b.is_campaign_field,
  scope: b.scope,
  sortOrder: b.sort_order,
  regex: b.regex,
  listOptions: b.list_options,
  isUnique: b.is_unique,
  maxUsesPerValue: b.max_uses_per_value,
  requiresValidation: b.requires_validation,
  externalValidation: b.external_validation && {
    url: b.external_validation.url,
    apiKey: b.external_validation.api_key,
    timeoutMs: b.external_validation.timeout_ms,
  },
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
    { schema: { tags: ['admin'], summary: 'Create a custom data field', params: TenantParams, body: CreateBody, response: { 201: AdminDataField } } },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      return reply.status(201).send(toAdmin(await datafields.create(ctx, { ...fromBody(request.body), name: request.body.name })));
    },
  );

  r.get(
    '/api/:tenant/admin/data-fields/:id',
    { schema: { tags: ['admin'], summary: 'One custom data field', params: FieldParams, response: { 200: AdminDataField } } },
    async (request) => toAdmin(await datafields.get(requireUser(request, ['admin']), request.params.id)),
  );

  r.patch(
    '/api/:tenant/admin/data-fields/:id',
    { schema: { tags: ['admin'], summary: 'Change a custom data field', params: FieldParams, body: DataFieldBody, response: { 200: AdminDataField } } },
    async (request) => toAdmin(await datafields.update(requireUser(request, ['admin']), request.params.id, fromBody(request.body))),
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
