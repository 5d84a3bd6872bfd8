import { expect } from 'vitest';
import type { ManualClock } from '../../src/platform/clock/index.js';
import type { Ctx } from '../../src/platform/context.js';
import { AppError } from '../../src/platform/errors/index.js';
import { createTradeinsModule, type RegisterTradeInInput, type TradeIn, type TradeinsModule } from '../../src/modules/tradeins/index.js';
import type { TestTenant } from '../helpers/factories.js';
import type { ModuleDb } from '../helpers/module-db.js';
import { addQuote, asPorts, createFakes, fakeCatalog, type QuoteOptions, type TradeinsFakes } from './fakes.js';

/** The one model the fake catalog knows (trade_in_devices.variant_id has no foreign key). */
export const VARIANT = { id: 990_001, productName: 'Test Phone 128 GB', itemGroupKey: 'mobiles' };

/** What is written for a tenant: trade-ins and devices with their statuses, outbox messages (topic and type), claimed quotes, data-field uses. */
export interface Written {
  tradeIns: string[];
  devices: string[];
  outbox: string[];
  claimed: string[];
  dataFieldUses: number;
}

/** The trade-in module of one tenant, built on the module tier's database with fake ports. */
export interface TradeinsModuleTest extends TradeinsFakes {
  tradeins: TradeinsModule;
  tt: TestTenant;
  /** The tenant's system ctx (agent and location default to none). */
  ctx: Ctx;
  clock: ManualClock;
  quote(opts?: QuoteOptions): { id: string; identifier: string };
  /** A request of `quotes.length` devices, each with its quote's identifier. */
  request(quotes: { id: string; identifier: string }[], more?: RegisterTradeInInput): RegisterTradeInInput;
  register(input: RegisterTradeInInput, options?: { temporary?: boolean; ctx?: Ctx }): Promise<TradeIn>;
  written(): Promise<Written>;
  /** Runs `use` and expects it to fail with `code` leaving everything as it was. */
  refused(use: () => Promise<unknown>, code: string): Promise<AppError>;
}

export async function tradeinsModuleTest(mdb: ModuleDb, settings: Record<string, unknown> = {}): Promise<TradeinsModuleTest> {
  const tt = await mdb.tenant(settings);
  const fakes = createFakes();
  const tradeins = createTradeinsModule({
    org: mdb.org,
    catalog: fakeCatalog([VARIANT]),
    secret: 'module-test-secret',
    publicUrl: 'http://tradein.test',
    renderer: {
      render: () => Promise.reject(new Error('registration renders nothing')),
    },
  });
  tradeins.connect(asPorts(fakes));
  const ctx = tt.ctx;
  const written = async (): Promise<Written> => {
    const all = { page: 1, pageSize: 500 };
    const [finals, temps, devices, outbox] = await Promise.all([
      tradeins.listTradeIns(ctx, 'final', all),
      tradeins.listTradeIns(ctx, 'temporary', all),
      tradeins.listDevices(ctx, all),
      mdb.db.query<{ message: string }>(`SELECT concat_ws(' ', topic, payload->>'type') AS message FROM outbox_messages WHERE tenant_id = $1`, [tt.tenant.id]),
    ]);
    return {
      tradeIns: [...finals.rows, ...temps.rows].map((t) => `${t.kind} ${t.id} ${t.status} ${t.tradeInRef ?? ''}`).sort(),
      devices: devices.rows.map((d) => `${d.id} ${d.status} ${d.deviceIdentifier}`).sort(),
      outbox: outbox.map((o) => o.message).sort(),
      claimed: [...fakes.pricing.quotes.values()].filter((q) => q.usedAt).map((q) => `${q.id} ${q.usedByDeviceId}`),
      dataFieldUses: fakes.datafields.uses.length,
    };
  };
  return {
    ...fakes,
    tradeins,
    tt,
    ctx,
    clock: tt.clock,
    quote: (opts) => addQuote(fakes, { tenantId: tt.tenant.id, variantId: VARIANT.id, now: tt.clock.now() }, opts),
    request: (quotes, more = {}) => ({ tradeInDevices: quotes.map((q) => ({ priceQuoteId: q.id, deviceIdentifier: q.identifier })), ...more }),
    register: (input, options = {}) => tradeins.register(options.ctx ?? ctx, input, { temporary: options.temporary ?? false, source: 'retail' }),
    written,
    async refused(use, code) {
      const before = await written();
      const err = await use().then(
        (value) => {
          throw new Error(`expected ${code}, it succeeded: ${JSON.stringify(value).slice(0, 300)}`);
        },
        (e: unknown) => e,
      );
      expect(err, String(err)).toBeInstanceOf(AppError);
      expect((err as AppError).code, (err as AppError).message).toBe(code);
      expect(await written()).toEqual(before);
      return err as AppError;
    },
  };
}
