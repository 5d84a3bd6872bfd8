import type { LightMyRequestResponse } from 'fastify';
import type { CatalogVariant } from '../../src/modules/catalog/index.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, type TestTenant } from '../helpers/factories.js';
import { addQuote, asPorts, createFakes, type FakeCampaigns, type FakeDataFields, type FakeDiligence, type FakePricing, type QuoteOptions } from './fakes.js';

export { imei } from './fakes.js';

export interface Harness {
  t: TestApp;
  tt: TestTenant;
  pricing: FakePricing;
  campaigns: FakeCampaigns;
  diligence: FakeDiligence;
  datafields: FakeDataFields;
  variant: CatalogVariant;
  headers: Record<string, string>;
  /** A quote for a fresh identifier with a passing diligence report. */
  quote(opts?: QuoteOptions): { id: string; identifier: string };
  register(body: Record<string, unknown>, path?: string): Promise<LightMyRequestResponse>;
}

/** App + tenant with fake pricing/campaigns/diligence/datafields connected to the trade-in module. */
export async function harness(options: { settings?: Record<string, unknown>; t?: TestApp } = {}): Promise<Harness> {
  const t = options.t ?? (await createTestApp());
  const tt = await createTenant(t, { settings: options.settings });
  const fakes = createFakes();
  const { pricing, campaigns, diligence, datafields } = fakes;
  t.c.modules.tradeins.connect(asPorts(fakes));
  const variant = (await t.c.modules.catalog.allVariants(tt.ctx)).find((v) => v.itemGroupKey === 'mobiles' && /iPhone 1\d/.test(v.productName))!;
  const headers = { 'x-apikey': tt.apiKey };
  return {
    t,
    tt,
    pricing,
    campaigns,
    diligence,
    datafields,
    variant,
    headers,
    quote(opts = {}) {
      return addQuote(fakes, { tenantId: tt.tenant.id, variantId: variant.id, now: t.clock.now() }, opts);
    },
    register(body, path = '/api/v2/retail/tradeins') {
      return t.app.inject({ method: 'POST', url: path, headers, payload: body });
    },
  };
}
