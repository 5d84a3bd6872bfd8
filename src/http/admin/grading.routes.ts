import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CreateFormInput, FormDefinitionSchema, type FormVersionRecord } from '../../modules/grading/index.js';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';

const TenantParams = z.object({ tenant: z.string().max(60) });
const IdParams = TenantParams.extend({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** A stored definition (texts already normalised to `{ en, … }`), as the admin API answers it. */
const Localized = z.object({ en: z.string() }).catchall(z.string());
const Flags = { isVendorSelected: z.boolean(), isPartnerSelected: z.boolean(), isAffiliateSelected: z.boolean() };
const InfoCardOut = z.object({ id: z.number(), label: Localized, text: Localized, images: z.array(z.string()) });
const DefinitionOut = z.object({
  name: Localized,
  scoringType: z.union([z.literal(1), z.literal(2)]),
  questions: z.array(
    z.object({
      id: z.number(),
      name: Localized,
      label: Localized,
      info: Localized,
      infoCards: z.array(InfoCardOut),
      multiChoice: z.boolean(),
      optional: z.boolean(),
      answers: z.array(z.object({ id: z.number(), name: Localized, score: z.number(), infoCards: z.array(InfoCardOut), ...Flags })),
    }),
  ),
  extras: z.array(z.object({ id: z.number(), name: Localized, label: Localized.optional(), valuePct: z.number(), ...Flags })),
  systemExtras: z.array(z.object({ id: z.number(), ...Flags })),
  grades: z
    .array(
      z.object({
        key: z.string(),
        name: Localized,
        minScore: z.number(),
        condition: z.enum(['excellent', 'good', 'fair', 'poor']),
        ctia: z.object({ functional: z.enum(['Functional', 'Non-functional']), cosmetic: z.enum(['A', 'B', 'C', 'D']) }),
      }),
    )
    .optional(),
});

/** One version of a grading form (definition keys are camelCase, as the definitions are written). */
const AdminFormVersion = z.object({
  form_id: z.number(),
  version_id: z.number(),
  version: z.number(),
  status: z.enum(['draft', 'active', 'retired']),
  is_reference: z.boolean(),
  key: z.string(),
  item_group_key: z.string(),
  item_id: z.number().nullable(),
  definition: DefinitionOut,
  created_at: z.string(),
  published_at: z.string().nullable(),
});
const VersionList = z.object({ results: z.array(AdminFormVersion) });

const toAdmin = (v: FormVersionRecord): z.output<typeof AdminFormVersion> => ({
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
    { schema: { tags: ['admin'], summary: 'Grading form versions (own and reference)', params: TenantParams, response: { 200: VersionList } } },
    async (request) => {
      const ctx = requireUser(request, ['admin', 'technician']);
      return { results: (await grading.listVersions(ctx)).map(toAdmin) };
    },
  );

  r.get(
    '/api/:tenant/admin/grading-forms/:id',
    { schema: { tags: ['admin'], summary: 'Versions of one grading form', params: IdParams, response: { 200: VersionList } } },
    async (request) => {
      const ctx = requireUser(request, ['admin', 'technician']);
      return { results: (await grading.listVersions(ctx, request.params.id)).map(toAdmin) };
    },
  );

  r.post(
    '/api/:tenant/admin/grading-forms',
    {
      schema: {
        tags: ['admin'],
        summary: 'Create a grading form for a scope (version 1, draft)',
        params: TenantParams,
        body: CreateFormInput,
        response: { 201: AdminFormVersion },
      },
    },
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
        response: { 201: AdminFormVersion },
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      return reply.status(201).send(toAdmin(await grading.addVersion(ctx, request.params.id, request.body?.definition)));
    },
  );

  r.put(
    '/api/:tenant/admin/grading-form-versions/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'Edit a version no quote has used',
        params: IdParams,
        body: z.object({ definition: FormDefinitionSchema }),
        response: { 200: AdminFormVersion },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      return toAdmin(await grading.updateVersion(ctx, request.params.id, request.body.definition));
    },
  );

  r.post(
    '/api/:tenant/admin/grading-form-versions/:id/publish',
    { schema: { tags: ['admin'], summary: 'Make a version the active one of its form', params: IdParams, response: { 200: AdminFormVersion } } },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      return toAdmin(await grading.publishVersion(ctx, request.params.id));
    },
  );
}
