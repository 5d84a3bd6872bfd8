import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/platform/context.js';
import { AppError } from '../../src/platform/errors/index.js';
import type { RegisterTradeInInput } from '../../src/modules/tradeins/index.js';
import { openModuleDb, type ModuleDb } from '../helpers/module-db.js';
import { createTradeinsModule } from '../../src/modules/tradeins/index.js';
import { fakeCatalog } from './fakes.js';
import { tradeinsModuleTest, VARIANT, type TradeinsModuleTest } from './module.js';

// Seed 003 §12 RegisterTradeInRequest, rule by rule, on the trade-in module's register use case
// with fake pricing, campaigns, diligence and datafields: each code, what triggers it, and that a
// refused request writes nothing (no trade-in, device, outbox message, claimed quote or data-field
// use). Final and temporary registration apply the same rules.

let mdb: ModuleDb;
beforeAll(async () => {
  mdb = await openModuleDb();
});
afterAll(() => mdb.close());

const DAY = 86_400_000;

interface Case {
  code: string;
  why: string;
  settings?: Record<string, unknown>;
  /** Prepares the module (quotes, reports, earlier trade-ins) and answers the refused request. */
  input(m: TradeinsModuleTest): RegisterTradeInInput | Promise<RegisterTradeInInput>;
  /** Who registers (default: the tenant's system ctx). */
  ctx?(m: TradeinsModuleTest): Ctx | Promise<Ctx>;
}

/** A campaign of the fake campaigns module, active from `from` to `to` days around now. */
function campaign(
  m: TradeinsModuleTest,
  id: number,
  from: number | null,
  to: number | null,
  limits: { maxDevicesPerTradeIn?: number; maxAmountPerTradeInMinor?: number } = {},
) {
  const now = m.clock.now().getTime();
  m.campaigns.campaigns.set(id, {
    id,
    name: `Campaign ${id}`,
    activeFrom: from === null ? null : new Date(now + from * DAY),
    activeTo: to === null ? null : new Date(now + to * DAY),
    maxDevicesPerTradeIn: limits.maxDevicesPerTradeIn ?? null,
    maxAmountPerTradeInMinor: limits.maxAmountPerTradeInMinor ?? null,
  });
}

/** Registers the identifier once (final) and moves its device through `path`. */
async function registeredThrough(m: TradeinsModuleTest, path: Parameters<TradeinsModuleTest['tradeins']['transitionDevice']>[2][]): Promise<string> {
  const q = m.quote();
  const t = await m.register(m.request([q]));
  for (const to of path) expect(await m.tradeins.transitionDevice(m.ctx, t.devices[0].id, to)).toBe(true);
  return q.identifier;
}

const CASES: Case[] = [
  // Rule 1: the device list.
  { code: 'B090006', why: 'an empty device list', input: () => ({ tradeInDevices: [] }) },
  { code: 'B090006', why: 'no device list at all', input: () => ({}) },
  { code: 'N090007', why: 'a device without a quote id', input: (m) => ({ tradeInDevices: [{ deviceIdentifier: m.quote().identifier }] }) },
  { code: 'N090007', why: 'a blank quote id', input: (m) => ({ tradeInDevices: [{ priceQuoteId: '  ', deviceIdentifier: m.quote().identifier }] }) },
  {
    code: 'B090065',
    why: 'a device whose identifier is null',
    input: (m) => ({ tradeInDevices: [{ priceQuoteId: m.quote().id, deviceIdentifier: null }] }),
  },
  { code: 'N090012', why: 'a blank identifier', input: (m) => ({ tradeInDevices: [{ priceQuoteId: m.quote().id, deviceIdentifier: ' - ' }] }) },
  {
    code: 'B090023',
    why: 'one identifier twice (spaces and case do not make it another)',
    input: (m) => {
      const q = m.quote();
      return {
        tradeInDevices: [
          { priceQuoteId: q.id, deviceIdentifier: q.identifier },
          { priceQuoteId: m.quote().id, deviceIdentifier: ` ${q.identifier.slice(0, 5)} ${q.identifier.slice(5)}` },
        ],
      };
    },
  },
  {
    code: 'B090021',
    why: "more devices than the tenant's limit",
    settings: { tradeins: { maxDevicesPerTradeIn: 2 } },
    input: (m) => m.request([m.quote(), m.quote(), m.quote()]),
  },
  // Rule 2: TradeInRef.
  { code: 'B090063', why: 'a reference shorter than 3', input: (m) => m.request([m.quote()], { tradeInRef: 'ab' }) },
  { code: 'B090060', why: 'a reference longer than 100', input: (m) => m.request([m.quote()], { tradeInRef: 'x'.repeat(101) }) },
  { code: 'B090059', why: 'a reference with whitespace', input: (m) => m.request([m.quote()], { tradeInRef: 'has space' }) },
  // Rule 3: agent and location.
  { code: 'B090007', why: 'an unknown agent id', input: (m) => m.request([m.quote()], { agentId: '7b0c1b9e-0000-4000-8000-000000000000' }) },
  {
    code: 'B090007',
    why: 'a customer as agent',
    input: async (m) => {
      const customer = await mdb.org.users.create(m.ctx, { email: `c@${m.tt.tenant.slug}.test`, role: 'customer' });
      return m.request([m.quote()], { agentId: customer.uid });
    },
  },
  { code: 'B090008', why: 'an unknown location', input: (m) => m.request([m.quote()], { locationId: 999_999 }) },
  {
    code: 'F090001',
    why: 'a location-bound API key registering at another location',
    input: async (m) => {
      const other = await mdb.org.locations.create(m.ctx, { name: 'Other Store' });
      return m.request([m.quote()], { locationId: other.id });
    },
    ctx: (m) => ({ ...m.ctx, actor: { kind: 'apikey', apiKeyId: 1, userId: m.tt.admin.id, locationId: m.tt.location.id } }),
  },
  // Rule 4: the quotes.
  {
    code: 'N090003',
    why: 'an unknown quote id',
    input: (m) => ({ tradeInDevices: [{ priceQuoteId: '0d7f8a4e-4d55-4a1e-9f65-7a1c1d2b3c4d', deviceIdentifier: m.quote().identifier }] }),
  },
  {
    code: 'N090003',
    why: 'a quote id that is no UUID',
    input: (m) => ({ tradeInDevices: [{ priceQuoteId: 'not-a-uuid', deviceIdentifier: m.quote().identifier }] }),
  },
  {
    code: 'N090003',
    why: "another tenant's quote",
    input: async (m) => {
      const other = await tradeinsModuleTest(mdb);
      const q = other.quote();
      m.pricing.quotes.set(q.id, other.pricing.quotes.get(q.id)!);
      return m.request([q]);
    },
  },
  {
    code: 'B090030',
    why: 'a quote already used',
    input: (m) => {
      const q = m.quote({ usedAt: m.clock.now(), usedByDeviceId: 1 });
      return m.request([q]);
    },
  },
  { code: 'B090024', why: 'an expired quote (expiry is exclusive)', input: (m) => m.request([m.quote({ expiresAt: m.clock.now() })]) },
  {
    code: 'B090080',
    why: 'a quote made for another identifier',
    input: (m) => ({ tradeInDevices: [{ priceQuoteId: m.quote({ itemIdentifier: '356789012345678' }).id, deviceIdentifier: m.quote().identifier }] }),
  },
  {
    code: 'B090083',
    why: 'a private-customer quote registered as corporate under marginal VAT',
    input: (m) => {
      m.pricing.vatScheme = (_ctx, tradeInType) => (tradeInType === 1 ? 'standard' : 'marginal');
      return m.request([m.quote({ tradeInType: 0 })], { isCorporate: true });
    },
  },
  // Rule 5: campaign and amounts.
  {
    code: 'B090032',
    why: 'quotes of two campaigns',
    input: (m) => {
      campaign(m, 11, -1, 1);
      campaign(m, 12, -1, 1);
      return m.request([m.quote({ campaignId: 11 }), m.quote({ campaignId: 12 })]);
    },
  },
  {
    code: 'B090032',
    why: 'one quote with a campaign and one without',
    input: (m) => {
      campaign(m, 11, -1, 1);
      return m.request([m.quote({ campaignId: 11 }), m.quote()]);
    },
  },
  {
    code: 'B090042',
    why: "a summed offer over the tenant's cap",
    settings: { tradeins: { maxAmountPerTradeIn: 400 } },
    input: (m) => m.request([m.quote(), m.quote()]),
  },
  {
    code: 'B090033',
    why: 'a campaign that has not started',
    input: (m) => {
      campaign(m, 13, 1, 2);
      return m.request([m.quote({ campaignId: 13 })]);
    },
  },
  {
    code: 'B090034',
    why: 'a campaign that has ended',
    input: (m) => {
      campaign(m, 14, -2, -1);
      return m.request([m.quote({ campaignId: 14 })]);
    },
  },
  { code: 'B090034', why: 'a campaign that no longer exists', input: (m) => m.request([m.quote({ campaignId: 15 })]) },
  {
    code: 'B090064',
    why: 'a quote made before its campaign started',
    input: (m) => {
      campaign(m, 16, -1, 1);
      return m.request([m.quote({ campaignId: 16, createdAt: new Date(m.clock.now().getTime() - 2 * DAY) })]);
    },
  },
  {
    code: 'B090021',
    why: "more devices than the campaign's limit",
    input: (m) => {
      campaign(m, 17, -1, 1, { maxDevicesPerTradeIn: 1 });
      return m.request([m.quote({ campaignId: 17 }), m.quote({ campaignId: 17 })]);
    },
  },
  {
    code: 'B090042',
    why: "a summed offer over the campaign's cap",
    input: (m) => {
      campaign(m, 18, -1, 1, { maxAmountPerTradeInMinor: 30_000 });
      return m.request([m.quote({ campaignId: 18, basePriceMinor: 30_001 })]);
    },
  },
  // Rule 6: the identifier elsewhere.
  {
    code: 'B090004',
    why: 'an identifier in a registered trade-in',
    input: async (m) => m.request([m.quote({ identifier: await registeredThrough(m, []) })]),
  },
  {
    code: 'B090004',
    why: 'an identifier in an open temporary trade-in',
    input: async (m) => {
      const q = m.quote();
      await m.register(m.request([q]), { temporary: true });
      return m.request([m.quote({ identifier: q.identifier })]);
    },
  },
  {
    code: 'B090004',
    why: 'an identifier shipped but not yet received',
    input: async (m) => m.request([m.quote({ identifier: await registeredThrough(m, ['Shipped']) })]),
  },
  {
    code: 'B090005',
    why: 'an identifier in stock',
    input: async (m) => m.request([m.quote({ identifier: await registeredThrough(m, ['Received']) })]),
  },
  {
    code: 'B090005',
    why: 'an identifier held for a fraud review',
    input: async (m) => m.request([m.quote({ identifier: await registeredThrough(m, ['Received', 'Fraud']) })]),
  },
  {
    code: 'B090046',
    why: 'an identifier bought and completed',
    input: async (m) => m.request([m.quote({ identifier: await registeredThrough(m, ['Received', 'Valuated', 'Accepted', 'Completed']) })]),
  },
  // Rule 7: due diligence.
  { code: 'B090009', why: 'no due-diligence report', input: (m) => m.request([m.quote({ noReport: true })]) },
  {
    code: 'B090009',
    why: "a report for another model than the quote's",
    input: (m) => {
      const q = m.quote();
      m.diligence.reports.get(q.identifier)!.variantId = VARIANT.id + 1;
      return m.request([q]);
    },
  },
  { code: 'B090010', why: 'a failed fraud check', input: (m) => m.request([m.quote({ fraud: 'Failed' })]) },
  {
    code: 'B090010',
    why: 'a failed fraud check even when the tenant accepts Caution and Error',
    settings: { tradeins: { blockDiligenceCaution: false, blockDiligenceError: false } },
    input: (m) => m.request([m.quote({ fraud: 'Failed' })]),
  },
  { code: 'B090011', why: 'Find My says Lost', input: (m) => m.request([m.quote({ fmip: 'Lost' })]) },
  { code: 'B090012', why: 'a Caution fraud result (blocked by default)', input: (m) => m.request([m.quote({ fraud: 'Caution' })]) },
  { code: 'B090013', why: 'a fraud check that ended in Error', input: (m) => m.request([m.quote({ fraud: 'Error' })]) },
  { code: 'B090013', why: 'a Find My check that ended in Error', input: (m) => m.request([m.quote({ fmip: 'Error' })]) },
  { code: 'B090081', why: 'Find My activated but priced without SystemExtra 1', input: (m) => m.request([m.quote({ fmip: 'Activated' })]) },
  {
    code: 'B090082',
    why: 'no provider checked Find My and the tenant requires a check',
    settings: { tradeins: { requireCheckedFmip: true } },
    input: (m) => m.request([m.quote({ fmip: 'NotChecked' })]),
  },
  {
    code: 'B090082',
    why: "only the client's attestation and the tenant requires a check",
    settings: { tradeins: { requireCheckedFmip: true } },
    input: (m) => m.request([m.quote({ fmip: 'NotActivated', fmipSource: 'attestation' })]),
  },
  // At write time: the claim of the quote decides a race (the row lock in pricing).
  ...(['already_used', 'expired', 'not_found'] as const).map((answer): Case => ({
    code: { already_used: 'B090030', expired: 'B090024', not_found: 'N090003' }[answer],
    why: `the claim answers ${answer} at write time (a race lost after the checks)`,
    input: (m) => {
      m.pricing.claimAnswer = answer;
      return m.request([m.quote()]);
    },
  })),
  // The rules are checked in the documented order: the first broken one is reported.
  { code: 'B090006', why: 'an empty list before a bad reference', input: () => ({ tradeInDevices: [], tradeInRef: 'a b' }) },
  {
    code: 'B090059',
    why: 'a bad reference before an unknown quote',
    input: () => ({ tradeInDevices: [{ priceQuoteId: 'nope', deviceIdentifier: '1' }], tradeInRef: 'a b' }),
  },
  {
    code: 'B090007',
    why: 'an unknown agent before an unknown quote',
    input: () => ({ tradeInDevices: [{ priceQuoteId: 'nope', deviceIdentifier: '1' }], agentId: 'nobody' }),
  },
  {
    code: 'B090034',
    why: 'an ended campaign before a taken identifier',
    input: async (m) => {
      campaign(m, 19, -2, -1);
      return m.request([m.quote({ campaignId: 19, identifier: await registeredThrough(m, []) })]);
    },
  },
  {
    code: 'B090004',
    why: 'a taken identifier before a missing report',
    input: async (m) => m.request([m.quote({ identifier: await registeredThrough(m, []), noReport: true })]),
  },
  // Rule 8: data fields (the datafields module's codes pass through unchanged).
  {
    code: 'B090031',
    why: 'a data field the datafields module refuses',
    input: (m) => {
      m.datafields.failWith = new AppError('B090031', 'validation', { id: 26 });
      return m.request([m.quote()], { customDataFields: [{ DataFieldId: 26, DataFieldValue: '' }] });
    },
  },
];

/** Cases next to a rule that must not trigger it (each registers). */
const ACCEPTED: Omit<Case, 'code'>[] = [
  {
    why: 'Caution and Error when the tenant accepts them',
    settings: { tradeins: { blockDiligenceCaution: false, blockDiligenceError: false } },
    input: (m) => m.request([m.quote({ fraud: 'Caution' }), m.quote({ fraud: 'Error' }), m.quote({ fmip: 'Error' })]),
  },
  { why: 'Find My activated and priced with SystemExtra 1', input: (m) => m.request([m.quote({ fmip: 'Activated', systemExtras: [1] })]) },
  {
    why: "the client's declaration when no provider checks Find My and the tenant does not require one",
    input: (m) => m.request([m.quote({ fmip: 'NotChecked', systemExtras: [1] })]),
  },
  {
    why: 'a quote made for the same identifier written differently',
    input: (m) => {
      const q = m.quote();
      m.pricing.quotes.get(q.id)!.itemIdentifier = ` ${q.identifier.slice(0, 4)}-${q.identifier.slice(4)} `;
      return m.request([q]);
    },
  },
  {
    why: "exactly the tenant's device limit and amount cap",
    settings: { tradeins: { maxDevicesPerTradeIn: 2, maxAmountPerTradeIn: 468 } },
    input: (m) => m.request([m.quote(), m.quote()]),
  },
  {
    why: 'a campaign running now whose window holds the quote',
    input: (m) => {
      campaign(m, 21, -1, 1, { maxDevicesPerTradeIn: 2, maxAmountPerTradeInMinor: 46_800 });
      return m.request([m.quote({ campaignId: 21 }), m.quote({ campaignId: 21 })]);
    },
  },
  {
    why: 'an identifier whose earlier trade-in was cancelled',
    input: async (m) => m.request([m.quote({ identifier: await registeredThrough(m, ['Cancelled']) })]),
  },
  {
    why: 'an identifier returned to the customer',
    input: async (m) => m.request([m.quote({ identifier: await registeredThrough(m, ['Received', 'ReturnRequested', 'Returned']) })]),
  },
  {
    why: 'a corporate quote registered as corporate under marginal VAT',
    input: (m) => {
      m.pricing.vatScheme = (_ctx, tradeInType) => (tradeInType === 1 ? 'standard' : 'marginal');
      return m.request([m.quote({ tradeInType: 1 })], { isCorporate: true });
    },
  },
  {
    why: 'a location-bound API key at its own location',
    input: (m) => m.request([m.quote()], { locationId: m.tt.location.id }),
    ctx: (m) => ({ ...m.ctx, actor: { kind: 'apikey', apiKeyId: 1, userId: m.tt.admin.id, locationId: m.tt.location.id } }),
  },
  {
    why: 'a location-bound API key elsewhere when keys act for the whole tenant',
    settings: { tradeins: { apiKeyLocationScope: 'tenant' } },
    input: async (m) => m.request([m.quote()], { locationId: (await mdb.org.locations.create(m.ctx, { name: 'Other Store' })).id }),
    ctx: (m) => ({ ...m.ctx, actor: { kind: 'apikey', apiKeyId: 1, userId: m.tt.admin.id, locationId: m.tt.location.id } }),
  },
  { why: 'a known staff agent and location', input: (m) => m.request([m.quote()], { agentId: m.tt.admin.uid, locationId: m.tt.location.id }) },
];

describe.each([
  { kind: 'final', temporary: false },
  { kind: 'temporary', temporary: true },
])('register ($kind): the rules of seed 003 §12', ({ kind, temporary }) => {
  it('a valid request registers and writes the trade-in, its device, the claim and (final only) the event and data-field uses', async () => {
    const m = await tradeinsModuleTest(mdb);
    const q = m.quote();
    const before = await m.written();
    const t = await m.register(m.request([q], { tradeInRef: 'REF-1', customDataFields: [{ DataFieldId: 3, DataFieldValue: 'x' }] }), { temporary });
    expect(t).toMatchObject({
      kind,
      status: temporary ? 'Temporary' : 'Registered',
      tradeInRef: 'REF-1',
      agentUserId: null,
      locationId: null,
      campaignId: null,
      vatScheme: 'none',
      devices: [
        {
          deviceIdentifier: q.identifier,
          quoteId: q.id,
          productName: VARIANT.productName,
          itemGroupKey: 'mobiles',
          fmipStatus: 'NotActivated',
          fmipSource: 'check',
        },
      ],
    });
    expect(await m.written()).toMatchObject({
      tradeIns: [`${kind} ${t.id} ${t.status} REF-1`],
      claimed: [`${q.id} ${t.devices[0].id}`],
      // Every device status change is a domain event; the registration itself is announced when final.
      outbox: [...before.outbox, 'domain.event device.status_changed', ...(temporary ? [] : ['tradeins.registered'])].sort(),
      dataFieldUses: temporary ? 0 : 1,
    });
  });

  it.each(CASES)('$code: $why', async (c) => {
    const m = await tradeinsModuleTest(mdb, c.settings);
    const input = await c.input(m);
    const ctx = c.ctx ? await c.ctx(m) : m.ctx;
    await m.refused(() => m.register(input, { temporary, ctx }), c.code);
  });

  it.each(ACCEPTED)('accepted: $why', async (c) => {
    const m = await tradeinsModuleTest(mdb, c.settings);
    const input = await c.input(m);
    const ctx = c.ctx ? await c.ctx(m) : m.ctx;
    const t = await m.register(input, { temporary, ctx });
    expect(t.devices).toHaveLength(input.tradeInDevices!.length);
  });

  it('B090062: a reference taken by a trade-in of the same kind (any case); free again once that one is cancelled', async () => {
    const m = await tradeinsModuleTest(mdb);
    const first = await m.register(m.request([m.quote()], { tradeInRef: 'Shared-Ref' }), { temporary });
    await m.refused(() => m.register(m.request([m.quote()], { tradeInRef: 'shared-ref' }), { temporary }), 'B090062');
    // The other kind keeps its own references.
    await m.register(m.request([m.quote()], { tradeInRef: 'shared-ref' }), { temporary: !temporary });
    if (temporary) await m.tradeins.cancelTemp(m.ctx, first.id);
    else await m.tradeins.cancel(m.ctx, first.id);
    expect((await m.register(m.request([m.quote()], { tradeInRef: 'shared-ref' }), { temporary })).tradeInRef).toBe('shared-ref');
  });
});

describe('register without the modules it consumes', () => {
  it('I090001 names the port that is not connected, and nothing is written', async () => {
    const m = await tradeinsModuleTest(mdb);
    const bare = createTradeinsModule({
      org: mdb.org,
      catalog: fakeCatalog([VARIANT]),
      secret: 's',
      publicUrl: 'http://tradein.test',
      renderer: { render: () => Promise.reject(new Error('unused')) },
    });
    const err = await m.refused(() => bare.register(m.ctx, m.request([m.quote()]), { temporary: false, source: 'retail' }), 'I090001');
    expect(err.params).toEqual({ port: 'pricing' });
  });
});
