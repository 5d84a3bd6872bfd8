import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CreateCampaignInput, type Campaign } from '../../modules/campaigns/index.js';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { NoContent } from '../shared.schemas.js';

const TenantParams = z.object({ tenant: z.string().max(60) });
const IdParams = TenantParams.extend({ id: z.coerce.number().int().positive().max(2_147_483_647) });

const AdminOffer = z.object({
  amount: z.number(),
  offer_code: z.string(),
  adjustment_type: z.enum(['Flat', 'Percent']),
  grade: z.string(),
  offer_type: z.enum(['Device', 'Deal']),
});

/** A campaign as the admin API answers it; `status` follows the clock (active window). */
const AdminCampaign = z.object({
  id: z.number(),
  name: z.string(),
  description: z.string(),
  active_from: z.string(),
  active_to: z.string(),
  override_vendor_tc: z.boolean(),
  terms_and_conditions: z.string(),
  promo_code: z.string(),
  has_fmip_deduction: z.boolean(),
  max_devices_per_trade_in: z.number().nullable(),
  strategy: z.enum(['Sum', 'Max']),
  currency: z.string(),
  status: z.enum(['Active', 'Upcoming', 'Expired']),
  offers: z.array(AdminOffer),
  data_field_ids: z.array(z.number()),
  created_at: z.string(),
  updated_at: z.string(),
});

const toAdmin = (c: Campaign): z.output<typeof AdminCampaign> => ({
  id: c.id,
  name: c.name,
  description: c.description,
  active_from: c.activeFrom.toISOString(),
  active_to: c.activeTo.toISOString(),
  override_vendor_tc: c.overrideVendorTC,
  terms_and_conditions: c.termsAndConditions,
  promo_code: c.promoCode,
  has_fmip_deduction: c.hasFmipDeduction,
  max_devices_per_trade_in: c.maxDevicesPerTradeIn,
  strategy: c.strategy,
  currency: c.currency,
  status: c.status,
  offers: c.offers.map((o) => ({ amount: o.amount, offer_code: o.offerCode, adjustment_type: o.adjustmentType, grade: o.grade, offer_type: o.offerType })),
  data_field_ids: c.dataFieldIds,
  created_at: c.createdAt.toISOString(),
  updated_at: c.updatedAt.toISOString(),
});

const AdminCampaignInput = z.object({
  name: z.string(),
  description: z.string().optional(),
  active_from: z.string(),
  active_to: z.string(),
  override_vendor_tc: z.boolean().optional(),
  terms_and_conditions: z.string().optional(),
  promo_code: z.string().optional(),
  has_fmip_deduction: z.boolean().optional(),
  max_devices_per_trade_in: z.number().int().nullable().optional(),
  strategy: z.enum(['Sum', 'Max']).optional(),
  offers: z
    .array(
      z.object({
        amount: z.number(),
        offer_code: z.string().optional(),
        adjustment_type: z.enum(['Flat', 'Percent']),
        grade: z.string().optional(),
        offer_type: z.enum(['Device', 'Deal']),
      }),
    )
    .optional(),
  data_field_ids: z.array(z.number().int()).optional(),
});
type AdminCampaignInput = z.output<typeof AdminCampaignInput>;

const fromAdmin = (b: AdminCampaignInput): CreateCampaignInput => ({
  name: b.name,
  description: b.description,
  activeFrom: b.active_from,
  activeTo: b.active_to,
  overrideVendorTC: b.override_vendor_tc,
  termsAndConditions: b.terms_and_conditions,
  promoCode: b.promo_code,
  hasFmipDeduction: b.has_fmip_deduction,
  maxDevicesPerTradeIn: b.max_devices_per_trade_in,
  strategy: b.strategy,
  offers: b.offers?.map((o) => ({ amount: o.amount, offerCode: o.offer_code, adjustmentType: o.adjustment_type, grade: o.grade, offerType: o.offer_type })),
  dataFieldIds: b.data_field_ids,
});

/** Campaign administration. */
export async function campaignsAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { campaigns } = deps.modules;

  r.get(
    '/api/:tenant/admin/campaigns',
    { schema: { tags: ['admin'], summary: 'List campaigns', params: TenantParams, response: { 200: z.object({ results: z.array(AdminCampaign) }) } } },
    async (request) => {
      const ctx = requireUser(request, ['admin', 'agent', 'technician']);
      return { results: (await campaigns.list(ctx)).map(toAdmin) };
    },
  );

  r.post(
    '/api/:tenant/admin/campaigns',
    { schema: { tags: ['admin'], summary: 'Create a campaign', params: TenantParams, body: AdminCampaignInput, response: { 201: AdminCampaign } } },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      return reply.status(201).send(toAdmin(await campaigns.create(ctx, fromAdmin(request.body))));
    },
  );

  r.get(
    '/api/:tenant/admin/campaigns/:id',
    { schema: { tags: ['admin'], summary: 'Get a campaign', params: IdParams, response: { 200: AdminCampaign } } },
    async (request) => {
      const ctx = requireUser(request, ['admin', 'agent', 'technician']);
      return toAdmin((await campaigns.details(ctx, request.params.id)).campaign);
    },
  );

  r.put(
    '/api/:tenant/admin/campaigns/:id',
    { schema: { tags: ['admin'], summary: 'Replace a campaign', params: IdParams, body: AdminCampaignInput, response: { 200: AdminCampaign } } },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      return toAdmin(await campaigns.update(ctx, request.params.id, fromAdmin(request.body)));
    },
  );

  r.delete(
    '/api/:tenant/admin/campaigns/:id',
    { schema: { tags: ['admin'], summary: 'Delete a campaign', params: IdParams, response: { 204: NoContent } } },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      await campaigns.remove(ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
