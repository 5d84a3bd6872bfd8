import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Campaign } from '../../modules/campaigns/index.js';
import { requireCtx } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { RetailHeaders } from './retail.schemas.js';

const RetailCampaign = z.object({
  Id: z.number(),
  Name: z.string(),
  ActiveFrom: z.string(),
  ActiveTo: z.string(),
  Description: z.string(),
  OverrideVendorTC: z.boolean(),
  TermsAndConditions: z.string(),
  PromoCode: z.string(),
  HasFmipDeduction: z.boolean(),
  MaxDevicesPerTradeIn: z.number().nullable(),
  Status: z.enum(['Active', 'Upcoming', 'Expired']),
  Strategy: z.enum(['Sum', 'Max']),
});

const RetailCampaignDetails = RetailCampaign.extend({
  DataFields: z.array(z.record(z.string(), z.unknown())),
  Offers: z.array(z.object({ Amount: z.number(), OfferCode: z.string(), AdjustmentType: z.string(), Grade: z.string(), OfferType: z.string() })),
});

/** Seed timestamps carry no zone or milliseconds ("2021-07-27T00:00:00"); ours are UTC. */
const ts = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

const toRetail = (c: Campaign) => ({
  Id: c.id,
  Name: c.name,
  ActiveFrom: ts(c.activeFrom),
  ActiveTo: ts(c.activeTo),
  Description: c.description,
  OverrideVendorTC: c.overrideVendorTC,
  TermsAndConditions: c.termsAndConditions,
  PromoCode: c.promoCode,
  HasFmipDeduction: c.hasFmipDeduction,
  MaxDevicesPerTradeIn: c.maxDevicesPerTradeIn,
  Status: c.status,
  Strategy: c.strategy,
});

/** Seed 003 §8: campaigns. */
export async function campaignsRetailRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { campaigns } = deps.modules;

  // Seed 003 §8 names both `GET /api/v2/retail/campaigns/` and `…/campaigns/list`.
  for (const path of ['/api/v2/retail/campaigns/list', '/api/v2/retail/campaigns/']) {
    r.get(
      path,
      {
        schema: {
          tags: ['retail'],
          summary: 'Campaigns of the tenant with their status',
          security: [{ apiKey: [] }],
          querystring: RetailHeaders,
          response: { 200: z.object({ Data: z.array(RetailCampaign) }) },
        },
      },
      async (request) => {
        const ctx = requireCtx(request);
        return { Data: (await campaigns.list(ctx)).map(toRetail) };
      },
    );
  }

  r.get(
    '/api/v2/retail/campaigns/details/:id',
    {
      schema: {
        tags: ['retail'],
        summary: 'A campaign with its offers and data fields',
        security: [{ apiKey: [] }],
        params: z.object({ id: z.coerce.number().int() }),
        querystring: RetailHeaders,
        response: { 200: RetailCampaignDetails },
      },
    },
    async (request) => {
      const ctx = requireCtx(request);
      const { campaign, dataFields } = await campaigns.details(ctx, request.params.id);
      return {
        DataFields: dataFields as Record<string, unknown>[],
        Offers: campaign.offers.map((o) => ({
          Amount: o.amount,
          OfferCode: o.offerCode,
          AdjustmentType: o.adjustmentType,
          Grade: o.grade,
          OfferType: o.offerType,
        })),
        ...toRetail(campaign),
      };
    },
  );
}
