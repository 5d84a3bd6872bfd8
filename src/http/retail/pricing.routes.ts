import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { StoredQuote } from '../../modules/pricing/index.js';
import { currencySymbol, toMajor } from '../../platform/money/index.js';
import { requireCtx } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { RetailHeaders } from './retail.schemas.js';

const PriceQuoteRequest = z.object({
  /** Checked by the pricing module against the form version (B070010 when malformed). */
  GradingForm: z.any().meta({ description: '{ Answers: { [questionId]: answerId[] }, Extras: number[], SystemExtras: number[] }' }),
  ModelId: z.number().int(),
  ItemIdentifier: z.string().max(100).nullish(),
  LocationId: z.number().int().positive().nullish(),
  AgentId: z.string().max(100).nullish(),
  TradeInChannel: z.number().int().min(0).max(100).nullish(),
  TradeInType: z.number().int().min(0).max(100).nullish(),
  CampaignId: z.number().int().min(0).nullish(),
});

const Breakdown = z.array(z.object({ Code: z.string(), Label: z.string(), Amount: z.number() }));

const PriceQuoteResponse = z.object({
  PriceQuoteId: z.string(),
  ItemIdentifier: z.string().nullable(),
  Grade: z.string(),
  OfferedPrice: z.number(),
  OfferedPriceInclVat: z.number(),
  VATCoefficient: z.number().nullable(),
  CurrencyIsoCode: z.string(),
  CurrencySymbol: z.string(),
  ExchangeRate: z.number(),
  TradeInChannel: z.number(),
  TradeInType: z.number(),
  PotentialCampaign: z.object({ DeviceBonusInclVat: z.number(), DealBonusInclVat: z.number(), CampaignId: z.number() }),
  ExpiresAt: z.string(),
  Breakdown,
});

const StoredQuoteResponse = PriceQuoteResponse.extend({
  ModelId: z.number(),
  CreatedAt: z.string(),
  UsedAt: z.string().nullable(),
  IsUsable: z.boolean(),
});

function toRetail(q: StoredQuote, grade: string) {
  const m = (minor: number) => toMajor(minor, q.currency);
  return {
    PriceQuoteId: q.id,
    ItemIdentifier: q.itemIdentifier,
    Grade: grade,
    OfferedPrice: m(q.offeredPriceMinor),
    OfferedPriceInclVat: m(q.offeredPriceInclVatMinor),
    VATCoefficient: q.vatCoefficient,
    CurrencyIsoCode: q.currency,
    CurrencySymbol: currencySymbol(q.currency),
    ExchangeRate: q.exchangeRate,
    TradeInChannel: q.tradeInChannel,
    TradeInType: q.tradeInType,
    PotentialCampaign: { DeviceBonusInclVat: m(q.deviceBonusInclVatMinor), DealBonusInclVat: m(q.dealBonusInclVatMinor), CampaignId: q.campaignId ?? 0 },
    ExpiresAt: q.expiresAt.toISOString(),
    Breakdown: q.breakdown.map((l) => ({ Code: l.code, Label: l.label, Amount: m(l.amountMinor) })),
  };
}

/** Seed 003 §3: price quotes. */
export async function pricingRetailRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { pricing } = deps.modules;

  r.post(
    '/api/v2/retail/price-quote',
    {
      schema: {
        tags: ['retail'],
        summary: 'Price a device from grading answers (stored quote, with breakdown and expiry)',
        security: [{ apiKey: [] }],
        querystring: RetailHeaders.extend({
          currency: z
            .string()
            .regex(/^[A-Za-z]{3}$/)
            .optional(),
        }),
        body: PriceQuoteRequest,
        response: { 200: PriceQuoteResponse },
      },
    },
    async (request, reply) => {
      const ctx = requireCtx(request);
      const b = request.body;
      const quote = await pricing.createQuote(ctx, {
        gradingForm: b.GradingForm,
        modelId: b.ModelId,
        itemIdentifier: b.ItemIdentifier,
        locationId: b.LocationId,
        agentId: b.AgentId,
        tradeInChannel: b.TradeInChannel ?? 0,
        tradeInType: b.TradeInType ?? 0,
        campaignId: b.CampaignId,
        currency: request.query.currency,
      });
      // Built from typed domain values: serialized directly (the schema documents it), skipping a per-request zod pass.
      return reply.type('application/json; charset=utf-8').send(JSON.stringify(toRetail(quote, quote.gradeName)) as never);
    },
  );

  r.get(
    '/api/v2/retail/price-quote/:id',
    {
      schema: {
        tags: ['retail'],
        summary: 'A stored price quote with its breakdown and whether it can still be used',
        security: [{ apiKey: [] }],
        params: z.object({ id: z.string().max(100) }),
        querystring: RetailHeaders,
        response: { 200: StoredQuoteResponse },
      },
    },
    async (request) => {
      const ctx = requireCtx(request);
      const { quote, gradeName, isUsable } = await pricing.describeQuote(ctx, request.params.id);
      return {
        ...toRetail(quote, gradeName),
        ModelId: quote.variantId,
        CreatedAt: quote.createdAt.toISOString(),
        UsedAt: quote.usedAt ? quote.usedAt.toISOString() : null,
        IsUsable: isUsable,
      };
    },
  );
}
