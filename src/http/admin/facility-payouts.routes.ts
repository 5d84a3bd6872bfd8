import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { formatDecimal, parseDecimal } from '../../platform/money/index.js';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { textBody } from '../shared.schemas.js';

const Tenant = z.object({ tenant: z.string().max(60) });
const Params = Tenant.extend({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const LEADS = ['admin', 'facility_lead'] as const;
const tags = ['admin', 'facility'];
const PayoutJson = z.object({
  device_id: z.number(),
  method: z.string(),
  amount: z.string(),
  currency: z.string(),
  status: z.string(),
  customer_ref: z.string().nullable(),
  gift_card_code: z.string().nullable(),
  created: z.boolean(),
});
const Period = z.object({ from: z.iso.datetime({ offset: true }).optional(), to: z.iso.datetime({ offset: true }).optional() });

/** Customer decision recorded by staff, payouts (store credit, gift cards, bank transfer), returns, analytics, TAC map. */
export async function facilityPayoutsAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { facility } = deps.modules;

  r.post(
    '/api/:tenant/admin/facility/devices/:id/decision',
    {
      schema: {
        tags,
        summary: 'Records the customer’s decision on the valuation (told to staff): approved → Accepted, rejected → ReturnRequested',
        params: Params,
        body: z.object({ decision: z.enum(['approved', 'rejected']) }),
        response: { 200: z.object({ device_id: z.number(), decision: z.string() }) },
      },
    },
    async (request) => {
      await facility.decide(requireUser(request, [...LEADS, 'agent']), request.params.id, request.body.decision, 'admin');
      return { device_id: request.params.id, decision: request.body.decision };
    },
  );

  r.post(
    '/api/:tenant/admin/facility/devices/:id/payout',
    {
      schema: {
        tags,
        summary: 'Pays out an accepted device once (repeated calls return the first payout) and completes it; order devices are paid as the order discount',
        params: Params,
        body: z.object({
          method: z.enum(['store_credit', 'gift_card', 'bank_transfer']),
          customer_ref: z.string().max(200).nullish(),
          bank_account: z.string().max(64).nullish(),
        }),
        response: { 200: PayoutJson },
      },
    },
    async (request) => {
      const ctx = requireUser(request, LEADS);
      const { payout: p, created } = await facility.payOut(ctx, {
        deviceId: request.params.id,
        method: request.body.method,
        customerRef: request.body.customer_ref ?? null,
        bankAccount: request.body.bank_account ?? null,
      });
      return {
        device_id: p.deviceId,
        method: p.method,
        amount: formatDecimal(p.amountMinor, p.currency),
        currency: p.currency,
        status: p.status,
        customer_ref: p.customerRef,
        gift_card_code: p.giftCardCode,
        created,
      };
    },
  );

  r.get(
    '/api/:tenant/admin/facility/store-credit/:customer',
    {
      schema: {
        tags,
        summary: 'A customer’s store-credit balance per currency',
        params: Tenant.extend({ customer: z.string().min(1).max(200) }),
        response: { 200: z.object({ customer_ref: z.string(), balances: z.array(z.object({ currency: z.string(), balance: z.string() })) }) },
      },
    },
    async (request) => {
      const balances = await facility.creditBalance(requireUser(request, [...LEADS, 'agent']), request.params.customer);
      return {
        customer_ref: request.params.customer,
        balances: balances.map((b) => ({ currency: b.currency, balance: formatDecimal(b.balanceMinor, b.currency) })),
      };
    },
  );

  const GiftJson = z.object({ code: z.string(), balance: z.string(), initial: z.string(), currency: z.string() });
  r.get(
    '/api/:tenant/admin/facility/gift-cards/:code',
    { schema: { tags, summary: 'A gift card’s balance', params: Tenant.extend({ code: z.string().min(4).max(40) }), response: { 200: GiftJson } } },
    async (request) => {
      const c = await facility.giftCardBalance(requireUser(request, [...LEADS, 'agent']), request.params.code);
      return { code: c.code, balance: formatDecimal(c.balanceMinor, c.currency), initial: formatDecimal(c.initialMinor, c.currency), currency: c.currency };
    },
  );

  r.post(
    '/api/:tenant/admin/facility/gift-cards/:code/redeem',
    {
      schema: {
        tags,
        summary: 'Spends from a gift card (refused beyond its balance)',
        params: Tenant.extend({ code: z.string().min(4).max(40) }),
        body: z.object({ amount: z.union([z.string().regex(/^\d{1,10}(\.\d{1,4})?$/), z.number().positive().max(1e10)]) }),
        response: { 200: z.object({ code: z.string(), balance: z.string() }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, [...LEADS, 'agent']);
      const card = await facility.giftCardBalance(ctx, request.params.code);
      const res = await facility.redeemGiftCard(ctx, card.code, parseDecimal(request.body.amount, card.currency));
      return { code: card.code, balance: formatDecimal(res.balanceMinor, card.currency) };
    },
  );

  const text = z.string().nullable();
  const line = z.string().max(300).optional();
  /** Where a returned device goes (snake_case on this surface); logistics checks what a label needs. */
  const ReturnAddress = z.object({ name: line, street1: line, street2: line, post_code: line, city: line, country_code: line, phone: line, email: line });
  r.get(
    '/api/:tenant/admin/facility/devices/:id/return-address',
    {
      schema: {
        tags,
        summary: 'What the return form starts with: an earlier return’s address, else the customer’s name and e-mail (null where unknown)',
        params: Params,
        response: {
          200: z.object({ name: text, street1: text, street2: text, post_code: text, city: text, country_code: text, phone: text, email: text }),
        },
      },
    },
    async (request) => {
      const { postCode, countryCode, ...rest } = await facility.returnAddressDraft(requireUser(request, LEADS), request.params.id);
      return { ...rest, post_code: postCode, country_code: countryCode };
    },
  );

  r.post(
    '/api/:tenant/admin/facility/devices/:id/return',
    {
      schema: {
        tags,
        summary: 'Creates the return shipment (label through logistics, or a manual return record) of a device whose valuation was rejected',
        params: Params,
        body: z.object({ to_address: ReturnAddress.default({}) }),
        response: { 200: z.object({ shipment_id: z.number().nullable(), label_url: z.string().nullable(), manual: z.boolean() }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, LEADS);
      const { post_code, country_code, ...rest } = request.body.to_address;
      const res = await facility.createReturn(ctx, { deviceId: request.params.id, toAddress: { ...rest, postCode: post_code, countryCode: country_code } });
      return { shipment_id: res.shipmentId, label_url: res.labelUrl, manual: res.manual };
    },
  );

  r.post(
    '/api/:tenant/admin/facility/devices/:id/returned',
    {
      schema: {
        tags,
        summary: 'The returned device reached its owner: ReturnRequested → Returned',
        params: Params,
        response: { 200: z.object({ device_id: z.number(), status: z.string() }) },
      },
    },
    async (request) => {
      await facility.markReturned(requireUser(request, LEADS), request.params.id);
      return { device_id: request.params.id, status: 'Returned' };
    },
  );

  const AnalyticsQuery = Period.extend({ by: z.enum(['store', 'agent', 'model', 'month']).default('month') });
  const period = (q: z.infer<typeof Period>) => ({ from: q.from ? new Date(q.from) : null, to: q.to ? new Date(q.to) : null });
  r.get(
    '/api/:tenant/admin/facility/analytics/discrepancies',
    {
      schema: {
        tags,
        summary: 'Adjustment rate, average adjustment and the questions that change most, per store, agent, model or month',
        params: Tenant,
        querystring: AnalyticsQuery,
        response: {
          200: z.object({
            by: z.string(),
            results: z.array(
              z.object({
                key: z.string(),
                label: z.string(),
                devices: z.number(),
                adjusted: z.number(),
                adjustment_rate: z.number(),
                average_adjustment: z.string(),
                currency: z.string(),
                top_questions: z.array(z.object({ label: z.string(), count: z.number() })),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const rows = await facility.analytics(requireUser(request, LEADS), { by: request.query.by, ...period(request.query) });
      return {
        by: request.query.by,
        results: rows.map((x) => ({
          key: x.key,
          label: x.label,
          devices: x.devices,
          adjusted: x.adjusted,
          adjustment_rate: x.adjustmentRate,
          average_adjustment: formatDecimal(x.averageAdjustmentMinor, x.currency),
          currency: x.currency,
          top_questions: x.topQuestions,
        })),
      };
    },
  );

  r.get(
    '/api/:tenant/admin/facility/analytics/discrepancies.csv',
    {
      schema: {
        tags,
        summary: 'The discrepancy analytics as CSV',
        params: Tenant,
        querystring: AnalyticsQuery,
        response: { 200: textBody('One row per group', 'text/csv') },
      },
    },
    async (request, reply) => {
      const csv = await facility.analyticsCsv(requireUser(request, LEADS), { by: request.query.by, ...period(request.query) });
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="discrepancies-by-${request.query.by}.csv"`).send(csv);
    },
  );

  const TacJson = z.object({ tac: z.string(), variant_id: z.number(), confirmations: z.number(), source: z.string(), conflicts: z.array(z.number()) });
  r.get(
    '/api/:tenant/admin/facility/tac-map',
    {
      schema: {
        tags,
        summary: 'TAC → model learned from inspections and imports (conflicts flagged)',
        params: Tenant,
        response: { 200: z.object({ results: z.array(TacJson) }) },
      },
    },
    async (request) => {
      const rows = await facility.tacMap(requireUser(request, LEADS));
      return { results: rows.map((x) => ({ tac: x.tac, variant_id: x.variantId, confirmations: x.confirmations, source: x.source, conflicts: x.conflicts })) };
    },
  );

  r.post(
    '/api/:tenant/admin/facility/tac-map/import',
    {
      schema: {
        tags,
        summary: 'Imports `tac,variant_id` rows (CSV text); a TAC mapped to another model is flagged, not overwritten',
        params: Tenant,
        body: z.object({ csv: z.string().min(1).max(2_000_000) }),
        response: { 200: z.object({ learned: z.number(), confirmed: z.number(), conflicts: z.number() }) },
      },
    },
    async (request) => facility.importTacCsv(requireUser(request, LEADS), request.body.csv),
  );
}
