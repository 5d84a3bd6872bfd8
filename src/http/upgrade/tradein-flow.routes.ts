import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DEFAULT_MODEL_LIMIT } from '../../modules/catalog/index.js';
import { awaitsTradeInDecision } from '../../modules/commerce/index.js';
import type { LocalizedForm } from '../../modules/grading/index.js';
import { BrandingSettings } from '../../modules/org/index.js';
import type { StoredQuote } from '../../modules/pricing/index.js';
import { toMajor } from '../../platform/money/index.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { TenantParams, toUpgradeUser, UpgradeUser } from './auth.routes.js';
import { ANY_USER, toWebTradeIn, webCtx, WebTradeIn } from './session-ctx.js';

const Id = z.coerce.number().int().positive().max(2_147_483_647);
const IdParams = TenantParams.extend({ id: Id });
const tags = ['web'];

const Named = z.object({ id: z.number(), name: z.string() });

const WebModel = z.object({
  id: z.number(),
  item_id: z.number(),
  item_name: z.string(),
  product_name: z.string(),
  product_name_short: z.string(),
  storage_gb: z.number().nullable(),
  item_group_id: z.number(),
  item_group_key: z.string(),
  manufacturer_id: z.number(),
  manufacturer_name: z.string(),
  price: z.number().nullable().describe('Working-device price, major units of the tenant currency'),
  currency: z.string(),
  picture_url: z.string().nullable(),
});

const InfoCard = z.object({ id: z.number(), label: z.string(), text: z.string().describe('HTML; sanitise before showing'), images: z.array(z.string()) });

const WebGradingForm = z.object({
  id: z.number(),
  name: z.string(),
  questions: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      label: z.string(),
      info: z.string(),
      multi_choice: z.boolean(),
      info_cards: z.array(InfoCard),
      answers: z.array(z.object({ id: z.number(), name: z.string(), info_cards: z.array(InfoCard) })),
    }),
  ),
  extras: z.array(z.object({ id: z.number(), name: z.string(), label: z.string() })),
  system_extras: z.array(z.object({ id: z.number() })),
});

const WebQuote = z.object({
  id: z.string(),
  model_id: z.number(),
  item_identifier: z.string().nullable(),
  grade: z.string(),
  offered_price: z.number(),
  offered_price_incl_vat: z.number(),
  currency: z.string(),
  campaign_id: z.number().nullable(),
  device_bonus_incl_vat: z.number(),
  expires_at: z.string(),
  breakdown: z.array(z.object({ code: z.string(), label: z.string(), amount: z.number() })),
});

const toWebQuote = (q: StoredQuote) => {
  const m = (minor: number) => toMajor(minor, q.currency);
  return {
    id: q.id,
    model_id: q.variantId,
    item_identifier: q.itemIdentifier,
    grade: q.gradeName,
    offered_price: m(q.offeredPriceMinor),
    offered_price_incl_vat: m(q.offeredPriceInclVatMinor),
    currency: q.currency,
    campaign_id: q.campaignId,
    device_bonus_incl_vat: m(q.deviceBonusInclVatMinor),
    expires_at: q.expiresAt.toISOString(),
    breakdown: q.breakdown.map((l) => ({ code: l.code, label: l.label, amount: m(l.amountMinor) })),
  };
};

const card = (c: { id: number; label: string; text: string; images: string[] }) => ({ id: c.id, label: c.label, text: c.text, images: c.images });
const toWebForm = (f: LocalizedForm) => ({
  id: f.id,
  name: f.name,
  questions: f.questions.map((q) => ({
    id: q.id,
    name: q.name,
    label: q.label,
    info: q.info,
    multi_choice: q.multiChoice,
    info_cards: q.infoCards.map(card),
    answers: q.answers.map((a) => ({ id: a.id, name: a.name, info_cards: a.infoCards.map(card) })),
  })),
  extras: f.extras.map((e) => ({ id: e.id, name: e.name, label: e.label })),
  system_extras: f.systemExtras.map((s) => ({ id: s.id })),
});

const DiligenceResult = z.object({ provider: z.string(), result: z.string(), result_id: z.number(), timestamp: z.string() });

const DataField = z.object({
  id: z.number(),
  name: z.string(),
  label: z.string(),
  required: z.boolean(),
  scope: z.string().describe('"Corporate, Private", "Corporate", "Private" or "" (no restriction)'),
  template_type: z.string(),
  type: z.string(),
  campaign_field: z.boolean(),
  options: z.array(z.object({ value: z.string(), label: z.string() })),
});

export const RegisterWebBody = z.object({
  devices: z
    .array(z.object({ price_quote_id: z.string().max(100), device_identifier: z.string().max(100) }))
    .min(1)
    .max(50),
  custom_data_fields: z
    .array(z.object({ id: z.number().int(), value: z.string().max(10_000).nullable() }))
    .max(200)
    .optional(),
  is_corporate: z.boolean().optional(),
  organization_name: z.string().max(300).nullish(),
  client_first_name: z.string().max(200).nullish(),
  client_last_name: z.string().max(200).nullish(),
  trade_in_ref: z.string().max(1000).nullish(),
});

/**
 * The web app's trade-in flow on the session surface (`/api/{tenant}/…`): device search,
 * grading form, price quote, due diligence, data fields, registration, "my trade-ins", the PDF
 * link and the final-valuation decision. Each route calls the same use case as the retail
 * (API-key) route; search, form and quote work without signing in.
 */
export async function tradeinFlowRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { catalog, grading, pricing, diligence, datafields, campaigns, tradeins, commerce } = deps.modules;

  r.get(
    '/api/:tenant/web/config',
    {
      schema: {
        tags,
        summary: "The tenant's name, branding, currency and locales for the web app",
        params: TenantParams,
        response: {
          200: z.object({
            slug: z.string(),
            name: z.string(),
            currency: z.string(),
            default_locale: z.string(),
            locales: z.array(z.string()),
            branding: z.object({ primary_color: z.string(), on_primary_color: z.string(), logo_url: z.string().nullable() }),
          }),
        },
      },
    },
    async (request) => {
      const ctx = webCtx(request);
      const b = BrandingSettings.read(ctx.tenant);
      return {
        slug: ctx.tenant.slug,
        name: ctx.tenant.name,
        currency: ctx.tenant.currency,
        default_locale: ctx.tenant.defaultLocale,
        locales: ctx.tenant.locales,
        branding: { primary_color: b.primaryColor, on_primary_color: b.onPrimaryColor, logo_url: b.logoUrl },
      };
    },
  );

  r.get(
    '/api/:tenant/web/session',
    {
      schema: {
        tags,
        summary: 'The signed-in user, or null (never a 401: the app asks this on every load)',
        params: TenantParams,
        response: { 200: z.object({ user: UpgradeUser.extend({ location_ids: z.array(z.number()) }).nullable() }) },
      },
    },
    async (request) => {
      webCtx(request);
      const user = request.session?.user;
      return { user: user ? { ...toUpgradeUser(user), location_ids: user.locationIds } : null };
    },
  );

  r.get(
    '/api/:tenant/catalog/item_groups',
    {
      schema: {
        tags,
        summary: 'Item groups (names in the request language)',
        params: TenantParams,
        response: { 200: z.object({ results: z.array(Named.extend({ key: z.string() })) }) },
      },
    },
    async (request) => {
      const ctx = webCtx(request);
      const groups = await catalog.listItemGroups(ctx);
      return { results: groups.map((g) => ({ id: g.id, key: g.key, name: g.names[ctx.locale] ?? g.names.en ?? g.name })) };
    },
  );

  r.get(
    '/api/:tenant/catalog/manufacturers',
    {
      schema: {
        tags,
        summary: 'Manufacturers, optionally of one item group',
        params: TenantParams,
        querystring: z.object({ item_group_id: Id.optional() }),
        response: { 200: z.object({ results: z.array(Named) }) },
      },
    },
    async (request) => {
      const ctx = webCtx(request);
      return { results: (await catalog.listManufacturers(ctx, request.query.item_group_id)).map((m) => ({ id: m.id, name: m.name })) };
    },
  );

  r.get(
    '/api/:tenant/catalog/models',
    {
      schema: {
        tags,
        summary: 'Models by search term, IMEI or serial number, or by item group / manufacturer',
        params: TenantParams,
        querystring: z.object({
          term: z.string().max(200).optional(),
          item_group_id: Id.optional(),
          manufacturer_id: Id.optional(),
          limit: z.coerce.number().int().positive().max(500).optional(),
        }),
        response: { 200: z.object({ results: z.array(WebModel), hint: z.string().nullable(), matched_by: z.enum(['browse', 'text', 'imei', 'serial']) }) },
      },
    },
    async (request) => {
      const ctx = webCtx(request);
      const q = request.query;
      const result = await catalog.searchModels(ctx, {
        term: q.term,
        itemGroupId: q.item_group_id,
        manufacturerId: q.manufacturer_id,
        limit: q.limit ?? DEFAULT_MODEL_LIMIT,
      });
      return {
        results: result.models.map((m) => ({
          id: m.id,
          item_id: m.itemId,
          item_name: m.itemName,
          product_name: m.productName,
          product_name_short: m.productNameShort,
          storage_gb: m.storageGb,
          item_group_id: m.itemGroupId,
          item_group_key: m.itemGroupKey,
          manufacturer_id: m.manufacturerId,
          manufacturer_name: m.manufacturerName,
          price: result.prices.get(m.id) ?? null,
          currency: ctx.tenant.currency,
          picture_url: m.pictureUrl,
        })),
        hint: result.hint,
        matched_by: result.matchedBy,
      };
    },
  );

  r.get(
    '/api/:tenant/catalog/models/:id/grading_form',
    { schema: { tags, summary: 'The grading form of a model in the request language', params: IdParams, response: { 200: WebGradingForm } } },
    async (request) => {
      const ctx = webCtx(request);
      const { form } = await grading.formForModel(ctx, request.params.id);
      return toWebForm(grading.localize(ctx, form));
    },
  );

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
      const list = await campaigns.list(ctx);
      return { results: list.filter((c) => c.status === 'Active').map((c) => ({ id: c.id, name: c.name, description: c.description, status: c.status })) };
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
      const res = (x: (typeof report.fraudResults)[number]) => ({
        provider: x.provider,
        result: x.result,
        result_id: x.resultId,
        timestamp: x.timestamp.toISOString(),
      });
      return {
        report_id: reportId,
        fraud: report.fraud,
        fmip: report.fmip,
        fraud_results: report.fraudResults.map(res),
        fmip_results: report.fmipResults.map(res),
      };
    },
  );

  r.get(
    '/api/:tenant/data_fields',
    {
      schema: {
        tags,
        summary: 'The custom data fields a trade-in asks for',
        params: TenantParams,
        response: { 200: z.object({ results: z.array(DataField) }) },
      },
    },
    async (request) => {
      const ctx = webCtx(request, ANY_USER);
      const fields = await datafields.listRetail(ctx);
      return {
        results: fields
          .filter((f) => f.IsVisible)
          .map((f) => ({
            id: f.DataFieldId,
            name: f.DataFieldName,
            label: f.Label,
            required: f.IsRequired,
            scope: f.Scope,
            template_type: f.DataFieldTemplateType,
            type: f.DataFieldType,
            campaign_field: f.IsCampaignField,
            options: f.ListOptions.map((o) => ({ value: o.Value, label: o.Label })),
          })),
      };
    },
  );

  r.get(
    '/api/:tenant/data_fields/:id/validate',
    {
      schema: {
        tags,
        summary: 'Checks one data field value as typed (an unacceptable value is a 200 with valid false and the message)',
        params: IdParams,
        querystring: z.object({ value: z.string().max(2000).default('') }),
        response: { 200: z.object({ valid: z.boolean(), message: z.string() }) },
      },
    },
    async (request) => {
      const ctx = webCtx(request, ANY_USER);
      const outcome = await datafields.validateValue(ctx, { dataFieldId: String(request.params.id), value: request.query.value });
      return outcome.valid ? { valid: true, message: '' } : { valid: false, message: outcome.error.localizedMessage(ctx.locale) };
    },
  );

  r.post(
    '/api/:tenant/tradeins',
    {
      schema: {
        tags,
        summary: "Registers a trade-in for the signed-in customer, or at the agent's location (temporary: agents only)",
        params: TenantParams,
        querystring: z.object({ temporary: z.enum(['true', 'false']).default('false') }),
        body: RegisterWebBody,
        response: { 201: WebTradeIn },
      },
    },
    async (request, reply) => {
      const temporary = request.query.temporary === 'true';
      const ctx = webCtx(request, temporary ? ['agent', 'admin'] : ANY_USER);
      const b = request.body;
      const user = request.session!.user;
      const isCustomer = user.role === 'customer';
      const t = await tradeins.register(
        ctx,
        {
          tradeInDevices: b.devices.map((d) => ({ priceQuoteId: d.price_quote_id, deviceIdentifier: d.device_identifier })),
          customDataFields: (b.custom_data_fields ?? []).map((f) => ({ dataFieldId: f.id, dataFieldValue: f.value })),
          isCorporate: b.is_corporate ?? false,
          organizationName: b.organization_name,
          // A customer registers as themself.
          clientFirstName: isCustomer ? user.firstName : b.client_first_name,
          clientLastName: isCustomer ? user.lastName : b.client_last_name,
          tradeInRef: b.trade_in_ref,
        },
        { temporary, source: 'retail' },
      );
      return reply.status(201).send(toWebTradeIn(t));
    },
  );

  r.get(
    '/api/:tenant/tradeins',
    {
      schema: {
        tags,
        summary: "The signed-in customer's trade-ins, or those of the agent's location (today: since midnight UTC)",
        params: TenantParams,
        querystring: z.object({ today: z.enum(['true', 'false']).default('false') }),
        response: { 200: z.object({ results: z.array(WebTradeIn) }) },
      },
    },
    async (request) => {
      const ctx = webCtx(request, ANY_USER);
      const now = ctx.clock.now();
      const since = request.query.today === 'true' ? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())) : undefined;
      return { results: (await tradeins.listVisible(ctx, { since })).map(toWebTradeIn) };
    },
  );

  r.get(
    '/api/:tenant/tradeins/:id',
    { schema: { tags, summary: 'One trade-in the user may see', params: IdParams, response: { 200: WebTradeIn } } },
    async (request) => toWebTradeIn(await tradeins.get(webCtx(request, ANY_USER), request.params.id)),
  );

  r.get(
    '/api/:tenant/tradeins/temp/:id',
    { schema: { tags, summary: "One temporary trade-in of the agent's location", params: IdParams, response: { 200: WebTradeIn } } },
    async (request) => toWebTradeIn(await tradeins.getTemp(webCtx(request, ['agent', 'admin']), request.params.id)),
  );

  r.get(
    '/api/:tenant/tradeins/:id/pdf_link',
    {
      schema: {
        tags,
        summary: 'A signed, expiring link to the trade-in PDF',
        params: IdParams,
        response: { 200: z.object({ url: z.string(), expires_at: z.string() }) },
      },
    },
    async (request) => {
      const link = await tradeins.pdfLink(webCtx(request, ANY_USER), request.params.id);
      // Same origin as the app: the path only, so the browser stays on this host.
      return { url: new URL(link.url).pathname, expires_at: link.expiresAt.toISOString() };
    },
  );

  const OrderTradeIn = z.object({
    order_item_id: z.number(),
    order_number: z.string(),
    product_name: z.string().describe('The old device'),
    offered_price: z.number(),
    final_price: z.number().nullable(),
    currency: z.string(),
    valuated_at: z.string().nullable(),
    decision: z.enum(['approved', 'rejected']).nullable(),
    awaits_decision: z.boolean(),
  });

  r.get(
    '/api/:tenant/order_tradeins',
    {
      schema: {
        tags,
        summary: "The signed-in customer's trade-ins made with orders, with the final valuation and their decision",
        params: TenantParams,
        response: { 200: z.object({ results: z.array(OrderTradeIn) }) },
      },
    },
    async (request) => {
      const ctx = webCtx(request, ['customer']);
      const { orders } = await commerce.listOrders(ctx, { limit: 100, offset: 0 });
      const results = orders.flatMap((o) =>
        o.items
          .filter((i) => i.tradeinDeviceId !== null && i.attributes.tradein)
          .map((i) => {
            const ti = i.attributes.tradein as { product_name?: string; offered_price_minor?: number; currency?: string };
            const currency = ti.currency ?? o.currency;
            return {
              order_item_id: i.id,
              order_number: o.number,
              product_name: ti.product_name ?? i.productName,
              offered_price: toMajor(ti.offered_price_minor ?? 0, currency),
              final_price: i.tradeinFinalPriceMinor === null ? null : toMajor(i.tradeinFinalPriceMinor, currency),
              currency,
              valuated_at: i.tradeinValuatedAt ? i.tradeinValuatedAt.toISOString() : null,
              decision: i.tradeinReview,
              awaits_decision: awaitsTradeInDecision(i),
            };
          }),
      );
      return { results };
    },
  );

  r.post(
    '/api/:tenant/order_tradeins/:id/decision',
    {
      schema: {
        tags,
        summary: "Approve or reject the final valuation of an order item's trade-in (the same decision as the e-mail links)",
        params: IdParams,
        body: z.object({ decision: z.enum(['approved', 'rejected']) }),
        response: { 200: z.object({ order_item_id: z.number(), decision: z.enum(['approved', 'rejected']) }) },
      },
    },
    async (request) => {
      const ctx = webCtx(request, ['customer']);
      await commerce.decide(ctx, request.params.id, request.body.decision, { kind: 'session', userId: ctx.actor.userId! });
      return { order_item_id: request.params.id, decision: request.body.decision };
    },
  );
}
