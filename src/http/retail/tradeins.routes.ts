import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { resultLabel } from '../../modules/diligence/index.js';
import { DEVICE_STATUSES, dealBonus, type TradeIn, type TradeInDevice, type TradeInKind } from '../../modules/tradeins/index.js';
import { currencySymbol, toMajor } from '../../platform/money/index.js';
import { requireCtx } from '../plugins/auth.js';
import { readSignatureUpload } from '../plugins/signature-upload.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { RetailHeaders } from './retail.schemas.js';

const DataField = z.object({ DataFieldId: z.number().int(), DataFieldValue: z.string().max(10_000).nullable() });

const RegisterBody = z.object({
  TradeInDevices: z
    .array(z.object({ PriceQuoteId: z.string().max(100).nullish(), DeviceIdentifier: z.string().max(100).nullish() }))
    .max(1000)
    .nullish(),
  CustomDataFields: z.array(DataField).max(200).nullish(),
  IsCorporate: z.boolean().nullish(),
  OrganizationName: z.string().max(300).nullish(),
  ClientFirstName: z.string().max(200).nullish(),
  ClientLastName: z.string().max(200).nullish(),
  AgentId: z.union([z.string().max(100), z.number()]).nullish(),
  AgentRef: z.string().max(200).nullish(),
  LocationId: z.number().int().nullish(),
  LocationRef: z.string().max(200).nullish(),
  TradeInRef: z.string().max(1000).nullish(),
});

const UpdateBody = RegisterBody.pick({
  CustomDataFields: true,
  IsCorporate: true,
  OrganizationName: true,
  ClientFirstName: true,
  ClientLastName: true,
  AgentRef: true,
  LocationRef: true,
  TradeInRef: true,
});

export const RetailTradeInDevice = z.object({
  TradeInDeviceId: z.number(),
  DeviceIdentifier: z.string(),
  PriceQuoteId: z.string(),
  ProductName: z.string(),
  Grade: z.string(),
  Price: z.number(),
  CurrencyIsoCode: z.string(),
  CurrencySymbol: z.string(),
  ExchangeRate: z.number(),
  Status: z.string(),
  Co2Saving: z.number().describe('Estimated CO2e saving of reusing the device, kg (per item group)'),
  FmipStatus: z.string().nullable().describe('Find My at registration, in the words of seed 003 §4: Activated, Not activated, Not applicable (null: unknown)'),
  FmipSource: z
    .enum(['check', 'attestation', 'client'])
    .nullable()
    .describe(
      'Who said it: a provider checked it, FmipAttestation at the check, or the client declared it with SystemExtras in the price quote (no Find-My provider configured; verify on receipt)',
    ),
  DeviceBonusInclVat: z.number().describe('Campaign device bonus included in Price'),
  DealBonusInclVat: z.number().describe("The quote's campaign deal bonus (next purchase), not part of Price"),
});

export const RetailTradeIn = z.object({
  Id: z.number(),
  CreatedDate: z.string(),
  TradeInDevices: z.array(RetailTradeInDevice),
  Status: z.string(),
  CustomDataFields: z.array(DataField),
  IsCorporate: z.boolean(),
  OrganizationName: z.string().nullable(),
  ClientFirstName: z.string().nullable(),
  ClientLastName: z.string().nullable(),
  AgentRef: z.string().nullable(),
  LocationId: z.number().nullable(),
  LocationRef: z.string().nullable(),
  TradeInRef: z.string().nullable(),
  CampaignId: z.number().nullable(),
  DealBonusInclVat: z.number().describe('The campaign deal bonus of this trade-in (a bonus on the next purchase, once per trade-in; 0 = none)'),
  VatScheme: z
    .enum(['none', 'standard', 'marginal'])
    .describe('VAT treatment decided by IsCorporate and the tenant VAT mode (private sellers: marginal VAT in marginal mode)'),
  ExpirationDate: z.string().nullable().describe('Temporary trade-ins: when they can no longer be confirmed'),
  TradeInId: z.number().nullable().describe('Temporary trade-ins: the trade-in it was confirmed into'),
});

const deviceJson = (d: TradeInDevice) => ({
  TradeInDeviceId: d.id,
  DeviceIdentifier: d.deviceIdentifier,
  PriceQuoteId: d.quoteId,
  ProductName: d.productName,
  Grade: d.gradeName,
  Price: toMajor(d.offeredPriceMinor, d.currency),
  CurrencyIsoCode: d.currency,
  CurrencySymbol: currencySymbol(d.currency),
  ExchangeRate: d.exchangeRate,
  Status: d.status,
  Co2Saving: d.co2SavingKg,
  FmipStatus: d.fmipStatus ? resultLabel(d.fmipStatus) : null,
  FmipSource: d.fmipSource,
  DeviceBonusInclVat: toMajor(d.deviceBonusInclVatMinor, d.currency),
  DealBonusInclVat: toMajor(d.dealBonusInclVatMinor, d.currency),
});

/** The seed §5 response shape (plus the fields a client needs to show or update it). */
export const tradeInJson = (t: TradeIn) => ({
  Id: t.id,
  CreatedDate: t.createdAt.toISOString(),
  TradeInDevices: t.devices.map(deviceJson),
  Status: t.status,
  CustomDataFields: t.customDataFields,
  IsCorporate: t.isCorporate,
  OrganizationName: t.organizationName,
  ClientFirstName: t.clientFirstName,
  ClientLastName: t.clientLastName,
  AgentRef: t.agentRef,
  LocationId: t.locationId,
  LocationRef: t.locationRef,
  TradeInRef: t.tradeInRef,
  CampaignId: t.campaignId,
  DealBonusInclVat: (() => {
    const bonus = dealBonus(t);
    return bonus ? toMajor(bonus.amountMinor, bonus.currency) : 0;
  })(),
  VatScheme: t.vatScheme,
  ExpirationDate: t.expiresAt ? t.expiresAt.toISOString() : null,
  TradeInId: t.confirmedTradeInId,
});

const registerInput = (b: z.infer<typeof RegisterBody>) => ({
  tradeInDevices: b.TradeInDevices?.map((d) => ({ priceQuoteId: d.PriceQuoteId, deviceIdentifier: d.DeviceIdentifier })) ?? null,
  customDataFields: b.CustomDataFields ?? null,
  isCorporate: b.IsCorporate,
  organizationName: b.OrganizationName,
  clientFirstName: b.ClientFirstName,
  clientLastName: b.ClientLastName,
  agentId: b.AgentId === null || b.AgentId === undefined ? null : String(b.AgentId),
  agentRef: b.AgentRef,
  locationId: b.LocationId,
  locationRef: b.LocationRef,
  tradeInRef: b.TradeInRef,
});

const IdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const Link = z.object({ Url: z.string(), ExpirationDate: z.string() });

/** Seed 003 §5, §6, §11: trade-in registration, temporary trade-ins, devices, PDF, signatures, public links. */
export async function tradeinsRetailRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { tradeins } = deps.modules;
  const common = { tags: ['retail'], security: [{ apiKey: [] }], querystring: RetailHeaders };

  r.post(
    '/api/v2/retail/tradeins',
    { schema: { ...common, summary: 'Registers a trade-in (seed 003 §5)', body: RegisterBody, response: { 200: RetailTradeIn } } },
    async (request) => tradeInJson(await tradeins.register(requireCtx(request), registerInput(request.body), { temporary: false, source: 'retail' })),
  );

  r.get(
    '/api/v2/retail/tradeins/device',
    {
      schema: {
        ...common,
        summary: 'Every trade-in device with its status, filtered and paged',
        querystring: RetailHeaders.extend({
          Status: z.enum(DEVICE_STATUSES).optional(),
          DeviceIdentifier: z.string().max(100).optional(),
          TradeInId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
          DateFrom: z.coerce.date().optional(),
          DateTo: z.coerce.date().optional(),
          Page: z.coerce.number().int().min(1).max(100_000).default(1),
          PageSize: z.coerce.number().int().min(1).max(500).default(50),
        }),
        response: {
          200: z.object({
            Data: z.array(
              RetailTradeInDevice.extend({
                TradeInId: z.number(),
                IsTemporary: z.boolean(),
                CreatedDate: z.string(),
                FinalPrice: z.number().nullable(),
                FinalGrade: z.string().nullable(),
              }),
            ),
            Total: z.number(),
            Page: z.number(),
            PageSize: z.number(),
          }),
        },
      },
    },
    async (request) => {
      const q = request.query;
      const { rows, total } = await tradeins.listDevices(requireCtx(request), {
        status: q.Status,
        identifier: q.DeviceIdentifier,
        tradeInId: q.TradeInId,
        from: q.DateFrom,
        to: q.DateTo,
        page: q.Page,
        pageSize: q.PageSize,
      });
      return {
        Data: rows.map((d) => ({
          ...deviceJson(d),
          TradeInId: d.tradeInId,
          IsTemporary: d.tradeInKind === 'temporary',
          CreatedDate: d.createdAt.toISOString(),
          FinalPrice: d.finalPriceMinor === null ? null : toMajor(d.finalPriceMinor, d.currency),
          FinalGrade: d.finalGrade,
        })),
        Total: total,
        Page: q.Page,
        PageSize: q.PageSize,
      };
    },
  );

  // Temporary trade-ins (seed §6): "the requests and their responses are identical" under /temp.
  r.post(
    '/api/v2/retail/tradeins/temp',
    { schema: { ...common, summary: 'Registers a temporary trade-in (seed 003 §6)', body: RegisterBody, response: { 200: RetailTradeIn } } },
    async (request) => tradeInJson(await tradeins.register(requireCtx(request), registerInput(request.body), { temporary: true, source: 'retail' })),
  );
  r.post(
    '/api/v2/retail/tradeins/temp/:id/confirm',
    {
      schema: {
        ...common,
        summary: 'Re-validates a temporary trade-in and registers it; answers the trade-in',
        params: IdParams,
        response: { 200: RetailTradeIn },
      },
    },
    async (request) => tradeInJson(await tradeins.confirmTemp(requireCtx(request), request.params.id)),
  );

  // The same operations on final trade-ins and, under /temp, on temporary ones (same use cases).
  for (const kind of ['final', 'temporary'] as const satisfies readonly TradeInKind[]) {
    const base = kind === 'final' ? '/api/v2/retail/tradeins' : '/api/v2/retail/tradeins/temp';
    const what = kind === 'final' ? 'a trade-in' : 'a temporary trade-in';
    r.get(
      base,
      {
        schema: {
          ...common,
          summary: kind === 'final' ? 'Trade-ins, newest first, filtered and paged' : 'Temporary trade-ins, newest first, filtered and paged',
          querystring: RetailHeaders.extend({
            Status: z.enum(kind === 'final' ? ['Registered', 'Cancelled', 'Completed'] : ['Temporary', 'Confirmed', 'Cancelled']).optional(),
            TradeInRef: z.string().max(100).optional(),
            DateFrom: z.coerce.date().optional(),
            DateTo: z.coerce.date().optional(),
            Page: z.coerce.number().int().min(1).max(100_000).default(1),
            PageSize: z.coerce.number().int().min(1).max(500).default(50),
          }),
          response: { 200: z.object({ Data: z.array(RetailTradeIn), Total: z.number(), Page: z.number(), PageSize: z.number() }) },
        },
      },
      async (request) => {
        const q = request.query;
        const { rows, total } = await tradeins.listTradeIns(requireCtx(request), kind, {
          status: q.Status,
          tradeInRef: q.TradeInRef,
          from: q.DateFrom,
          to: q.DateTo,
          page: q.Page,
          pageSize: q.PageSize,
        });
        return { Data: rows.map(tradeInJson), Total: total, Page: q.Page, PageSize: q.PageSize };
      },
    );
    r.get(
      `${base}/:id`,
      { schema: { ...common, summary: kind === 'final' ? 'A trade-in' : 'A temporary trade-in', params: IdParams, response: { 200: RetailTradeIn } } },
      async (request) => tradeInJson(await tradeins.find(requireCtx(request), request.params.id, kind)),
    );
    for (const method of ['put', 'patch'] as const) {
      r[method](
        `${base}/:id`,
        {
          schema: {
            ...common,
            summary: `Updates customer data, references and data fields of ${what} (${kind === 'final' ? 'while Registered' : 'while open'})`,
            params: IdParams,
            body: UpdateBody,
            response: { 200: RetailTradeIn },
          },
        },
        async (request) => {
          const b = request.body;
          const t = await tradeins.update(
            requireCtx(request),
            request.params.id,
            {
              customDataFields: b.CustomDataFields,
              isCorporate: b.IsCorporate,
              organizationName: b.OrganizationName,
              clientFirstName: b.ClientFirstName,
              clientLastName: b.ClientLastName,
              agentRef: b.AgentRef,
              locationRef: b.LocationRef,
              tradeInRef: b.TradeInRef,
            },
            kind,
          );
          return tradeInJson(t);
        },
      );
    }
    r.delete(
      `${base}/:id`,
      {
        schema: {
          ...common,
          summary: kind === 'final' ? 'Cancels a trade-in while it is Registered' : 'Cancels a temporary trade-in',
          params: IdParams,
          response: { 200: RetailTradeIn },
        },
      },
      async (request) => {
        const ctx = requireCtx(request);
        return tradeInJson(kind === 'final' ? await tradeins.cancel(ctx, request.params.id) : await tradeins.cancelTemp(ctx, request.params.id));
      },
    );
    r.get(
      `${base}/:id/pdf`,
      {
        schema: {
          ...common,
          summary: `A signed, expiring download link of the PDF of ${what}`,
          params: IdParams,
          response: { 200: z.object({ DownloadUrl: z.string(), ExpirationDate: z.string() }) },
        },
      },
      async (request) => {
        const link = await tradeins.pdfLink(requireCtx(request), request.params.id, kind);
        return { DownloadUrl: link.url, ExpirationDate: link.expiresAt.toISOString() };
      },
    );
    r.post(
      `${base}/:id/public-url`,
      { schema: { ...common, summary: `A signed read-only link to ${what}`, params: IdParams, response: { 200: Link } } },
      async (request) => {
        const link = await tradeins.publicLink(requireCtx(request), request.params.id, kind === 'temporary');
        return { Url: link.url, ExpirationDate: link.expiresAt.toISOString() };
      },
    );
  }

  for (const [kind, role] of [
    ['final', 'client'],
    ['final', 'agent'],
    ['temporary', 'client'],
    ['temporary', 'agent'],
  ] as const) {
    const base = kind === 'final' ? '/api/v2/retail/tradeins' : '/api/v2/retail/tradeins/temp';
    r.post(
      `${base}/:id/signature/${role}`,
      {
        schema: {
          ...common,
          summary: `Uploads the ${role} signature (PNG as multipart form-data) for the PDF${kind === 'temporary' ? ' of a temporary trade-in' : ''}`,
          consumes: ['multipart/form-data'],
          params: IdParams,
          response: { 200: z.object({ TradeInId: z.number(), Role: z.string(), Width: z.number(), Height: z.number() }) },
        },
      },
      async (request) => {
        const ctx = requireCtx(request);
        const file = await readSignatureUpload(request);
        const saved = await tradeins.saveSignature(ctx, request.params.id, role, file, kind);
        return { TradeInId: request.params.id, Role: role, Width: saved.width, Height: saved.height };
      },
    );
  }
}
