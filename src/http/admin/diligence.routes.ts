import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { BlocklistEntry, ReportResultView, ReportView } from '../../modules/diligence/index.js';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { NoContent } from '../shared.schemas.js';

const TenantParams = z.object({ tenant: z.string().max(60) });

const AdminBlocklistEntry = z.object({
  id: z.number(),
  identifier: z.string(),
  reason: z.string(),
  source: z.string(),
  created_at: z.string(),
  created_by_user_id: z.number().nullable(),
});

const toAdmin = (e: BlocklistEntry): z.output<typeof AdminBlocklistEntry> => ({
  id: e.id,
  identifier: e.identifier,
  reason: e.reason,
  source: e.source,
  created_at: e.createdAt.toISOString(),
  created_by_user_id: e.createdByUserId,
});

const AdminReportResult = z.object({ provider: z.string(), cert_id: z.string(), result: z.string(), result_id: z.number(), timestamp: z.string() });
const AdminReport = z.object({
  id: z.string(),
  item_identifier: z.string(),
  variant_id: z.number(),
  fraud: z.string().describe('The worst fraud result'),
  fmip: z.string().describe('The worst Find-My result'),
  created_at: z.string(),
  fraud_results: z.array(AdminReportResult),
  fmip_results: z.array(AdminReportResult),
});

const toAdminResult = (r: ReportResultView): z.output<typeof AdminReportResult> => ({
  provider: r.provider,
  cert_id: r.certId,
  result: r.result,
  result_id: r.resultId,
  timestamp: r.timestamp.toISOString(),
});
const toAdminReport = (v: ReportView): z.output<typeof AdminReport> => ({
  id: v.id,
  item_identifier: v.itemIdentifier,
  variant_id: v.variantId,
  fraud: v.fraud,
  fmip: v.fmip,
  created_at: v.createdAt.toISOString(),
  fraud_results: v.fraudResults.map(toAdminResult),
  fmip_results: v.fmipResults.map(toAdminResult),
});

/** Administration of the tenant's blocklist of lost/stolen identifiers, and report reading. */
export async function diligenceAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { diligence } = deps.modules;

  r.get(
    '/api/:tenant/admin/blocklist',
    {
      schema: {
        tags: ['admin'],
        summary: 'Blocklisted identifiers (newest first), searchable',
        params: TenantParams,
        querystring: z.object({
          search: z.string().max(100).optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.object({ count: z.number(), results: z.array(AdminBlocklistEntry) }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin', 'technician', 'agent']);
      const { total, entries } = await diligence.blocklist.list(ctx, request.query);
      return { count: total, results: entries.map(toAdmin) };
    },
  );

  r.post(
    '/api/:tenant/admin/blocklist',
    {
      schema: {
        tags: ['admin'],
        summary: 'Blocks an identifier (lost/stolen): due diligence answers Failed',
        params: TenantParams,
        body: z.object({ identifier: z.string().max(100), reason: z.string().max(500), source: z.string().max(100).nullish() }),
        response: { 201: AdminBlocklistEntry },
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      return reply.status(201).send(toAdmin(await diligence.blocklist.add(ctx, request.body)));
    },
  );

  r.post(
    '/api/:tenant/admin/blocklist/import',
    {
      schema: {
        tags: ['admin'],
        summary: 'Imports a CSV (identifier,reason[,source[,date]]), all or nothing',
        params: TenantParams,
        body: z.object({ csv: z.string().max(20_000_000), source: z.string().max(100).optional() }),
        response: { 200: z.object({ added: z.number(), updated: z.number() }) },
      },
      bodyLimit: 25 * 1024 * 1024,
    },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      return diligence.blocklist.importCsv(ctx, request.body.csv, { source: request.body.source });
    },
  );

  r.delete(
    '/api/:tenant/admin/blocklist/:identifier',
    {
      schema: {
        tags: ['admin'],
        summary: 'Unblocks an identifier',
        params: TenantParams.extend({ identifier: z.string().max(100) }),
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      await diligence.blocklist.remove(ctx, request.params.identifier);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/:tenant/admin/diligence/reports/:id',
    {
      schema: {
        tags: ['admin'],
        summary: 'A due-diligence report with its summary',
        params: TenantParams.extend({ id: z.string().max(100) }),
        response: { 200: AdminReport },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin', 'technician', 'agent']);
      return toAdminReport(await diligence.checks.getReport(ctx, request.params.id));
    },
  );
}
