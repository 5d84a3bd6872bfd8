import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/platform/context.js';
import { AppError } from '../../src/platform/errors/index.js';
import type { TradeIn } from '../../src/modules/tradeins/index.js';
import { openModuleDb, type ModuleDb } from '../helpers/module-db.js';
import { tradeinsModuleTest, type TradeinsModuleTest } from './module.js';

// Seed 003 §6 ConfirmTempTradeInRequest on the trade-in module's confirm use case: a temporary
// trade-in is re-validated with the rules of registration when it is confirmed. Each code, what
// triggers it between registration and confirmation, and that a refused confirmation writes
// nothing (the temporary trade-in stays open, no final trade-in, no outbox message).

let mdb: ModuleDb;
beforeAll(async () => {
  mdb = await openModuleDb();
});
afterAll(() => mdb.close());

const HOUR = 3_600_000;
const CAMPAIGN = 31;

/** An open temporary trade-in of two devices, both quoted in a campaign running from an hour ago for a week. */
async function openTemp(settings?: Record<string, unknown>) {
  const m = await tradeinsModuleTest(mdb, settings);
  const now = m.clock.now().getTime();
  m.campaigns.campaigns.set(CAMPAIGN, {
    id: CAMPAIGN,
    name: 'Spring',
    activeFrom: new Date(now - HOUR),
    activeTo: new Date(now + 7 * 24 * HOUR),
    maxDevicesPerTradeIn: null,
  });
  const quotes = [m.quote({ campaignId: CAMPAIGN }), m.quote({ campaignId: CAMPAIGN })];
  const temp = await m.register(m.request(quotes, { tradeInRef: 'TEMP-REF' }), { temporary: true });
  return { m, temp, quotes };
}

interface Case {
  code: string;
  why: string;
  settings?: Record<string, unknown>;
  /** What happens between registration and confirmation; answers the ctx to confirm with, if another. */
  meanwhile(o: { m: TradeinsModuleTest; temp: TradeIn; quotes: { id: string; identifier: string }[] }): void | Ctx | Promise<void | Ctx>;
  /** The id to confirm (default: the temporary trade-in's). */
  id?: number;
}

const CASES: Case[] = [
  // The temporary trade-in itself.
  { code: 'N090013', why: 'an unknown id', meanwhile: () => {}, id: 999_999 },
  {
    code: 'B090040',
    why: 'a cancelled temporary trade-in',
    meanwhile: async ({ m, temp }) => {
      await m.tradeins.cancelTemp(m.ctx, temp.id);
    },
  },
  {
    code: 'B090040',
    why: 'a temporary trade-in whose devices were all cancelled one by one',
    meanwhile: async ({ m, temp }) => {
      for (const d of temp.devices) await m.tradeins.cancelDevice(m.ctx, d.id, 'changed mind');
    },
  },
  {
    code: 'B090041',
    why: 'an already confirmed temporary trade-in',
    meanwhile: async ({ m, temp }) => {
      await m.tradeins.confirmTemp(m.ctx, temp.id);
    },
  },
  {
    code: 'B090036',
    why: 'a temporary trade-in at its expiry (72 hours by default)',
    meanwhile: ({ m }) => m.clock.advance(72 * HOUR),
  },
  {
    code: 'B090036',
    why: "a temporary trade-in past the tenant's shorter time to live",
    settings: { tradeins: { tempTradeInTtlHours: 1 } },
    meanwhile: ({ m }) => m.clock.advance(HOUR + 1),
  },
  // The reference and the quotes.
  {
    code: 'B090062',
    why: 'its reference taken by a final trade-in meanwhile',
    meanwhile: async ({ m }) => {
      await m.register(m.request([m.quote()], { tradeInRef: 'temp-ref' }));
    },
  },
  { code: 'N090003', why: 'a quote that no longer exists', meanwhile: ({ m, quotes }) => void m.pricing.quotes.delete(quotes[1].id) },
  {
    code: 'B090030',
    why: 'a quote now claimed by another device',
    meanwhile: ({ m, quotes }) => {
      m.pricing.quotes.get(quotes[0].id)!.usedByDeviceId = -1;
    },
  },
  // The campaign, checked again at confirmation.
  {
    code: 'B090034',
    why: 'the campaign ended meanwhile',
    meanwhile: ({ m }) => {
      m.clock.advance(HOUR);
      m.campaigns.campaigns.get(CAMPAIGN)!.activeTo = new Date(m.clock.now().getTime() - 1);
    },
  },
  {
    code: 'B090034',
    why: 'the campaign no longer exists',
    meanwhile: ({ m }) => void m.campaigns.campaigns.delete(CAMPAIGN),
  },
  {
    code: 'B090033',
    why: 'the campaign was moved to start later',
    meanwhile: ({ m }) => {
      m.campaigns.campaigns.get(CAMPAIGN)!.activeFrom = new Date(m.clock.now().getTime() + HOUR);
    },
  },
  {
    code: 'B090064',
    why: 'the campaign was moved to start after the quotes were made',
    meanwhile: ({ m }) => {
      m.clock.advance(HOUR);
      m.campaigns.campaigns.get(CAMPAIGN)!.activeFrom = new Date(m.clock.now().getTime() - 1);
    },
  },
  {
    code: 'B090021',
    why: "the campaign's device limit lowered below the trade-in's devices",
    meanwhile: ({ m }) => {
      m.campaigns.campaigns.get(CAMPAIGN)!.maxDevicesPerTradeIn = 1;
    },
  },
  {
    code: 'B090042',
    why: "the campaign's amount cap lowered below the trade-in's sum",
    meanwhile: ({ m }) => {
      m.campaigns.campaigns.get(CAMPAIGN)!.maxAmountPerTradeInMinor = 40_000;
    },
  },
  {
    code: 'B090042',
    why: "the tenant's amount cap lowered below the trade-in's sum",
    meanwhile: ({ m }) => ({ ...m.ctx, tenant: { ...m.ctx.tenant, settings: { tradeins: { maxAmountPerTradeIn: 400 } } } }),
  },
  // Due diligence, checked again at confirmation.
  { code: 'B090009', why: 'the report is gone', meanwhile: ({ m, quotes }) => void m.diligence.reports.delete(quotes[1].identifier) },
  {
    code: 'B090010',
    why: 'the fraud check turned Failed',
    meanwhile: ({ m, quotes }) => {
      m.diligence.reports.get(quotes[0].identifier)!.fraud = 'Failed';
    },
  },
  {
    code: 'B090011',
    why: 'Find My turned Lost',
    meanwhile: ({ m, quotes }) => {
      m.diligence.reports.get(quotes[0].identifier)!.fmip = 'Lost';
    },
  },
  {
    code: 'B090012',
    why: 'the fraud check turned Caution',
    meanwhile: ({ m, quotes }) => {
      m.diligence.reports.get(quotes[0].identifier)!.fraud = 'Caution';
    },
  },
  {
    code: 'B090013',
    why: 'a new check ended in Error',
    meanwhile: ({ m, quotes }) => {
      m.diligence.reports.get(quotes[0].identifier)!.fmip = 'Error';
    },
  },
  {
    code: 'B090081',
    why: 'Find My turned Activated and the quote has no SystemExtra 1',
    meanwhile: ({ m, quotes }) => {
      m.diligence.reports.get(quotes[0].identifier)!.fmip = 'Activated';
    },
  },
  {
    code: 'B090082',
    why: 'the tenant now requires a provider-checked Find My and only the client attested it',
    meanwhile: ({ m, quotes }) => {
      m.diligence.reports.get(quotes[0].identifier)!.fmipSource = 'attestation';
      return { ...m.ctx, tenant: { ...m.ctx.tenant, settings: { tradeins: { requireCheckedFmip: true } } } };
    },
  },
  // Data fields, validated again.
  {
    code: 'B090031',
    why: 'the datafields module now refuses a value',
    meanwhile: ({ m }) => {
      m.datafields.failWith = new AppError('B090031', 'validation', { id: 26 });
    },
  },
];

describe('confirm a temporary trade-in: registration rules again', () => {
  it('a valid confirmation makes a registered trade-in of the same devices and quotes; the temporary one is Confirmed', async () => {
    const { m, temp, quotes } = await openTemp();
    const before = await m.written();
    const final = await m.tradeins.confirmTemp(m.ctx, temp.id);
    expect(final).toMatchObject({ kind: 'final', status: 'Registered', tempTradeInId: temp.id, tradeInRef: 'TEMP-REF', campaignId: CAMPAIGN });
    expect(final.devices.map((d) => [d.id, d.quoteId, d.status])).toEqual(temp.devices.map((d) => [d.id, d.quoteId, 'Registered']));
    expect(await m.tradeins.getTemp(m.ctx, temp.id)).toMatchObject({ status: 'Confirmed', confirmedTradeInId: final.id });
    const after = await m.written();
    // The quotes stay claimed by the same devices (no second claim); the event and data-field uses come now.
    expect(after.claimed).toEqual(before.claimed);
    expect(after.claimed).toHaveLength(quotes.length);
    const moved = temp.devices.map(() => 'domain.event device.status_changed');
    expect(after.outbox).toEqual([...before.outbox, ...moved, 'tradeins.registered'].sort());
    expect(after.dataFieldUses).toBe(before.dataFieldUses + 1);
  });

  it('N090013 for the id of a final trade-in (the kinds do not mix)', async () => {
    const { m } = await openTemp();
    const final = await m.register(m.request([m.quote()]));
    await m.refused(() => m.tradeins.confirmTemp(m.ctx, final.id), 'N090013');
  });

  it.each(CASES)('$code: $why', async (c) => {
    const { m, temp, quotes } = await openTemp(c.settings);
    const ctx = (await c.meanwhile({ m, temp, quotes })) || m.ctx;
    await m.refused(() => m.tradeins.confirmTemp(ctx, c.id ?? temp.id), c.code);
  });
});
