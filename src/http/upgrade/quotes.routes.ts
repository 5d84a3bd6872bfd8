import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { zodApp, type RouteOptions } from '../route-types.js';
import { TenantParams } from './auth.routes.js';
import { ANY_USER, webCtx } from './session-ctx.js';
import { toDiligenceResult, toWebQuote } from './tradein-flow.mappers.js';
import { DiligenceResult, Named, tags, WebQuote } from './tradein-flow.schemas.js';

/** Pricing a graded device: quotes, the campaigns a quote may use, and the due-diligence checks. */
export async function quoteRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { pricing, diligence, campaigns } = deps.modules;

  r.post(
    '/api/:tenant/price_quotes',
    {
      schema: {
        tags,
        summary: 'Prices a device from grading answers (a stored quote with breakdown and expiry)',
        params: TenantParams,
        body: z.object({
          model_id: z.number().int(),
          answers: z.record(z.string().max(12), z.array(z.number().int()).max(50)),
          extras: z.array(z.number().int()).max(50).default([]),
          system_extras: z.array(z.number().int()).max(50).default([]),
          item_identifier: z.string().max(100).nullish(),
          campaign_id: z.number().int().min(0).nullish(),
          is_corporate: z.boolean().optional(),
        }),
        response: { 200: WebQuote },
      },
    },
    async (request) => {
      const ctx = webCtx(request);
      const b = request.body;
      const quote = await pricing.createQuote(ctx, {
        gradingForm: { Answers: b.answers, Extras: b.extras, SystemExtras: b.system_extras },
        modelId: b.model_id,
        itemIdentifier: b.item_identifier,
        locationId: ctx.actor.locationId ?? null,
        tradeInType: b.is_corporate ? 1 : 0,
        campaignId: b.campaign_id,
      });
      return toWebQuote(quote);
    },
  );

  r.get(
    '/api/:tenant/price_quotes/:id',
    {
      schema: {
        tags,
        summary: 'A stored quote and whether it can still be used',
        params: TenantParams.extend({ id: z.string().max(100) }),
        response: { 200: WebQuote.extend({ usable: z.boolean() }) },
      },
    },
    async (request) => {
      const ctx = webCtx(request);
      const { quote, isUsable } = await pricing.describeQuote(ctx, request.params.id);
      return { ...toWebQuote(quote), usable: isUsable };
    },
  );

  r.get(
    '/api/:tenant/campaigns',
    {
      schema: {
        tags,
        summary: 'Active campaigns to choose from',
        params: TenantParams,
        response: { 200: z.object({ results: z.array(Named.extend({ description: z.string(), status: z.string() })) }) },
      },
    },
    async (request) => {
      const ctx = webCtx(request, ANY_USER);
      const list = await campaigns.listActive(ctx);
      return { results: list.map((c) => ({ id: c.id, name: c.name, description: c.description, status: c.status })) };
    },
  );

  r.post(
    '/api/:tenant/due_diligence/checks',
    {
      schema: {
        tags,
        summary: 'Runs the due-diligence checks of a device and answers the report',
        params: TenantParams,
        body: z.object({
          model_id: z.number().int(),
          item_identifier: z.string().max(100),
          fmip_attestation: z.enum(['Activated', 'NotActivated']).nullish(),
        }),
        response: {
          200: z.object({
            report_id: z.string(),
            fraud: z.string(),
            fmip: z.string(),
            fraud_results: z.array(DiligenceResult),
            fmip_results: z.array(DiligenceResult),
          }),
        },
      },
    },
    async (request) => {
      const ctx = webCtx(request, ANY_USER);
      const b = request.body;
      const reportId = await diligence.checks.check(ctx, { modelId: b.model_id, itemIdentifier: b.item_identifier, fmipAttestation: b.fmip_attestation });
      const report = await diligence.checks.getReport(ctx, reportId);
      return {
        report_id: reportId,
        fraud: report.fraud,
        fmip: report.fmip,
        fraud_results: report.fraudResults.map(toDiligenceResult),
        fmip_results: report.fmipResults.map(toDiligenceResult),
      };
    },
  );
}
