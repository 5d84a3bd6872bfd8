import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { definitionIn, versionOut } from './grading.mappers.js';
import { AdminCreateFormIn, AdminDefinitionIn, AdminFormVersion } from './grading.schemas.js';

const TenantParams = z.object({ tenant: z.string().max(60) });
const IdParams = TenantParams.extend({ id: z.coerce.number().int().positive().max(2_147_483_647) });

const VersionList = z.object({ results: z.array(AdminFormVersion) });

/** Grading forms: list (own and reference), create, add versions, edit unused versions, publish. */
export async function gradingAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { grading } = deps.modules;

  r.get(
    '/api/:tenant/admin/grading-forms',
    { schema: { tags: ['admin'], summary: 'Grading form versions (own and reference)', params: TenantParams, response: { 200: VersionList } } },
    async (request) => {
      const ctx = requireUser(request, ['admin', 'technician']);
      return { results: (await grading.listVersions(ctx)).map(versionOut) };
    },
  );

  r.get(
    '/api/:tenant/admin/grading-forms/:id',
    { schema: { tags: ['admin'], summary: 'Versions of one grading form', params: IdParams, response: { 200: VersionList } } },
    async (request) => {
      const ctx = requireUser(request, ['admin', 'technician']);
      return { results: (await grading.listVersions(ctx, request.params.id)).map(versionOut) };
    },
  );

  r.post(
    '/api/:tenant/admin/grading-forms',
    {
      schema: {
        tags: ['admin'],
        summary: 'Create a grading form for a scope (version 1, draft)',
        params: TenantParams,
        body: AdminCreateFormIn,
        response: { 201: AdminFormVersion },
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      return reply.status(201).send(
        versionOut(
          await grading.createForm(ctx, {
            key: request.body.key,
            itemGroupKey: request.body.item_group_key,
            itemId: request.body.item_id,
            definition: definitionIn(request.body.definition),
          }),
        ),
      );
    },
  );

  r.post(
    '/api/:tenant/admin/grading-forms/:id/versions',
    {
      schema: {
        tags: ['admin'],
        summary: 'Add a draft version (copy of the newest when no definition is sent)',
        params: IdParams,
        body: z.object({ definition: AdminDefinitionIn.optional() }).optional(),
        response: { 201: AdminFormVersion },
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      return reply
        .status(201)
        .send(versionOut(await grading.addVersion(ctx, request.params.id, request.body?.definition && definitionIn(request.body.definition))));
    },
  );

  r.put(
    '/api/:tenant/admin/grading-form-versions/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Edit a version no quote has used',
        params: IdParams,
        body: z.object({ definition: AdminDefinitionIn }),
        response: { 200: AdminFormVersion },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      return versionOut(await grading.updateVersion(ctx, request.params.id, definitionIn(request.body.definition)));
    },
  );

  r.post(
    '/api/:tenant/admin/grading-form-versions/:id/publish',
    { schema: { tags: ['admin'], summary: 'Make a version the active one of its form', params: IdParams, response: { 200: AdminFormVersion } } },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      return versionOut(await grading.publishVersion(ctx, request.params.id));
    },
  );
}
