import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CreateFormInput, FormDefinitionSchema, type FormVersionRecord } from '../../modules/grading/index.js';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';

const TenantParams = z.object({ tenant: z.string().max(60) });
const IdParams = TenantParams.extend({ id: z.coerce.number().int().positive().max(2_147_483_647) });

const toAdmin = (v: FormVersionRecord) => ({
  form_id: v.formId,
  version_id: v.versionId,
  version: v.version,
  status: v.status,
  is_reference: v.tenantId === null,
  key: v.key,
  item_group_key: v.itemGroupKey,
  item_id: v.itemId,
  definition: v.definition,
  created_at: v.createdAt.toISOString(),
  published_at: v.publishedAt ? v.publishedAt.toISOString() : null,
});

/** Grading forms: list (own and reference), create, add versions, edit unused versions, publish. */
export async function gradingAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { grading } = deps.modules;

  r.get(
    '/api/:tenant/admin/grading-forms',
    { schema: { tags: ['admin'], summary: 'Grading form versions (own and reference)', params: TenantParams } },
    async (request) => {
      const ctx = requireUser(request, ['admin', 'technician']);
      return { results: (await grading.listVersions(ctx)).map(toAdmin) };
    },
  );

  r.get(
    '/api/:tenant/admin/grading-forms/:id',
    { schema: { tags: ['admin'], summary: 'Versions of one grading form', params: IdParams } },
    async (request) => {
      const ctx = requireUser(request, ['admin', 'technician']);
      return { results: (await grading.listVersions(ctx, request.params.id)).map(toAdmin) };
    },
  );

  r.post(
    '/api/:tenant/admin/grading-forms',
    { schema: { tags: ['admin'], summary: 'Create a grading form for a scope (version 1, draft)', params: TenantParams, body: CreateFormInput } },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      return reply.status(201).send(toAdmin(await grading.createForm(ctx, request.body)));
    },
  );

  r.post(
    '/api/:tenant/admin/grading-forms/:id/versions',
    {
      schema: {
        tags: ['admin'],
        summary: 'Add a draft version (copy of the newest when no definition is sent)',
        params: IdParams,
        body: z.object({ definition: FormDefinitionSchema.optional() }).optional(),
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      return reply.status(201).send(toAdmin(await grading.addVersion(ctx, request.params.id, request.body?.definition)));
    },
  );

  r.put(
    '/api/:tenant/admin/grading-form-versions/:id',
    { schema: { tags: ['admin'], summary: 'Edit a version no quote has used', params: IdParams, body: z.object({ definition: FormDefinitionSchema }) } },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      return toAdmin(await grading.updateVersion(ctx, request.params.id, request.body.definition));
    },
  );

  r.post(
    '/api/:tenant/admin/grading-form-versions/:id/publish',
    { schema: { tags: ['admin'], summary: 'Make a version the active one of its form', params: IdParams } },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      return toAdmin(await grading.publishVersion(ctx, request.params.id));
    },
  );
}
